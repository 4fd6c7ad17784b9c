//! The tract backend: loads the three ONNX graphs, runs the encoder, and runs decoder steps over
//! `past_key_values` / `present` tensors as a [`StepModel`].
//!
//! Loading follows what was measured on this model family: value_info in the files is ignored
//! (Optimum writes stale shapes), inputs get facts with symbolic batch, source and past lengths
//! (one optimisation serves every sentence), and after `into_optimized` every node whose inputs
//! are all constant is evaluated once, whatever its size. Without that last pass tract keeps
//! constants over its 4 MiB fold budget live, so the tied lm_head weight (shared with the
//! embedding) is re-packed on every step.

use std::path::Path;
use std::sync::Arc;

use tract_onnx::prelude::*;
use tract_onnx::tract_core::ops::konst::Const;
use tract_onnx::tract_core::ops::source::TypedSource;

use super::{ModelConfig, OnnxSource};
use crate::error::{Error, Result};
use crate::search::StepModel;

type Plan = Arc<TypedRunnableModel>;

/// How to load the graphs.
#[derive(Debug, Clone, Copy)]
pub struct TractOptions {
    /// Fold constant subgraphs of any size after optimisation (default on; off only to measure
    /// what it saves).
    pub fold_large_constants: bool,
}

impl Default for TractOptions {
    fn default() -> Self {
        TractOptions { fold_large_constants: true }
    }
}

/// Index of each named input/output of the two decoder graphs.
#[derive(Debug, Clone)]
struct DecoderIo {
    input_ids: usize,
    encoder_attention_mask: usize,
    /// decoder_model only.
    encoder_hidden_states: Option<usize>,
    /// decoder_with_past only: `[layer][decoder.key, decoder.value, encoder.key, encoder.value]`.
    past: Vec<[usize; 4]>,
    logits: usize,
    /// `[layer][decoder.key, decoder.value, encoder.key?, encoder.value?]`.
    present: Vec<[Option<usize>; 4]>,
}

const KV_NAMES: [&str; 4] = ["decoder.key", "decoder.value", "encoder.key", "encoder.value"];

#[derive(Debug)]
struct Decoders {
    decoder: Plan,
    decoder_io: DecoderIo,
    decoder_with_past: Plan,
    with_past_io: DecoderIo,
}

/// The optimised tract plans of a model: the encoder unless the native engine encodes, and the
/// two decoder graphs unless the native engine decodes.
#[derive(Debug)]
pub struct TractModel {
    /// `None` when another backend encodes.
    encoder: Option<(Plan, (usize, usize))>,
    /// `None` when another backend decodes (only the encoder is loaded then).
    decoders: Option<Decoders>,
    d_model: usize,
    vocab_size: usize,
    layers: usize,
    /// Constant nodes folded after optimisation, per graph (encoder, decoder, with-past).
    pub folded_nodes: [usize; 3],
}

fn names_in(model: &InferenceModel) -> Result<Vec<String>, String> {
    let outlets = model.input_outlets().map_err(|e| e.to_string())?;
    Ok(outlets.iter().map(|o| model.node(o.node).name.clone()).collect())
}

fn output_names(model: &InferenceModel) -> Result<Vec<String>, String> {
    let outlets = model.output_outlets().map_err(|e| e.to_string())?;
    Ok(outlets
        .iter()
        .map(|o| model.outlet_label(*o).map(str::to_string).unwrap_or_else(|| model.node(o.node).name.clone()))
        .collect())
}

fn find(names: &[String], name: &str) -> Result<usize, String> {
    names.iter().position(|n| n == name).ok_or_else(|| format!("no `{name}` (has {names:?})"))
}

