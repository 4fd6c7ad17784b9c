//! Weights taken out of `encoder_model*.onnx` / `decoder_model*.onnx` by graph structure and
//! the node scope names that torch's exporter gives Optimum exports
//! (`/model/decoder/layers.N/self_attn/q_proj/MatMul`, `/layers.N/fc1/MatMul` in the encoder,
//! `…/MatMul_quant` for onnxruntime's dynamic quantisation, `/lm_head/MatMul`, …).
//!
//! What differs between exporters is read by pattern, not by name:
//! * a weight given as an initializer `[n_in, n_out]` (`MatMul`), as `Transpose` of an
//!   initializer `[n_out, n_in]` (tied lm_head in torch ≥ 2.9 exports), or as `Gemm` with
//!   `transB`;
//! * constants held in initializers, in `Constant` nodes, or handed out through `Identity` nodes
//!   (torch deduplicates identical constants);
//! * graphs whose nodes sit inside an `If` (Optimum's `decoder_model_merged*.onnx`): the branch
//!   without past key/values is read, with the initializers of every level.
//!
//! The ONNX protobuf is read through tract (`proto_model_for_path`, `tensor::load_tensor`), so
//! external data and every initializer encoding tract knows are handled the same way as in the
//! tract backend. A [`Graph`] only serves extraction: it is dropped once the weights are copied
//! out.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use half::f16;
use tract_onnx::pb::{GraphProto, NodeProto, TensorProto};
use tract_onnx::prelude::*;

use crate::error::{Error, Result};
use crate::model::OnnxSource;
use crate::model::lazy::{ByteTensor, LazyGraph};

/// The node names a linear layer's product may have in its scope: float, onnxruntime's dynamic
/// int8 quantisation, 4-bit `MatMulNBits`, `Gemm`.
const LINEAR_NODES: [&str; 4] = ["MatMul", "MatMul_quant", "MatMul_Q4", "Gemm"];

