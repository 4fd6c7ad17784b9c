//! Decoder weights taken out of `decoder_model*.onnx` by graph structure and the node scope
//! names that torch's exporter gives Optimum exports (`/model/decoder/layers.N/self_attn/q_proj/MatMul`,
//! `…/MatMul_quant` for onnxruntime's dynamic quantisation, `/lm_head/MatMul`, …).
//!
//! The ONNX protobuf is read through tract (`proto_model_for_path`, `tensor::load_tensor`), so
//! external data and every initializer encoding tract knows are handled the same way as in the
//! tract backend.

use std::collections::HashMap;

use half::f16;
use tract_onnx::pb::{GraphProto, NodeProto};
use tract_onnx::prelude::*;

use crate::error::{Error, Result};
use crate::model::OnnxSource;

/// Weights of one linear layer, stored output-major (`[n_out][n_in]`) so that every output is a
/// contiguous dot product.
#[derive(Debug, Clone)]
pub enum Weights {
    /// float32.
    F32(Vec<f32>),
    /// float16, widened in the kernel.
    F16(Vec<f16>),
    /// int8 with per-output-channel (or broadcast per-tensor) scale and zero point, as written by
    /// onnxruntime's `quantize_dynamic`. `row_sums[o] = Σ_i (w[o][i] - zero[o])` for the
    /// activation zero-point correction.
    I8 {
        /// `w[o][i] - zero[o]`, exact in i16 but stored as i8 when the zero point is 0
        /// (always the case for symmetric int8 weights).
        w: Vec<i8>,
        /// Weight scale per output.
        scale: Vec<f32>,
        /// Σ_i w[o][i] per output.
        row_sums: Vec<i32>,
    },
}

/// `y = x W + b` with `W` given as `[n_in][n_out]` in the file.
#[derive(Debug, Clone)]
pub struct Linear {
    /// Input width.
    pub n_in: usize,
    /// Output width.
    pub n_out: usize,
    /// The weights.
    pub w: Weights,
    /// Bias, if the layer has one.
    pub bias: Option<Vec<f32>>,
}

impl Linear {
    /// Bytes of weight storage.
    pub fn weight_bytes(&self) -> usize {
        match &self.w {
            Weights::F32(v) => v.len() * 4,
            Weights::F16(v) => v.len() * 2,
            Weights::I8 { w, scale, row_sums } => w.len() + scale.len() * 4 + row_sums.len() * 4,
        }
    }
}

/// The parsed decoder graph: nodes by name, initializers by name.
pub struct Graph {
    path: std::path::PathBuf,
    nodes: HashMap<String, NodeProto>,
    /// Node consuming each tensor name (first one).
    consumers: HashMap<String, Vec<String>>,
    inits: HashMap<String, Tensor>,
}

impl Graph {
    /// Reads the ONNX graph.
    pub fn load(src: &OnnxSource) -> Result<Graph> {
        let fw = tract_onnx::onnx();
        let path = &src.label();
        let proto = src.proto()?;
        let graph: GraphProto =
            proto.graph.ok_or_else(|| Error::Graph { path: path.into(), message: "the file has no graph".into() })?;
        let dir = src.data_dir();
        let mut inits = HashMap::new();
        for t in &graph.initializer {
            let tensor =
                tract_onnx::tensor::load_tensor(&*fw.provider, t, dir.as_deref()).map_err(|e| Error::onnx(path, e))?;
            inits.insert(t.name.clone(), tensor);
        }
        let mut consumers: HashMap<String, Vec<String>> = HashMap::new();
        let mut nodes = HashMap::new();
        for n in graph.node {
            for i in &n.input {
                consumers.entry(i.clone()).or_default().push(n.name.clone());
            }
            // Constant nodes carry small values (scales) some exports use instead of initializers.
            if n.op_type == "Constant"
                && let Some(attr) = n.attribute.iter().find(|a| a.name == "value")
                && let Some(t) = &attr.t
                && let Ok(tensor) = tract_onnx::tensor::load_tensor(&*fw.provider, t, dir.as_deref())
            {
                for o in &n.output {
                    inits.insert(o.clone(), tensor.clone());
                }
            }
            nodes.insert(n.name.clone(), n);
        }
        // torch's exporter deduplicates identical constants (e.g. all-zero biases of a fresh
        // model) and hands them out through Identity nodes: see through those.
        loop {
            let mut added = false;
            for n in nodes.values() {
                if n.op_type == "Identity"
                    && let (Some(i), Some(o)) = (n.input.first(), n.output.first())
                    && !inits.contains_key(o)
                    && let Some(t) = inits.get(i).cloned()
                {
                    inits.insert(o.clone(), t);
                    added = true;
                }
            }
            if !added {
                break;
            }
        }
        Ok(Graph { path: path.into(), nodes, consumers, inits })
    }