/// Evaluates every node whose inputs are all constants and replaces it by a constant, whatever
/// the size (tract's own pass stops at 4 MiB). Returns how many nodes were folded.
fn fold_constants(model: &mut TypedModel) -> TractResult<usize> {
    let mut folded = 0;
    'outer: loop {
        for id in model.eval_order()? {
            let patch = {
                let node = &model.nodes[id];
                if node.inputs.is_empty() || node.op_is::<Const>() || node.op_is::<TypedSource>() {
                    continue;
                }
                let facts = model.node_input_facts(id)?;
                let Some(inputs) = facts.iter().map(|f| f.konst.clone().map(|k| k.into_tvalue())).collect() else {
                    continue;
                };
                let Ok(Some(outputs)) = node.op.eval_out_of_plan(inputs) else {
                    continue;
                };
                let mut patch = TypedModelPatch::default();
                for (ix, output) in outputs.into_iter().enumerate() {
                    let outlet = OutletId::new(id, ix);
                    let exotic = model.outlet_fact(outlet)?.exotic_fact.clone();
                    let name = format!("{}.folded{ix}", node.name);
                    let konst = Const::new_with_opt_exotic_fact(output.into_arc_tensor(), exotic)?;
                    let wire = patch.wire_node(name, konst, &[])?[0];
                    patch.shunt_outside(model, outlet, wire)?;
                }
                patch
            };
            patch.apply(model)?;
            folded += 1;
            continue 'outer;
        }
        break;
    }
    model.compact()?;
    Ok(folded)
}

fn load_graph(
    src: &OnnxSource,
    facts: impl Fn(&[String], &mut SymbolScope) -> Result<Vec<InferenceFact>, String>,
    opts: &TractOptions,
) -> Result<(Plan, Vec<String>, Vec<String>, usize)> {
    let path = &src.label();
    let mut model = src.inference_model()?;
    let ins = names_in(&model).map_err(|m| Error::Graph { path: path.into(), message: m })?;
    let outs = output_names(&model).map_err(|m| Error::Graph { path: path.into(), message: m })?;
    let mut symbols = model.symbols.clone();
    let input_facts = facts(&ins, &mut symbols).map_err(|m| Error::Graph { path: path.into(), message: m })?;
    for (ix, f) in input_facts.into_iter().enumerate() {
        model.set_input_fact(ix, f).map_err(|e| Error::onnx(path, e))?;
    }
    let mut typed = model.into_optimized().map_err(|e| Error::onnx(path, e))?;
    let folded =
        if opts.fold_large_constants { fold_constants(&mut typed).map_err(|e| Error::onnx(path, e))? } else { 0 };
    let plan = typed.into_runnable().map_err(|e| Error::onnx(path, e))?;
    Ok((plan, ins, outs, folded))
}

/// tract's AVX/AVX-512 kernels can return with the upper halves of the vector registers dirty;
/// the SSE code that follows (search, libm's `expf` calls) then pays a state-transition penalty
/// on every instruction: measured here as 0.9 ms of search overhead per token instead of 0.03.
/// `vzeroupper` after each tract run clears that state.
#[inline]
fn clear_upper_simd_state() {
    #[cfg(target_arch = "x86_64")]
    {
        #[target_feature(enable = "avx")]
        unsafe fn zeroupper() {
            std::arch::x86_64::_mm256_zeroupper();
        }
        if std::arch::is_x86_feature_detected!("avx") {
            // SAFETY: the CPU supports AVX (checked just above).
            unsafe { zeroupper() }
        }
    }
}

fn graph_err(p: &Path) -> impl Fn(String) -> Error + '_ {
    move |m| Error::Graph { path: p.to_path_buf(), message: m }
}

fn i64_fact(shape: Vec<TDim>) -> InferenceFact {
    InferenceFact::dt_shape(i64::datum_type(), shape)
}

fn f32_fact(shape: Vec<TDim>) -> InferenceFact {
    InferenceFact::dt_shape(f32::datum_type(), shape)
}