/// Weights of one linear layer, stored output-major (`[n_out][n_in]`) so that every output is a
/// contiguous dot product.
#[derive(Debug, Clone)]
pub enum Weights {
    /// float32 (shared with the embedding table when the lm_head is tied to it).
    F32(Arc<Vec<f32>>),
    /// float16, widened in the kernel.
    F16(Vec<f16>),
    /// int8 with per-output-channel (or broadcast per-tensor) scale and zero point, as written by
    /// onnxruntime's `quantize_dynamic`. `row_sums[o] = Σ_i (w[o][i] - zero[o])` for the
    /// activation zero-point correction.
    I8 {
        /// `w[o][i] − zero[o]` (or `w[o][i] − 128`, see `zero_adj`), output-major.
        w: Vec<i8>,
        /// Weight scale per output.
        scale: Vec<f32>,
        /// Σ_i (w\[o\]\[i\] − zero\[o\]) per output, in the file's integers.
        row_sums: Vec<i32>,
        /// Empty when `w` holds `w − zero`; else `w` holds `w − 128` (uint8 weights whose
        /// difference to the zero point leaves int8) and this is `128 − zero[o]` per output.
        zero_adj: Vec<i32>,
        /// Σ_i w\[o\]\[i\] of the stored bytes, per output (for the VNNI kernels' sign flip).
        w_sums: Vec<i32>,
        /// `w` is in [`super::kernels::pack_i8`]'s panel layout (for
        /// [`super::kernels::Kernels::gemm_i8`]) rather than output-major.
        packed: bool,
    },
    /// Unsigned bytes dequantised in float, `w = (q - zero) × scale` over the whole tensor: a
    /// `MatMul` reading `DequantizeLinear(q)` (onnxruntime quantises a tied lm_head that way,
    /// through the embedding's `Gather`).
    U8 {
        /// `q[o][i]`.
        q: Vec<u8>,
        /// Scale.
        scale: f32,
        /// Zero point.
        zero: f32,
    },
    /// 4-bit blocks (`MatMulNBits`): per output `n_in / 2` bytes, two weights per byte (low
    /// nibble first), one scale and zero point per `block` weights.
    Q4 {
        /// `[n_out][n_in / 2]`.
        q: Vec<u8>,
        /// `[n_out][n_in / block]`.
        scales: Vec<f32>,
        /// `[n_out][n_in / block]`, 0..=15 (8 when the file has none: symmetric).
        zeros: Vec<u8>,
        /// Weights per scale.
        block: usize,
        /// Computed with int8 activations ([`super::kernels::Kernels::gemv_q4q8`]) rather than
        /// f32 ones.
        int8_act: bool,
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
    /// The layer restricted to outputs `ids` (each `< n_out`): output `j` of the result is
    /// output `ids[j]` of `self`, computed by the same kernel from the same stored weights, so
    /// its value is bit-identical. A copy sized by `ids` (a shortlist's lm_head, made once per
    /// sentence).
    pub fn select_outputs(&self, ids: &[u32]) -> Linear {
        let n_in = self.n_in;
        fn rows<T: Copy>(v: &[T], width: usize, ids: &[u32]) -> Vec<T> {
            let mut out = Vec::with_capacity(ids.len() * width);
            for &o in ids {
                out.extend_from_slice(&v[o as usize * width..][..width]);
            }
            out
        }
        let w = match &self.w {
            Weights::F32(w) => Weights::F32(Arc::new(rows(w, n_in, ids))),
            Weights::F16(w) => Weights::F16(rows(w, n_in, ids)),
            Weights::I8 { w, scale, row_sums, zero_adj, w_sums, packed } => {
                let w = if *packed {
                    let mut p = vec![0i8; super::kernels::packed_len(n_in, ids.len())];
                    for (j, &o) in ids.iter().enumerate() {
                        for g in 0..n_in / 4 {
                            let from = super::kernels::packed_index(o as usize, 4 * g, n_in);
                            let to = super::kernels::packed_index(j, 4 * g, n_in);
                            p[to..to + 4].copy_from_slice(&w[from..from + 4]);
                        }
                    }
                    p
                } else {
                    rows(w, n_in, ids)
                };
                let adj = if zero_adj.is_empty() { Vec::new() } else { rows(zero_adj, 1, ids) };
                Weights::I8 {
                    w,
                    scale: rows(scale, 1, ids),
                    row_sums: rows(row_sums, 1, ids),
                    zero_adj: adj,
                    w_sums: rows(w_sums, 1, ids),
                    packed: *packed,
                }
            }
            Weights::U8 { q, scale, zero } => Weights::U8 { q: rows(q, n_in, ids), scale: *scale, zero: *zero },
            Weights::Q4 { q, scales, zeros, block, int8_act } => {
                let blocks = n_in / block;
                Weights::Q4 {
                    q: rows(q, n_in / 2, ids),
                    scales: rows(scales, blocks, ids),
                    zeros: rows(zeros, blocks, ids),
                    block: *block,
                    int8_act: *int8_act,
                }
            }
        };
        Linear { n_in, n_out: ids.len(), w, bias: self.bias.as_ref().map(|b| rows(b, 1, ids)) }
    }

    /// Whether the weights are 4-bit blocks.
    pub fn is_q4(&self) -> bool {
        matches!(self.w, Weights::Q4 { .. })
    }

    /// Computes 4-bit weights with int8 activations (`on`) or f32 ones; other weights are
    /// unaffected.
    pub fn set_q4_int8(&mut self, on: bool) {
        if let Weights::Q4 { int8_act, .. } = &mut self.w {
            *int8_act = on;
        }
    }

    /// f32 weights quantised to int8 per output row, symmetric: `scale = max|w| / 127`,
    /// `q = round(w / scale)` (the layout `quantize_dynamic` writes with per-channel scales and
    /// zero points 0), in the packed panel layout when `packed` and the shape allows it. `None`
    /// for other weights.
    pub fn to_int8(&self, packed: bool) -> Option<Linear> {
        let Weights::F32(w) = &self.w else { return None };
        let (n_in, n_out) = (self.n_in, self.n_out);
        let packed = packed && super::kernels::packable(n_in, n_out);
        let len = if packed { super::kernels::packed_len(n_in, n_out) } else { n_in * n_out };
        let (mut q, mut scale, mut sums) = (vec![0i8; len], vec![0f32; n_out], vec![0i32; n_out]);
        for (o, row) in w.chunks_exact(n_in).enumerate() {
            let s = row.iter().fold(0f32, |m, v| m.max(v.abs())) / 127.0;
            let inv = if s > 0.0 && s.is_finite() { 1.0 / s } else { 0.0 };
            for (i, &v) in row.iter().enumerate() {
                let b = (v * inv).round().clamp(-127.0, 127.0) as i8;
                q[if packed { super::kernels::packed_index(o, i, n_in) } else { o * n_in + i }] = b;
                sums[o] += b as i32;
            }
            scale[o] = s;
        }
        let w = Weights::I8 { w: q, scale, row_sums: sums.clone(), zero_adj: Vec::new(), w_sums: sums, packed };
        Some(Linear { n_in, n_out, w, bias: self.bias.clone() })
    }

    /// Bytes of weight storage.
    pub fn weight_bytes(&self) -> usize {
        match &self.w {
            Weights::F32(v) => v.len() * 4,
            Weights::F16(v) => v.len() * 2,
            Weights::I8 { w, scale, row_sums, zero_adj, w_sums, .. } => {
                w.len() + (scale.len() + row_sums.len() + zero_adj.len() + w_sums.len()) * 4
            }
            Weights::U8 { q, .. } => q.len(),
            Weights::Q4 { q, scales, zeros, .. } => q.len() + scales.len() * 4 + zeros.len(),
        }
    }
}

/// A constant of the graph: an initializer still in the file, or a small tensor held (from a
/// `Constant` node or a subgraph).
#[derive(Clone)]
enum Stored {
    File(usize),
    Proto(Box<TensorProto>),
}

/// The parsed graph: nodes by name, initializers by name (read from the file on demand).
pub struct Graph<'a> {
    path: std::path::PathBuf,
    nodes: HashMap<String, NodeProto>,
    /// Nodes consuming each tensor name.
    consumers: HashMap<String, Vec<String>>,
    /// Node producing each tensor name.
    producers: HashMap<String, String>,
    /// Constants as stored in the file, converted when read ([`Graph::init`]) and dropped once
    /// their only reader has been extracted ([`Graph::release`]): the graph never holds a
    /// second copy of the weights.
    inits: RefCell<HashMap<String, Stored>>,
    /// The file, its initializers located but not read.
    file: LazyGraph<'a>,
    /// Directory for external tensor data.
    dir: Option<String>,
    /// Write int8 weights straight into the packed panel layout ([`Graph::pack_int8`]).
    pack_i8: bool,
}