    fn err(&self, m: impl Into<String>) -> Error {
        Error::Graph { path: self.path.clone(), message: m.into() }
    }

    fn node(&self, name: &str) -> Option<&NodeProto> {
        self.nodes.get(name)
    }

    fn init(&self, name: &str) -> Result<&Tensor> {
        self.inits.get(name).ok_or_else(|| self.err(format!("`{name}` is not a constant of the graph")))
    }

    /// The constant input of a binary node (the other one is the activation).
    fn const_input(&self, node: &NodeProto) -> Result<&Tensor> {
        node.input
            .iter()
            .find_map(|i| self.inits.get(i))
            .ok_or_else(|| self.err(format!("node `{}` has no constant input", node.name)))
    }

    fn f32s(&self, t: &Tensor, what: &str) -> Result<Vec<f32>> {
        let t = t.cast_to::<f32>().map_err(|e| self.err(format!("{what}: {e}")))?;
        let v = t.try_as_plain_ram().map_err(|e| self.err(format!("{what}: {e}")))?;
        Ok(v.as_slice::<f32>().map_err(|e| self.err(format!("{what}: {e}")))?.to_vec())
    }

    /// A linear layer whose MatMul node is `{scope}/MatMul` (f32/fp16) or `{scope}/MatMul_quant`
    /// (int8), with its bias from `{scope}/Add` when present. `n_in`/`n_out` are checked.
    pub fn linear(&self, scope: &str, n_in: usize, n_out: usize) -> Result<Linear> {
        let w = if let Some(mm) = self.node(&format!("{scope}/MatMul_quant")) {
            self.int8_weights(scope, mm, n_in, n_out)?
        } else if let Some(mm) = self.node(&format!("{scope}/MatMul")) {
            let name = mm.input.get(1).ok_or_else(|| self.err(format!("`{}` has one input", mm.name)))?;
            let t = self.init(name)?;
            if t.shape() != [n_in, n_out] {
                return Err(self.err(format!(
                    "`{}` weight has shape {:?}, expected [{n_in}, {n_out}] from config.json",
                    mm.name,
                    t.shape()
                )));
            }
            match t.datum_type() {
                DatumType::F16 => {
                    let v = t.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
                    let src = v.as_slice::<f16>().map_err(|e| self.err(e.to_string()))?;
                    Weights::F16(transpose(src, n_in, n_out))
                }
                _ => Weights::F32(transpose(&self.f32s(t, &mm.name)?, n_in, n_out)),
            }
        } else {
            return Err(self.err(format!(
                "no `{scope}/MatMul` or `{scope}/MatMul_quant` node: not an Optimum export of a Marian/BART-family decoder"
            )));
        };
        let bias = match self.node(&format!("{scope}/Add")) {
            Some(add) => {
                let b = self.f32s(self.const_input(add)?, &add.name)?;
                if b.len() != n_out {
                    return Err(self.err(format!("`{}` bias has {} values, expected {n_out}", add.name, b.len())));
                }
                Some(b)
            }
            None => None,
        };
        Ok(Linear { n_in, n_out, w, bias })
    }