impl TractModel {
    /// Loads and optimises the encoder and the two decoder graphs (`decoder_model`,
    /// `decoder_with_past_model`), each when given.
    pub fn load(
        encoder: Option<&OnnxSource>,
        decoders: Option<(&OnnxSource, &OnnxSource)>,
        cfg: &ModelConfig,
        opts: &TractOptions,
    ) -> Result<TractModel> {
        let (d, heads, layers) = (cfg.d_model, cfg.decoder_attention_heads, cfg.decoder_layers);
        let head_dim = d / heads;
        let (encoder, f0) = match encoder {
            Some(encoder) => {
                let enc_path = encoder.label();
                let (plan, enc_in, _, f0) = load_graph(
                    encoder,
                    |names, sym| {
                        let s = sym.sym("S");
                        let shape = vec![1.to_dim(), s.to_dim()];
                        names
                            .iter()
                            .map(|n| match n.as_str() {
                                "input_ids" | "attention_mask" => Ok(i64_fact(shape.clone())),
                                other => Err(format!("unexpected encoder input `{other}`")),
                            })
                            .collect()
                    },
                    opts,
                )?;
                let inputs = (
                    find(&enc_in, "input_ids").map_err(graph_err(&enc_path))?,
                    find(&enc_in, "attention_mask").map_err(graph_err(&enc_path))?,
                );
                (Some((plan, inputs)), f0)
            }
            None => (None, 0),
        };

        let kv_fact =
            |b: &Symbol, len: &Symbol| f32_fact(vec![b.to_dim(), heads.to_dim(), len.to_dim(), head_dim.to_dim()]);
        let decoder_facts = |names: &[String], sym: &mut SymbolScope| -> Result<Vec<InferenceFact>, String> {
            let (b, s, p) = (sym.sym("B"), sym.sym("S"), sym.sym("P"));
            names
                .iter()
                .map(|n| {
                    Ok(match n.as_str() {
                        "input_ids" => i64_fact(vec![b.to_dim(), 1.to_dim()]),
                        "encoder_attention_mask" => i64_fact(vec![b.to_dim(), s.to_dim()]),
                        "encoder_hidden_states" => f32_fact(vec![b.to_dim(), s.to_dim(), d.to_dim()]),
                        n if n.starts_with("past_key_values.") && n.contains(".decoder.") => kv_fact(&b, &p),
                        n if n.starts_with("past_key_values.") && n.contains(".encoder.") => kv_fact(&b, &s),
                        other => return Err(format!("unexpected decoder input `{other}`")),
                    })
                })
                .collect()
        };
        let (decoders, f1, f2) = if let Some((dec_src, wp_src)) = decoders {
            let dec_path = dec_src.label();
            let (decoder, dec_in, dec_out, f1) = load_graph(dec_src, decoder_facts, opts)?;
            let decoder_io = Self::io(&dec_in, &dec_out, layers, false).map_err(graph_err(&dec_path))?;
            let wp_path = wp_src.label();
            let (decoder_with_past, wp_in, wp_out, f2) = load_graph(wp_src, decoder_facts, opts)?;
            let with_past_io = Self::io(&wp_in, &wp_out, layers, true).map_err(graph_err(&wp_path))?;
            (Some(Decoders { decoder, decoder_io, decoder_with_past, with_past_io }), f1, f2)
        } else {
            (None, 0, 0)
        };
        Ok(TractModel { encoder, decoders, d_model: d, vocab_size: cfg.vocab_size, layers, folded_nodes: [f0, f1, f2] })
    }

    fn io(ins: &[String], outs: &[String], layers: usize, with_past: bool) -> Result<DecoderIo, String> {
        let mut past = Vec::new();
        let mut present = Vec::new();
        for l in 0..layers {
            if with_past {
                let mut p = [0; 4];
                for (k, name) in KV_NAMES.iter().enumerate() {
                    p[k] = find(ins, &format!("past_key_values.{l}.{name}"))?;
                }
                past.push(p);
            }
            let mut p = [None; 4];
            for (k, name) in KV_NAMES.iter().enumerate() {
                let r = find(outs, &format!("present.{l}.{name}"));
                p[k] = match (r, k < 2 || !with_past) {
                    (Ok(ix), _) => Some(ix),
                    (Err(e), true) => return Err(e),
                    (Err(_), false) => None,
                };
            }
            present.push(p);
        }
        if ins.iter().filter(|n| n.starts_with("past_key_values.")).count() != past.len() * 4 {
            return Err(format!(
                "the graph has past_key_values inputs for a different layer count than config.json's {layers}"
            ));
        }
        Ok(DecoderIo {
            input_ids: find(ins, "input_ids")?,
            encoder_attention_mask: find(ins, "encoder_attention_mask")?,
            encoder_hidden_states: if with_past { None } else { Some(find(ins, "encoder_hidden_states")?) },
            past,
            logits: find(outs, "logits")?,
            present,
        })
    }