impl<'a> Graph<'a> {
    /// Reads the ONNX graph.
    pub fn load(src: &OnnxSource<'a>) -> Result<Graph<'a>> {
        let path = &src.label();
        let mut file = match src {
            OnnxSource::File(p) => LazyGraph::open_file(p)?,
            OnnxSource::Memory { bytes, .. } => LazyGraph::open_memory(bytes, path)?,
        };
        let graph = std::mem::take(&mut file.graph);
        let mut inits = HashMap::new();
        for (i, t) in file.tensors.iter().enumerate() {
            inits.entry(t.name.clone()).or_insert(Stored::File(i));
        }
        let mut g = Graph {
            path: path.into(),
            nodes: HashMap::new(),
            consumers: HashMap::new(),
            producers: HashMap::new(),
            inits: RefCell::new(inits),
            file,
            dir: src.data_dir(),
            pack_i8: false,
        };
        g.add_graph(graph);
        // torch's exporter deduplicates identical constants (e.g. all-zero biases of a fresh
        // model) and hands them out through Identity nodes: see through those.
        loop {
            let mut added = Vec::new();
            let inits = g.inits.borrow();
            for n in g.nodes.values() {
                if n.op_type == "Identity"
                    && let (Some(i), Some(o)) = (n.input.first(), n.output.first())
                    && !inits.contains_key(o)
                    && let Some(t) = inits.get(i)
                {
                    added.push((o.clone(), t.clone()));
                }
            }
            drop(inits);
            if added.is_empty() {
                break;
            }
            g.inits.borrow_mut().extend(added);
        }
        Ok(g)
    }

    /// Adds the nodes and initializers of `graph`, and of the no-past branch of each `If` node
    /// in it (Optimum's merged decoder: `If(use_cache_branch)` with the with-past graph as
    /// `then_branch`, the first-step graph as `else_branch`). A node name already seen is kept.
    fn add_graph(&mut self, graph: GraphProto) {
        // Names are unique per graph but not across an If's branches: the branch read first
        // (the no-past one) wins, so that a constant of the other branch never replaces one of
        // its own.
        let inits = self.inits.get_mut();
        for t in graph.initializer {
            inits.entry(t.name.clone()).or_insert(Stored::Proto(Box::new(t)));
        }
        for mut n in graph.node {
            for i in &n.input {
                self.consumers.entry(i.clone()).or_default().push(n.name.clone());
            }
            for o in &n.output {
                self.producers.entry(o.clone()).or_insert_with(|| n.name.clone());
            }
            // Constant nodes carry small values (scales) some exports use instead of initializers.
            if n.op_type == "Constant"
                && let Some(attr) = n.attribute.iter().find(|a| a.name == "value")
                && let Some(t) = &attr.t
            {
                let inits = self.inits.get_mut();
                for o in &n.output {
                    inits.entry(o.clone()).or_insert_with(|| Stored::Proto(Box::new(t.clone())));
                }
            }
            if n.op_type == "If" {
                let branches = std::mem::take(&mut n.attribute);
                for name in ["else_branch", "then_branch"] {
                    if let Some(sub) = branches.iter().find(|a| a.name == name).and_then(|a| a.g.clone()) {
                        self.add_graph(sub);
                    }
                }
            }
            if !self.nodes.contains_key(&n.name) {
                self.nodes.insert(n.name.clone(), n);
            }
        }
    }

    /// From now on, int8 weights are written straight into [`super::kernels::pack_i8`]'s panel
    /// layout where the shape allows (when the kernels multiply that layout): one buffer per
    /// matrix, never a second copy to repack.
    pub fn pack_int8(&mut self, on: bool) {
        self.pack_i8 = on;
    }

    fn err(&self, m: impl Into<String>) -> Error {
        Error::Graph { path: self.path.clone(), message: m.into() }
    }

    fn node(&self, name: &str) -> Option<&NodeProto> {
        self.nodes.get(name)
    }

    /// The constant `name`, read from the file (or converted from a held proto), external data
    /// included.
    fn init(&self, name: &str) -> Result<Tensor> {
        let stored = self.inits.borrow().get(name).cloned();
        match stored.ok_or_else(|| self.err(format!("`{name}` is not a constant of the graph")))? {
            Stored::File(i) => self.file.tensor(&self.file.tensors[i], self.dir.as_deref()),
            Stored::Proto(t) => {
                let fw = tract_onnx::onnx();
                tract_onnx::tensor::load_tensor(&*fw.provider, &t, self.dir.as_deref())
                    .map_err(|e| Error::onnx(&self.path, e))
            }
        }
    }

    /// A UINT8/INT8 constant's bytes in one buffer, without a tensor in between (the large
    /// int8 matrices and tables): `(signed, shape, bytes)`.
    fn init_bytes(&self, name: &str) -> Result<ByteTensor> {
        if let Some(Stored::File(i)) = self.inits.borrow().get(name).cloned()
            && let Some(b) = self.file.bytes(&self.file.tensors[i])?
        {
            return Ok(b);
        }
        let t = self.init(name)?;
        let signed = match t.datum_type() {
            DatumType::I8 => true,
            DatumType::U8 => false,
            other => return Err(self.err(format!("`{name}` holds {other:?}, expected 8-bit integers"))),
        };
        let v = t.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
        Ok((signed, t.shape().to_vec(), v.as_bytes().to_vec()))
    }

    /// Whether constant `name` holds `table`'s values (see [`LazyGraph::equals_f32`]), compared
    /// from the file without reading it into memory; `None` when that cannot be done.
    fn same_f32(&self, name: &str, table: &[f32], transposed: Option<(usize, usize)>) -> Result<Option<bool>> {
        match self.inits.borrow().get(name) {
            Some(Stored::File(i)) => self.file.equals_f32(&self.file.tensors[*i], table, transposed),
            _ => Ok(None),
        }
    }

    fn has_init(&self, name: &str) -> bool {
        self.inits.borrow().contains_key(name)
    }

    /// Drops the stored constant `name` when at most one node (by name: the two branches of
    /// a merged decoder hold nodes of the same name) reads it.
    fn release(&self, name: &str) {
        let readers: HashSet<&String> = self.consumers.get(name).into_iter().flatten().collect();
        if readers.len() <= 1 {
            self.inits.borrow_mut().remove(name);
        }
    }

    /// The constant input of a binary node (the other one is the activation).
    fn const_input(&self, node: &NodeProto) -> Result<Tensor> {
        let name = node
            .input
            .iter()
            .find(|i| self.has_init(i))
            .ok_or_else(|| self.err(format!("node `{}` has no constant input", node.name)))?;
        self.init(name)
    }

    fn f32s(&self, t: &Tensor, what: &str) -> Result<Vec<f32>> {
        let t = t.cast_to::<f32>().map_err(|e| self.err(format!("{what}: {e}")))?;
        let v = t.try_as_plain_ram().map_err(|e| self.err(format!("{what}: {e}")))?;
        Ok(v.as_slice::<f32>().map_err(|e| self.err(format!("{what}: {e}")))?.to_vec())
    }

    /// The float weight matrix feeding input `name` of a MatMul, output-major
    /// (`[n_out][n_in]`): an initializer `[n_in, n_out]`, or `Transpose` of an initializer
    /// `[n_out, n_in]` (torch ≥ 2.9 writes a tied lm_head that way), or `DequantizeLinear` of
    /// either. When `tied` (an f32 `[n_out][n_in]` table) holds the same values, it is returned
    /// instead of a copy (a tied lm_head and its embedding), compared from the file.
    fn float_matrix_tied(
        &self,
        node: &str,
        name: &str,
        n_in: usize,
        n_out: usize,
        output_major: bool,
        tied: Option<&Arc<Vec<f32>>>,
    ) -> Result<Weights> {
        if let Some(dq) =
            self.producers.get(name).and_then(|p| self.node(p)).filter(|p| p.op_type == "DequantizeLinear")
        {
            return self.dequantized_matrix(node, dq, n_in, n_out, output_major);
        }
        let (source, output_major) = match self.has_init(name) {
            true => (name.to_string(), output_major),
            false => {
                let tr = self
                    .producers
                    .get(name)
                    .and_then(|p| self.node(p))
                    .filter(|p| p.op_type == "Transpose")
                    .ok_or_else(|| self.err(format!("`{name}` (weight of `{node}`) is not a constant of the graph")))?;
                let perm: Vec<i64> =
                    tr.attribute.iter().find(|a| a.name == "perm").map_or(vec![1, 0], |a| a.ints.clone());
                if perm != [1, 0] {
                    return Err(self.err(format!("`{}` permutes {perm:?}, expected [1, 0]", tr.name)));
                }
                (tr.input[0].clone(), !output_major)
            }
        };
        // A tied weight is compared with its table from the file, never read in whole.
        if let Some(table) = tied {
            let layout = if output_major { None } else { Some((n_in, n_out)) };
            if self.same_f32(&source, table, layout)? == Some(true) {
                return Ok(Weights::F32(table.clone()));
            }
        }
        let t = self.init(&source)?;
        let want = if output_major { [n_out, n_in] } else { [n_in, n_out] };
        if t.shape() != want {
            return Err(
                self.err(format!("`{node}` weight has shape {:?}, expected {want:?} from config.json", t.shape()))
            );
        }
        let t = match t.datum_type() {
            DatumType::F16 | DatumType::F32 => t,
            _ => t.cast_to::<f32>().map_err(|e| self.err(format!("{node}: {e}")))?.into_owned(),
        };
        let v = t.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
        // Straight from the tensor into the output-major copy: no intermediate Vec.
        Ok(match t.datum_type() {
            DatumType::F16 => {
                let src = v.as_slice::<f16>().map_err(|e| self.err(e.to_string()))?;
                Weights::F16(if output_major { src.to_vec() } else { transpose(src, n_in, n_out) })
            }
            _ => {
                let src = v.as_slice::<f32>().map_err(|e| self.err(e.to_string()))?;
                let same = |table: &[f32]| {
                    table.len() == src.len()
                        && if output_major {
                            table == src
                        } else {
                            (0..n_in).all(|i| (0..n_out).all(|o| table[o * n_in + i] == src[i * n_out + o]))
                        }
                };
                match tied.filter(|t| same(t)) {
                    Some(table) => Weights::F32(table.clone()),
                    None => {
                        Weights::F32(Arc::new(if output_major { src.to_vec() } else { transpose(src, n_in, n_out) }))
                    }
                }
            }
        })
    }

    /// `DequantizeLinear(q, scale, zero)` of a constant `q` (or of `Transpose(q)`), per tensor,
    /// as a weight matrix kept in its bytes.
    fn dequantized_matrix(
        &self,
        node: &str,
        dq: &NodeProto,
        n_in: usize,
        n_out: usize,
        output_major: bool,
    ) -> Result<Weights> {
        let src = &dq.input[0];
        let (t, output_major) = match self.has_init(src) {
            true => (self.init(src)?, output_major),
            false => {
                let tr = self
                    .producers
                    .get(src)
                    .and_then(|p| self.node(p))
                    .filter(|p| p.op_type == "Transpose")
                    .ok_or_else(|| self.err(format!("`{}` does not read a constant", dq.name)))?;
                (self.init(&tr.input[0])?, !output_major)
            }
        };
        let want = if output_major { [n_out, n_in] } else { [n_in, n_out] };
        if t.shape() != want {
            return Err(self.err(format!("`{node}` weight has shape {:?}, expected {want:?}", t.shape())));
        }
        let (scale, zero) = self.per_tensor(dq)?;
        let view = t.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
        let (q, zero): (Vec<u8>, f32) = match t.datum_type() {
            DatumType::U8 => (view.as_slice::<u8>().map_err(|e| self.err(e.to_string()))?.to_vec(), zero),
            DatumType::I8 => (
                view.as_slice::<i8>().map_err(|e| self.err(e.to_string()))?.iter().map(|&v| (v as u8) ^ 0x80).collect(),
                zero + 128.0,
            ),
            other => return Err(self.err(format!("`{}` dequantises {other:?}", dq.name))),
        };
        let q = if output_major { q } else { transpose(&q, n_in, n_out) };
        Ok(Weights::U8 { q, scale, zero })
    }

    /// 4-bit weights of a `MatMulNBits` node (`K` = `n_in`, `N` = `n_out`, 4 bits, blocks of a
    /// multiple of 32, optional packed zero points; no `g_idx`).
    fn nbits_weights(&self, mm: &NodeProto, n_in: usize, n_out: usize) -> Result<Weights> {
        let attr = |n: &str| mm.attribute.iter().find(|a| a.name == n).map(|a| a.i);
        let (k, n, bits, block) = (attr("K"), attr("N"), attr("bits").unwrap_or(4), attr("block_size"));
        if k != Some(n_in as i64) || n != Some(n_out as i64) {
            return Err(self.err(format!("`{}` is K={k:?} N={n:?}, expected {n_in}×{n_out}", mm.name)));
        }
        let block = block.unwrap_or(0) as usize;
        if bits != 4 || block < 32 || !block.is_multiple_of(32) || n_in == 0 || !n_in.is_multiple_of(block) {
            return Err(self.err(format!(
                "`{}`: {bits}-bit blocks of {block} over {n_in} inputs; the native engine reads 4-bit blocks of a multiple of 32 that divide the input width",
                mm.name
            )));
        }
        if mm.input.get(4).is_some_and(|g| !g.is_empty()) {
            return Err(self.err(format!("`{}` has a g_idx input (act-order), not supported", mm.name)));
        }
        let blocks = n_in / block;
        let b = self.init(&mm.input[1])?;
        let b = b.cast_to::<u8>().map_err(|e| self.err(e.to_string()))?;
        let b = b.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
        let q = b.as_slice::<u8>().map_err(|e| self.err(e.to_string()))?.to_vec();
        let scales = self.f32s(&self.init(&mm.input[2])?, &mm.name)?;
        if q.len() != n_out * n_in / 2 || scales.len() != n_out * blocks {
            return Err(self.err(format!(
                "`{}`: {} weight bytes and {} scales for {n_in}×{n_out} in blocks of {block}",
                mm.name,
                q.len(),
                scales.len()
            )));
        }
        let zeros = match mm.input.get(3).filter(|z| !z.is_empty()) {
            None => vec![8u8; n_out * blocks],
            Some(z) => {
                let t = self.init(z)?;
                if t.datum_type() != DatumType::U8 {
                    return Err(self.err(format!("`{}`: zero points of type {:?}", mm.name, t.datum_type())));
                }
                let v = t.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
                let packed = v.as_slice::<u8>().map_err(|e| self.err(e.to_string()))?;
                let per_row = blocks.div_ceil(2);
                if packed.len() != n_out * per_row {
                    return Err(self.err(format!("`{}`: {} zero-point bytes", mm.name, packed.len())));
                }
                (0..n_out * blocks)
                    .map(|i| {
                        let (o, bi) = (i / blocks, i % blocks);
                        let byte = packed[o * per_row + bi / 2];
                        if bi % 2 == 0 { byte & 15 } else { byte >> 4 }
                    })
                    .collect()
            }
        };
        Ok(Weights::Q4 { q, scales, zeros, block, int8_act: false })
    }

    /// A linear layer in scope `scope`: `{scope}/MatMul_quant` (int8, onnxruntime's dynamic
    /// quantisation), `{scope}/MatMul` with its bias from `{scope}/Add` when present, or
    /// `{scope}/Gemm` (bias as its third input). `n_in`/`n_out` are checked.
    pub fn linear(&self, scope: &str, n_in: usize, n_out: usize) -> Result<Linear> {
        self.linear_tied(scope, n_in, n_out, None)
    }

    /// As [`Graph::linear`]; an f32 weight equal to `tied` (`[n_out][n_in]`) shares its memory.
    pub fn linear_tied(&self, scope: &str, n_in: usize, n_out: usize, tied: Option<&Arc<Vec<f32>>>) -> Result<Linear> {
        let mut bias_node = None;
        let weight_input: Option<&String>;
        let w = if let Some(mm) = self.node(&format!("{scope}/MatMul_quant")) {
            weight_input = mm.input.get(1);
            self.int8_weights(scope, mm, n_in, n_out)?
        } else if let Some(mm) = self.node(&format!("{scope}/MatMul_Q4")).filter(|n| n.op_type == "MatMulNBits") {
            if mm.input.get(5).is_some_and(|b| !b.is_empty()) {
                return Err(self.err(format!("`{}` carries its bias inside: not read yet", mm.name)));
            }
            weight_input = mm.input.get(1);
            self.nbits_weights(mm, n_in, n_out)?
        } else if let Some(mm) = self.node(&format!("{scope}/MatMul")) {
            let name = mm.input.get(1).ok_or_else(|| self.err(format!("`{}` has one input", mm.name)))?;
            weight_input = Some(name);
            self.float_matrix_tied(&mm.name, name, n_in, n_out, false, tied)?
        } else if let Some(gemm) = self.node(&format!("{scope}/Gemm")) {
            let attr = |n: &str| gemm.attribute.iter().find(|a| a.name == n);
            if attr("transA").is_some_and(|a| a.i != 0)
                || attr("alpha").is_some_and(|a| a.f != 1.0)
                || attr("beta").is_some_and(|a| a.f != 1.0)
            {
                return Err(self.err(format!("`{}`: only Gemm with transA 0, alpha 1, beta 1 is read", gemm.name)));
            }
            let trans_b = attr("transB").is_some_and(|a| a.i != 0);
            let name = gemm.input.get(1).ok_or_else(|| self.err(format!("`{}` has one input", gemm.name)))?;
            bias_node = Some(gemm);
            weight_input = Some(name);
            self.float_matrix_tied(&gemm.name, name, n_in, n_out, trans_b, tied)?
        } else {
            return Err(self.err(format!(
                "no `{scope}/MatMul`, `{scope}/MatMul_quant` or `{scope}/Gemm` node: not an export of a Marian/BART-family model"
            )));
        };
        let bias = match (bias_node, self.node(&format!("{scope}/Add"))) {
            (Some(gemm), _) => match gemm.input.get(2).filter(|s| !s.is_empty()) {
                Some(b) => Some(self.f32s(&self.init(b)?, &gemm.name)?),
                None => None,
            },
            (None, Some(add)) => Some(self.f32s(&self.const_input(add)?, &add.name)?),
            (None, None) => None,
        };
        // The matrix is copied out: drop the file's copy unless another node reads it (a tied
        // embedding).
        if let Some(name) = weight_input {
            self.release(name);
        }
        if let Some(b) = &bias
            && b.len() != n_out
        {
            return Err(self.err(format!("`{scope}` bias has {} values, expected {n_out}", b.len())));
        }
        Ok(Linear { n_in, n_out, w, bias })
    }

    /// The four projections and the layer norm of one attention block in `scope`
    /// (`{scope}/{name}/q_proj` …, `{scope}/{norm}`), width `d`.
    pub fn attention(&self, scope: &str, name: &str, norm: &str, d: usize) -> Result<Attention> {
        Ok(Attention {
            q: self.linear(&format!("{scope}/{name}/q_proj"), d, d)?,
            k: self.linear(&format!("{scope}/{name}/k_proj"), d, d)?,
            v: self.linear(&format!("{scope}/{name}/v_proj"), d, d)?,
            o: self.linear(&format!("{scope}/{name}/out_proj"), d, d)?,
            norm: self.layer_norm(&format!("{scope}/{norm}"), d)?,
        })
    }

    /// The feed-forward block of a layer in `scope` (`fc1`, `fc2`, `final_layer_norm`).
    pub fn feed_forward(&self, scope: &str, d: usize, ffn: usize) -> Result<FeedForward> {
        Ok(FeedForward {
            fc1: self.linear(&format!("{scope}/fc1"), d, ffn)?,
            fc2: self.linear(&format!("{scope}/fc2"), ffn, d)?,
            norm: self.layer_norm(&format!("{scope}/final_layer_norm"), d)?,
        })
    }

    /// The first of `prefixes` under which `{prefix}/layers.0/self_attn/q_proj` is a linear
    /// layer of the graph (`/model/decoder` in a decoder, `` or `/model/encoder` in an encoder).
    pub fn scope<'p>(&self, prefixes: &[&'p str]) -> Option<&'p str> {
        prefixes
            .iter()
            .copied()
            .find(|p| LINEAR_NODES.iter().any(|op| self.has(&format!("{p}/layers.0/self_attn/q_proj/{op}"))))
    }

    /// Whether `{scope}/layers.{n}` has a q projection (the graph has more than `n` layers).
    pub fn has_layer(&self, scope: &str, n: usize) -> bool {
        LINEAR_NODES.iter().any(|op| self.has(&format!("{scope}/layers.{n}/self_attn/q_proj/{op}")))
    }

    fn int8_weights(&self, scope: &str, mm: &NodeProto, n_in: usize, n_out: usize) -> Result<Weights> {
        if mm.op_type != "MatMulInteger" || mm.input.len() < 2 {
            return Err(self.err(format!("`{}` is not a MatMulInteger", mm.name)));
        }
        let (signed, shape, bytes) = self.init_bytes(&mm.input[1])?;
        if shape != [n_in, n_out] {
            return Err(self.err(format!("`{}` weight has shape {shape:?}, expected [{n_in}, {n_out}]", mm.name)));
        }
        let zero = match mm.input.get(3).filter(|s| !s.is_empty()) {
            Some(z) => {
                broadcast(self.f32s(&self.init(z)?, z)?, n_out).ok_or_else(|| self.err("bad weight zero point"))?
            }
            None => vec![0.0; n_out],
        };
        let scales_mul = self
            .node(&format!("{scope}/MatMul_quant_scales_mul"))
            .ok_or_else(|| self.err(format!("no `{scope}/MatMul_quant_scales_mul` node")))?;
        let scale = broadcast(self.f32s(&self.const_input(scales_mul)?, &scales_mul.name)?, n_out)
            .ok_or_else(|| self.err(format!("`{}` scale does not match {n_out} outputs", scales_mul.name)))?;
        let value = |i: usize| if signed { bytes[i] as i8 as i32 } else { bytes[i] as i32 };
        // Stored as `w - zero` when that fits in i8 (symmetric int8, reduce-range uint8); else
        // (uint8 over the full range) as `w - 128` with `zero_adj = 128 - zero` per output.
        let (mut lo, mut hi) = (vec![i32::MAX; n_out], vec![i32::MIN; n_out]);
        for i in 0..n_in {
            for o in 0..n_out {
                let v = value(i * n_out + o);
                lo[o] = lo[o].min(v);
                hi[o] = hi[o].max(v);
            }
        }
        let fits = (0..n_out).all(|o| {
            let z = zero[o] as i32;
            n_in == 0 || (lo[o] - z >= -128 && hi[o] - z <= 127)
        });
        if !fits && signed {
            return Err(self.err(format!("`{}`: int8 weights with zero points outside int8 range", mm.name)));
        }
        let offset: Vec<i32> = zero.iter().map(|&z| if fits { z as i32 } else { 128 }).collect();
        let zero_adj: Vec<i32> = if fits { Vec::new() } else { zero.iter().map(|&z| 128 - z as i32).collect() };
        // Straight from the file's `[n_in][n_out]` into output-major rows, or into the packed
        // panels, in cache-sized tiles.
        let packed = self.pack_i8 && super::kernels::packable(n_in, n_out);
        let len = if packed { super::kernels::packed_len(n_in, n_out) } else { n_in * n_out };
        let at = |o: usize, i: usize| if packed { super::kernels::packed_index(o, i, n_in) } else { o * n_in + i };
        let mut w = vec![0i8; len];
        let mut w_sums = vec![0i32; n_out];
        const TILE: usize = 64;
        for i0 in (0..n_in).step_by(TILE) {
            for o0 in (0..n_out).step_by(TILE) {
                for i in i0..(i0 + TILE).min(n_in) {
                    for o in o0..(o0 + TILE).min(n_out) {
                        let v = (value(i * n_out + o) - offset[o]) as i8;
                        w[at(o, i)] = v;
                        w_sums[o] += v as i32;
                    }
                }
            }
        }
        drop(bytes);
        // Σ (w − zero) = Σ stored + n_in · zero_adj.
        let row_sums: Vec<i32> =
            (0..n_out).map(|o| w_sums[o] + zero_adj.get(o).copied().unwrap_or(0) * n_in as i32).collect();
        Ok(Weights::I8 { w, scale, row_sums, zero_adj, w_sums, packed })
    }

    /// A `[rows, width]` table read by a Gather node (`{scope}/Gather`), dequantised when the
    /// export quantised it (Gather → DequantizeLinear).
    pub fn table(&self, scope: &str, rows: usize, width: usize) -> Result<Vec<f32>> {
        let g = self.node(&format!("{scope}/Gather")).ok_or_else(|| self.err(format!("no `{scope}/Gather` node")))?;
        let t = self.init(&g.input[0])?;
        if t.shape() != [rows, width] {
            return Err(self.err(format!("`{}` table has shape {:?}, expected [{rows}, {width}]", g.name, t.shape())));
        }
        let mut v = self.f32s(&t, &g.name)?;
        let dq = g
            .output
            .first()
            .and_then(|o| self.consumers.get(o))
            .into_iter()
            .flatten()
            .filter_map(|n| self.node(n))
            .find(|n| n.op_type == "DequantizeLinear");
        if let Some(dq) = dq {
            let (scale, zero) = self.per_tensor(dq)?;
            for x in v.iter_mut() {
                *x = (*x - zero) * scale;
            }
        }
        Ok(v)
    }

    /// The token embedding read by `{scope}/Gather`, in its stored precision, and the constant
    /// the result is multiplied by (`scale_embedding`; 1 when there is no such Mul). When
    /// `tied` holds the same table (tied embeddings exported into both files) it is returned
    /// instead of a copy, an f32 table compared from the file without being read into memory.
    pub fn embedding_tied(
        &self,
        scope: &str,
        rows: usize,
        width: usize,
        tied: Option<&Arc<RawTable>>,
    ) -> Result<(Arc<RawTable>, f32)> {
        let g = self.node(&format!("{scope}/Gather")).ok_or_else(|| self.err(format!("no `{scope}/Gather` node")))?;
        let mut out_name = g.output.first().cloned().unwrap_or_default();
        let next = |name: &str, op: &str| {
            self.consumers.get(name).into_iter().flatten().filter_map(|n| self.node(n)).find(|n| n.op_type == op)
        };
        let check = |shape: &[usize]| {
            if shape != [rows, width] {
                return Err(self.err(format!("`{}` table has shape {shape:?}, expected [{rows}, {width}]", g.name)));
            }
            Ok(())
        };
        let table = if let Some(dq) = next(&out_name, "DequantizeLinear") {
            // Quantised table (uint8, per tensor): kept in its bytes, read without a copy.
            let (scale, zero) = self.per_tensor(dq)?;
            out_name = dq.output.first().cloned().unwrap_or_default();
            let (signed, shape, mut q) = self.init_bytes(&g.input[0])?;
            check(&shape)?;
            let mut zero = zero;
            if signed {
                for b in q.iter_mut() {
                    *b ^= 0x80;
                }
                zero += 128.0;
            }
            RawTable::U8 { q, zero, scale }
        } else if let Some(shared) = tied
            && let RawTable::F32(table) = &**shared
            && self.same_f32(&g.input[0], table, None)? == Some(true)
        {
            return Ok((shared.clone(), self.embedding_scale(&out_name)?));
        } else {
            let t = self.init(&g.input[0])?;
            check(t.shape())?;
            match t.datum_type() {
                DatumType::F16 => {
                    let v = t.try_as_plain_ram().map_err(|e| self.err(e.to_string()))?;
                    RawTable::F16(v.as_slice::<f16>().map_err(|e| self.err(e.to_string()))?.to_vec())
                }
                DatumType::U8 | DatumType::I8 => {
                    return Err(self.err(format!("`{}` reads 8-bit integers without a DequantizeLinear", g.name)));
                }
                _ => RawTable::F32(Arc::new(self.f32s(&t, &g.name)?)),
            }
        };
        let table = match tied.filter(|shared| ***shared == table) {
            Some(shared) => shared.clone(),
            None => Arc::new(table),
        };
        Ok((table, self.embedding_scale(&out_name)?))
    }

    /// `(scale, zero point)` of a per-tensor `DequantizeLinear` (tables are quantised per tensor).
    fn per_tensor(&self, dq: &NodeProto) -> Result<(f32, f32)> {
        let scale = self.f32s(&self.init(dq.input.get(1).map_or("", String::as_str))?, &dq.name)?;
        let zero = match dq.input.get(2).filter(|z| !z.is_empty()) {
            Some(z) => self.f32s(&self.init(z)?, &dq.name)?,
            None => vec![0.0],
        };
        match (scale.as_slice(), zero.as_slice()) {
            ([s], [z]) => Ok((*s, *z)),
            _ => Err(self.err(format!("`{}`: only per-tensor DequantizeLinear is read", dq.name))),
        }
    }

    /// The constant the embedding output `out_name` is multiplied by (`scale_embedding`; 1 when
    /// there is no such Mul).
    fn embedding_scale(&self, out_name: &str) -> Result<f32> {
        let next = |name: &str, op: &str| {
            self.consumers.get(name).into_iter().flatten().filter_map(|n| self.node(n)).find(|n| n.op_type == op)
        };
        let scale = match next(out_name, "Mul") {
            Some(mul) => {
                let c = self.f32s(&self.const_input(mul)?, &mul.name)?;
                if c.len() != 1 {
                    return Err(self.err(format!("`{}` is not a scalar embedding scale", mul.name)));
                }
                c[0]
            }
            None => 1.0,
        };
        Ok(scale)
    }

    /// `(weight, bias)` and epsilon of the layer norm in `scope`: a `LayerNormalization` node
    /// (opset ≥ 17), or the decomposition older exporters write (opset < 17: `ReduceMean`, `Sub`,
    /// `Pow`, `ReduceMean_1`, `Add` ε, `Sqrt`, `Div`, `Mul` weight, `Add_1` bias).
    pub fn layer_norm(&self, scope: &str, width: usize) -> Result<LayerNorm> {
        let (w, b, eps, name) = if let Some(n) = self.node(&format!("{scope}/LayerNormalization")) {
            let w = self.f32s(&self.init(&n.input[1])?, &n.name)?;
            let b = match n.input.get(2) {
                Some(b) => self.f32s(&self.init(b)?, &n.name)?,
                None => vec![0.0; width],
            };
            let eps = n.attribute.iter().find(|a| a.name == "epsilon").map_or(1e-5, |a| a.f);
            (w, b, eps, n.name.clone())
        } else if let (Some(_), Some(eps), Some(mul), Some(add)) = (
            self.node(&format!("{scope}/ReduceMean")),
            self.node(&format!("{scope}/Add")),
            self.node(&format!("{scope}/Mul")),
            self.node(&format!("{scope}/Add_1")),
        ) {
            let e = self.f32s(&self.const_input(eps)?, &eps.name)?;
            if e.len() != 1 {
                return Err(self.err(format!("`{}` is not a scalar epsilon", eps.name)));
            }
            let w = self.f32s(&self.const_input(mul)?, &mul.name)?;
            let b = self.f32s(&self.const_input(add)?, &add.name)?;
            (w, b, e[0], format!("{scope}/*"))
        } else {
            return Err(self.err(format!(
                "no `{scope}/LayerNormalization` node (nor its ReduceMean/Sub/Pow/Sqrt/Div/Mul/Add decomposition)"
            )));
        };
        if w.len() != width || b.len() != width {
            return Err(self.err(format!("`{name}` has {} weights, expected {width}", w.len())));
        }
        Ok(LayerNorm { w, b, eps })
    }

    /// The constant added to the logits (`final_logits_bias`), if any.
    pub fn logits_bias(&self, vocab: usize) -> Result<Vec<f32>> {
        match self.node("/Add") {
            Some(add) => {
                let b = self.f32s(&self.const_input(add)?, &add.name)?;
                broadcast(b, vocab).ok_or_else(|| self.err("final_logits_bias does not match vocab_size"))
            }
            None => Ok(vec![0.0; vocab]),
        }
    }

    /// Whether the graph has a node named `name`.
    pub fn has(&self, name: &str) -> bool {
        self.nodes.contains_key(name)
    }

    /// The dims of constant `name`, without reading its data.
    fn dims(&self, name: &str) -> Option<Vec<usize>> {
        let dims: Vec<i64> = match self.inits.borrow().get(name)? {
            Stored::File(i) => self.file.tensors[*i].dims()?.to_vec(),
            Stored::Proto(t) => t.dims.clone(),
        };
        dims.into_iter().map(|d| usize::try_from(d).ok()).collect()
    }

    /// The integer values of a small constant (a shape), `None` when it is not one.
    fn small_ints(&self, name: &str) -> Option<Vec<i64>> {
        if self.dims(name).is_some_and(|d| d.iter().product::<usize>() > 16) {
            return None;
        }
        let t = self.init(name).ok()?.cast_to::<i64>().ok()?.into_owned();
        Some(t.try_as_plain_ram().ok()?.as_slice::<i64>().ok()?.to_vec())
    }

    /// What the graph itself says about the stack under `scope` (each field where it says it).
    pub fn survey(&self, scope: &str) -> Survey {
        let l0 = format!("{scope}/layers.0");
        let layers = (0..=4096).take_while(|&n| self.has_layer(scope, n)).count();
        // Attention reshapes the projected q/k/v to `[…, heads, head_dim]` (or `[…, -1,
        // head_dim]`): the last element of the shape, a constant or the last input of a Concat.
        let mut head_dims = Vec::new();
        for n in self.nodes.values() {
            if n.op_type != "Reshape" || !n.name.starts_with(&format!("{l0}/self_attn/")) || n.input.len() < 2 {
                continue;
            }
            let from_proj = self
                .producers
                .get(&n.input[0])
                .is_some_and(|p| ["/q_proj/", "/k_proj/", "/v_proj/"].iter().any(|s| p.contains(s)));
            if !from_proj {
                continue;
            }
            let shape = &n.input[1];
            let last = if self.has_init(shape) {
                self.small_ints(shape).and_then(|v| v.last().copied())
            } else {
                self.producers
                    .get(shape)
                    .and_then(|p| self.node(p))
                    .filter(|c| c.op_type == "Concat")
                    .and_then(|c| c.input.last())
                    .and_then(|i| self.small_ints(i))
                    .and_then(|v| v.last().copied())
            };
            if let Some(hd) = last.and_then(|v| usize::try_from(v).ok()).filter(|&v| v > 0) {
                head_dims.push(hd);
            }
        }
        head_dims.sort_unstable();
        head_dims.dedup();
        let head_dim = match head_dims.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        let ops: HashSet<&str> = self
            .nodes
            .values()
            .filter(|n| n.name.starts_with(&format!("{l0}/activation_fn/")))
            .map(|n| n.op_type.as_str())
            .collect();
        let activation = if ops.contains("Relu") {
            Some(super::Activation::Relu)
        } else if ops.contains("Erf") {
            Some(super::Activation::Gelu)
        } else if ops.contains("Tanh") {
            Some(super::Activation::GeluTanh)
        } else if ops.contains("Sigmoid") {
            Some(super::Activation::Swish)
        } else {
            None
        };
        let table = |name: &str| {
            self.node(&format!("{scope}/{name}/Gather"))
                .and_then(|g| g.input.first())
                .and_then(|i| self.dims(i))
                .filter(|d| d.len() == 2)
                .map(|d| (d[0], d[1]))
        };
        let ffn = self
            .node(&format!("{l0}/fc1/Add"))
            .and_then(|a| a.input.iter().find(|i| self.has_init(i)))
            .and_then(|b| self.dims(b))
            .and_then(|d| d.last().copied());
        Survey {
            layers,
            head_dim,
            activation,
            positions: table("embed_positions"),
            embedding: table("embed_tokens").or_else(|| table("shared")),
            ffn,
        }
    }
}