    fn int8_weights(&self, scope: &str, mm: &NodeProto, n_in: usize, n_out: usize) -> Result<Weights> {
        if mm.op_type != "MatMulInteger" || mm.input.len() < 2 {
            return Err(self.err(format!("`{}` is not a MatMulInteger", mm.name)));
        }
        let wq = self.init(&mm.input[1])?;
        if wq.shape() != [n_in, n_out] {
            return Err(self.err(format!(
                "`{}` weight has shape {:?}, expected [{n_in}, {n_out}]",
                mm.name,
                wq.shape()
            )));
        }
        let wq = wq.cast_to::<i32>().map_err(|e| self.err(e.to_string()))?;
        let wq = wq.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
        let wq = wq.as_slice::<i32>().map_err(|e| self.err(e.to_string()))?;
        let zero = match mm.input.get(3).filter(|s| !s.is_empty()) {
            Some(z) => {
                broadcast(self.f32s(self.init(z)?, z)?, n_out).ok_or_else(|| self.err("bad weight zero point"))?
            }
            None => vec![0.0; n_out],
        };
        let scales_mul = self
            .node(&format!("{scope}/MatMul_quant_scales_mul"))
            .ok_or_else(|| self.err(format!("no `{scope}/MatMul_quant_scales_mul` node")))?;
        let scale = broadcast(self.f32s(self.const_input(scales_mul)?, &scales_mul.name)?, n_out)
            .ok_or_else(|| self.err(format!("`{}` scale does not match {n_out} outputs", scales_mul.name)))?;
        let mut w = vec![0i8; n_in * n_out];
        let mut row_sums = vec![0i32; n_out];
        for o in 0..n_out {
            let z = zero[o] as i32;
            for i in 0..n_in {
                let v = wq[i * n_out + o] - z;
                if !(-128..=127).contains(&v) {
                    return Err(self.err(format!("`{}`: weight zero point {z} leaves int8 range", mm.name)));
                }
                w[o * n_in + i] = v as i8;
                row_sums[o] += v;
            }
        }
        Ok(Weights::I8 { w, scale, row_sums })
    }

    /// A `[rows, width]` table read by a Gather node (`{scope}/Gather`), dequantised when the
    /// export quantised it (Gather → DequantizeLinear).
    pub fn table(&self, scope: &str, rows: usize, width: usize) -> Result<Vec<f32>> {
        let g = self.node(&format!("{scope}/Gather")).ok_or_else(|| self.err(format!("no `{scope}/Gather` node")))?;
        let t = self.init(&g.input[0])?;
        if t.shape() != [rows, width] {
            return Err(self.err(format!("`{}` table has shape {:?}, expected [{rows}, {width}]", g.name, t.shape())));
        }
        let mut v = self.f32s(t, &g.name)?;
        let dq = g
            .output
            .first()
            .and_then(|o| self.consumers.get(o))
            .into_iter()
            .flatten()
            .filter_map(|n| self.node(n))
            .find(|n| n.op_type == "DequantizeLinear");
        if let Some(dq) = dq {
            let scale = self.f32s(self.init(&dq.input[1])?, &dq.name)?;
            let zero = match dq.input.get(2) {
                Some(z) => self.f32s(self.init(z)?, &dq.name)?,
                None => vec![0.0],
            };
            if scale.len() != 1 || zero.len() != 1 {
                return Err(self.err(format!("`{}`: only per-tensor dequantisation of tables is supported", dq.name)));
            }
            for x in v.iter_mut() {
                *x = (*x - zero[0]) * scale[0];
            }
        }
        Ok(v)
    }