    /// Logits per decoder step.
    pub fn vocab_size(&self) -> usize {
        self.vocab_size
    }

    /// Whether the encoder graph was loaded (it is not when the native engine encodes).
    pub fn has_encoder(&self) -> bool {
        self.encoder.is_some()
    }

    /// Runs the encoder on one sentence's ids: hidden states `[len][d_model]`.
    pub fn encode(&self, ids: &[u32]) -> Result<Vec<f32>> {
        let Some((encoder, encoder_inputs)) = &self.encoder else {
            return Err(Error::InvalidOptions(
                "this model was loaded with the native encoder: no tract encoder".into(),
            ));
        };
        let n = ids.len();
        let ids64: Vec<i64> = ids.iter().map(|&i| i as i64).collect();
        let t_ids = Tensor::from_shape(&[1, n], &ids64).map_err(Error::inference)?.into_tvalue();
        let t_mask = Tensor::from_shape(&[1, n], &vec![1i64; n]).map_err(Error::inference)?.into_tvalue();
        let inputs = if encoder_inputs.0 == 0 { tvec![t_ids, t_mask] } else { tvec![t_mask, t_ids] };
        let out = encoder.run(inputs);
        clear_upper_simd_state();
        let mut out = out.map_err(Error::inference)?;
        let hidden = out.remove(0).into_tensor();
        if hidden.shape() != [1, n, self.d_model] {
            return Err(Error::Inference(format!("encoder output has shape {:?}", hidden.shape())));
        }
        let view = hidden.try_as_plain_ram().map_err(Error::inference)?;
        Ok(view.as_slice::<f32>().map_err(Error::inference)?.to_vec())
    }

    /// Starts decoding one sentence with `beams` beams over the encoder output `hidden`.
    /// `hidden` is `[src][d_model]`, from either encoder.
    pub fn session(&self, hidden: &[f32], beams: usize) -> Result<TractSession<'_>> {
        if self.decoders.is_none() {
            return Err(Error::InvalidOptions(
                "this model was loaded for the native backend: no tract decoders".into(),
            ));
        }
        if hidden.is_empty() || !hidden.len().is_multiple_of(self.d_model) {
            return Err(Error::Inference(format!(
                "encoder output of {} values is not a multiple of {}",
                hidden.len(),
                self.d_model
            )));
        }
        let src = hidden.len() / self.d_model;
        let one = hidden;
        let tiled: Vec<f32> = (0..beams).flat_map(|_| one.iter().copied()).collect();
        let hidden = Tensor::from_shape(&[beams, src, self.d_model], &tiled).map_err(Error::inference)?;
        let mask = Tensor::from_shape(&[beams, src], &vec![1i64; beams * src]).map_err(Error::inference)?;
        Ok(TractSession { model: self, hidden: hidden.into_tvalue(), mask: mask.into_tvalue(), beams, past: None })
    }
}

/// Decoding state of one sentence on the tract backend: the encoder output tiled to the beams
/// and the `present` tensors of the last step.
#[derive(Debug)]
pub struct TractSession<'m> {
    model: &'m TractModel,
    hidden: TValue,
    mask: TValue,
    beams: usize,
    /// `[layer][decoder.key, decoder.value, encoder.key, encoder.value]`.
    past: Option<Vec<[TValue; 4]>>,
}