/// The architecture a graph shows, where it shows it (see [`Graph::survey`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Survey {
    /// `layers.N` scopes.
    pub layers: usize,
    /// The last dim of the attention reshapes.
    pub head_dim: Option<usize>,
    /// From the operators under `layers.0/activation_fn`.
    pub activation: Option<super::Activation>,
    /// `[rows, width]` of the position table.
    pub positions: Option<(usize, usize)>,
    /// `[rows, width]` of the token embedding.
    pub embedding: Option<(usize, usize)>,
    /// Length of the first feed-forward bias.
    pub ffn: Option<usize>,
}

/// An embedding table as stored in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum RawTable {
    /// float32 rows.
    F32(Arc<Vec<f32>>),
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

/// One attention block: projections and the post-norm that follows its residual.
#[derive(Debug, Clone)]
pub struct Attention {
    /// Query projection.
    pub q: Linear,
    /// Key projection.
    pub k: Linear,
    /// Value projection.
    pub v: Linear,
    /// Output projection.
    pub o: Linear,
    /// Layer norm after the residual.
    pub norm: LayerNorm,
}

impl Attention {
    /// The four projections.
    pub fn linears_mut(&mut self) -> [&mut Linear; 4] {
        [&mut self.q, &mut self.k, &mut self.v, &mut self.o]
    }
}