    /// The token embedding read by `{scope}/Gather`, in its stored precision, and the constant
    /// the result is multiplied by (`scale_embedding`; 1 when there is no such Mul).
    pub fn embedding(&self, scope: &str, rows: usize, width: usize) -> Result<(RawTable, f32)> {
        let g = self.node(&format!("{scope}/Gather")).ok_or_else(|| self.err(format!("no `{scope}/Gather` node")))?;
        let t = self.init(&g.input[0])?;
        if t.shape() != [rows, width] {
            return Err(self.err(format!("`{}` table has shape {:?}, expected [{rows}, {width}]", g.name, t.shape())));
        }
        let mut out_name = g.output.first().cloned().unwrap_or_default();
        let next = |name: &str, op: &str| {
            self.consumers.get(name).into_iter().flatten().filter_map(|n| self.node(n)).find(|n| n.op_type == op)
        };
        let table = match t.datum_type() {
            DatumType::F16 => {
                let v = t.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
                RawTable::F16(v.as_slice::<f16>().map_err(|e| self.err(e.to_string()))?.to_vec())
            }
            DatumType::U8 => {
                let dq = next(&out_name, "DequantizeLinear")
                    .ok_or_else(|| self.err(format!("`{}` reads uint8 without a DequantizeLinear", g.name)))?;
                let scale = self.f32s(self.init(&dq.input[1])?, &dq.name)?;
                let zero = match dq.input.get(2) {
                    Some(z) => self.f32s(self.init(z)?, &dq.name)?,
                    None => vec![0.0],
                };
                if scale.len() != 1 || zero.len() != 1 {
                    return Err(
                        self.err(format!("`{}`: only per-tensor dequantisation of tables is supported", dq.name))
                    );
                }
                out_name = dq.output.first().cloned().unwrap_or_default();
                let v = t.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
                let q = v.as_slice::<u8>().map_err(|e| self.err(e.to_string()))?.to_vec();
                RawTable::U8 { q, zero: zero[0], scale: scale[0] }
            }
            _ => RawTable::F32(self.f32s(t, &g.name)?),
        };
        let scale = match next(&out_name, "Mul") {
            Some(mul) => {
                let c = self.f32s(self.const_input(mul)?, &mul.name)?;
                if c.len() != 1 {
                    return Err(self.err(format!("`{}` is not a scalar embedding scale", mul.name)));
                }
                c[0]
            }
            None => 1.0,
        };
        Ok((table, scale))
    }

    /// `(weight, bias)` of a LayerNormalization node `{scope}/LayerNormalization`, with epsilon.
    pub fn layer_norm(&self, scope: &str, width: usize) -> Result<LayerNorm> {
        let n = self
            .node(&format!("{scope}/LayerNormalization"))
            .ok_or_else(|| self.err(format!("no `{scope}/LayerNormalization` node")))?;
        let w = self.f32s(self.init(&n.input[1])?, &n.name)?;
        let b = match n.input.get(2) {
            Some(b) => self.f32s(self.init(b)?, &n.name)?,
            None => vec![0.0; width],
        };
        if w.len() != width || b.len() != width {
            return Err(self.err(format!("`{}` has {} weights, expected {width}", n.name, w.len())));
        }
        let eps = n.attribute.iter().find(|a| a.name == "epsilon").map_or(1e-5, |a| a.f);
        Ok(LayerNorm { w, b, eps })
    }

    /// The constant added to the logits (`final_logits_bias`), if any.
    pub fn logits_bias(&self, vocab: usize) -> Result<Vec<f32>> {
        match self.node("/Add") {
            Some(add) => {
                let b = self.f32s(self.const_input(add)?, &add.name)?;
                broadcast(b, vocab).ok_or_else(|| self.err("final_logits_bias does not match vocab_size"))
            }
            None => Ok(vec![0.0; vocab]),
        }
    }

    /// Whether the graph has a node named `name`.
    pub fn has(&self, name: &str) -> bool {
        self.nodes.contains_key(name)
    }
}

/// An embedding table as stored in the file.
#[derive(Debug, Clone)]
pub enum RawTable {
    /// float32 rows.
    F32(Vec<f32>),
    /// float16 rows.
    F16(Vec<f16>),
    /// uint8 rows dequantised as `(q - zero) * scale`.
    U8 {
        /// The bytes.
        q: Vec<u8>,
        /// Zero point.
        zero: f32,
        /// Scale.
        scale: f32,
    },
}

/// Layer normalisation parameters.
#[derive(Debug, Clone)]
pub struct LayerNorm {
    /// Gain.
    pub w: Vec<f32>,
    /// Shift.
    pub b: Vec<f32>,
    /// Epsilon.
    pub eps: f32,
}

fn transpose<T: Copy>(src: &[T], rows: usize, cols: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(src.len());
    for c in 0..cols {
        for r in 0..rows {
            out.push(src[r * cols + c]);
        }
    }
    out
}

fn broadcast(v: Vec<f32>, n: usize) -> Option<Vec<f32>> {
    match v.len() {
        1 => Some(vec![v[0]; n]),
        l if l == n => Some(v),
        _ => None,
    }
}