impl TractSession<'_> {
    fn gather_rows(t: &TValue, parents: &[usize]) -> Result<TValue> {
        let shape = t.shape().to_vec();
        let view = t.try_as_plain_ram().map_err(Error::inference)?;
        let data = view.as_slice::<f32>().map_err(Error::inference)?;
        let row = data.len() / shape[0].max(1);
        let mut out = Vec::with_capacity(data.len());
        for &p in parents {
            out.extend_from_slice(&data[p * row..(p + 1) * row]);
        }
        Ok(Tensor::from_shape(&shape, &out).map_err(Error::inference)?.into_tvalue())
    }
}

impl StepModel for TractSession<'_> {
    fn vocab_size(&self) -> usize {
        self.model.vocab_size
    }

    fn output_ids(&self) -> Option<&[u32]> {
        None
    }
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> Result<()> {
        let m = self.model;
        if tokens.len() != self.beams {
            return Err(Error::Inference(format!("{} tokens for {} beams", tokens.len(), self.beams)));
        }
        let ids: Vec<i64> = tokens.iter().map(|&t| t as i64).collect();
        let ids = Tensor::from_shape(&[self.beams, 1], &ids).map_err(Error::inference)?.into_tvalue();
        let dec = m.decoders.as_ref().ok_or_else(|| Error::Inference("tract decoders not loaded".into()))?;
        let (plan, io) = match &self.past {
            None => (&dec.decoder, &dec.decoder_io),
            Some(_) => (&dec.decoder_with_past, &dec.with_past_io),
        };
        let n_inputs = 2 + io.encoder_hidden_states.map_or(0, |_| 1) + io.past.len() * 4;
        let mut inputs: Vec<Option<TValue>> = vec![None; n_inputs];
        inputs[io.input_ids] = Some(ids);
        inputs[io.encoder_attention_mask] = Some(self.mask.clone());
        if let Some(ix) = io.encoder_hidden_states {
            inputs[ix] = Some(self.hidden.clone());
        }
        if let Some(past) = &self.past {
            for (l, slots) in io.past.iter().enumerate() {
                for (k, &slot) in slots.iter().enumerate() {
                    inputs[slot] = Some(past[l][k].clone());
                }
            }
        }
        let inputs: TVec<TValue> = inputs
            .into_iter()
            .collect::<Option<_>>()
            .ok_or_else(|| Error::Inference("decoder input left unset".into()))?;
        let outputs = plan.run(inputs);
        clear_upper_simd_state();
        let outputs = outputs.map_err(Error::inference)?;
        let lg = outputs[io.logits].try_as_plain_ram().map_err(Error::inference)?;
        let lg = lg.as_slice::<f32>().map_err(Error::inference)?;
        let v = m.vocab_size;
        if lg.len() != self.beams * v || logits.len() != lg.len() {
            return Err(Error::Inference(format!("logits of {} values for {} beams x {v}", lg.len(), self.beams)));
        }
        logits.copy_from_slice(lg);
        let mut next = Vec::with_capacity(m.layers);
        for l in 0..m.layers {
            let p = io.present[l];
            let get = |k: usize| -> Result<TValue> {
                match (p[k], &self.past) {
                    (Some(ix), _) => Ok(outputs[ix].clone()),
                    (None, Some(past)) => Ok(past[l][k].clone()),
                    (None, None) => Err(Error::Inference("decoder_model has no encoder present outputs".into())),
                }
            };
            next.push([get(0)?, get(1)?, get(2)?, get(3)?]);
        }
        self.past = Some(next);
        Ok(())
    }

    fn reorder(&mut self, parents: &[usize]) -> Result<()> {
        if parents.iter().enumerate().all(|(i, &p)| i == p) {
            return Ok(());
        }
        if let Some(past) = &mut self.past {
            for layer in past.iter_mut() {
                // Encoder keys/values are the same for every beam: only the self-attention cache moves.
                for t in layer.iter_mut().take(2) {
                    *t = Self::gather_rows(t, parents)?;
                }
            }
        }
        Ok(())
    }
}