impl FeedForward {
    /// The two projections.
    pub fn linears_mut(&mut self) -> [&mut Linear; 2] {
        [&mut self.fc1, &mut self.fc2]
    }
}

/// One feed-forward block: `fc2(act(fc1(x)))` and the post-norm after its residual.
#[derive(Debug, Clone)]
pub struct FeedForward {
    /// `d_model → ffn`.
    pub fc1: Linear,
    /// `ffn → d_model`.
    pub fc2: Linear,
    /// Layer norm after the residual.
    pub norm: LayerNorm,
}

impl Attention {
    /// Bytes of weight storage.
    pub fn weight_bytes(&self) -> usize {
        [&self.q, &self.k, &self.v, &self.o].iter().map(|l| l.weight_bytes()).sum()
    }
}

impl FeedForward {
    /// Bytes of weight storage.
    pub fn weight_bytes(&self) -> usize {
        self.fc1.weight_bytes() + self.fc2.weight_bytes()
    }
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

/// `[rows][cols]` → `[cols][rows]`, in 64×64 tiles so that reads and writes both stay in cache.
fn transpose<T: Copy + Default>(src: &[T], rows: usize, cols: usize) -> Vec<T> {
    const TILE: usize = 64;
    let mut out = vec![T::default(); src.len()];
    for r0 in (0..rows).step_by(TILE) {
        for c0 in (0..cols).step_by(TILE) {
            for r in r0..(r0 + TILE).min(rows) {
                for c in c0..(c0 + TILE).min(cols) {
                    out[c * rows + r] = src[r * cols + c];
                }
            }
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
