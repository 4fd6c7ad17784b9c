//! The native decoder engine: our own per-token decoder step over weights taken out of
//! `decoder_model*.onnx`, with every buffer sized once per sentence (llama2.c's RunState) and
//! no heap allocation per token.
//!
//! Covered: Marian (post-norm, sinusoidal positions from the exported table, scaled
//! embeddings, swish/gelu/relu) in f32, fp16 and onnxruntime-int8 (per-channel and per-tensor
//! `quantize_dynamic`) exports. Other graphs are refused with an error naming the node that is
//! missing, and the tract backend stays available.
//!
//! int8 follows onnxruntime's `DynamicQuantizeLinear` + `MatMulInteger` exactly: activations
//! are quantised to uint8 over the whole `[beams, width]` tensor (round half to even), products
//! accumulate in i32, and `acc × (activation_scale × weight_scale)` is the output.

pub mod kernels;
pub mod weights;

use crate::error::{Error, Result};
use crate::model::{ModelConfig, OnnxSource};
use crate::search::StepModel;
use kernels::Kernels;
use weights::{Graph, LayerNorm, Linear, RawTable as Table, Weights};

/// Feed-forward activation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    /// `x·σ(x)` (Marian's "swish", "silu").
    Swish,
    /// Exact (erf) GELU.
    Gelu,
    /// tanh-approximated GELU ("gelu_new", "gelu_pytorch_tanh").
    GeluTanh,
    /// ReLU.
    Relu,
}

impl Activation {
    fn parse(s: &str) -> Option<Activation> {
        Some(match s {
            "swish" | "silu" => Activation::Swish,
            "gelu" => Activation::Gelu,
            "gelu_new" | "gelu_pytorch_tanh" | "gelu_fast" => Activation::GeluTanh,
            "relu" => Activation::Relu,
            _ => return None,
        })
    }

    #[inline]
    fn apply(self, x: f32) -> f32 {
        match self {
            Activation::Swish => x / (1.0 + (-x).exp()),
            Activation::Gelu => 0.5 * x * (1.0 + erf(x / std::f32::consts::SQRT_2)),
            Activation::GeluTanh => 0.5 * x * (1.0 + (0.797_884_6 * (x + 0.044_715 * x * x * x)).tanh()),
            Activation::Relu => x.max(0.0),
        }
    }
}

/// erf with |error| < 1.2e-7 (Numerical Recipes' erfc Chebyshev fit).
fn erf(x: f32) -> f32 {
    let z = (x as f64).abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    (if x >= 0.0 { 1.0 - r } else { r - 1.0 }) as f32
}

#[derive(Debug, Clone)]
struct Layer {
    self_q: Linear,
    self_k: Linear,
    self_v: Linear,
    self_o: Linear,
    self_ln: LayerNorm,
    cross_q: Linear,
    cross_k: Linear,
    cross_v: Linear,
    cross_o: Linear,
    cross_ln: LayerNorm,
    fc1: Linear,
    fc2: Linear,
    final_ln: LayerNorm,
}

/// Decoder weights and dimensions.
pub struct NativeModel {
    d: usize,
    heads: usize,
    head_dim: usize,
    ffn: usize,
    vocab: usize,
    max_positions: usize,
    embed: Table,
    embed_scale: f32,
    positions: Vec<f32>,
    layers: Vec<Layer>,
    lm_head: Linear,
    logits_bias: Vec<f32>,
    act: Activation,
    kernels: &'static Kernels,
}

impl std::fmt::Debug for NativeModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeModel")
            .field("d_model", &self.d)
            .field("layers", &self.layers.len())
            .field("heads", &self.heads)
            .field("ffn", &self.ffn)
            .field("vocab", &self.vocab)
            .field("activation", &self.act)
            .field("kernels", &self.kernels.name)
            .field("weight_bytes", &self.weight_bytes())
            .finish()
    }
}

impl NativeModel {
    /// Extracts the decoder from `decoder_model*.onnx` and checks it against `config.json`.
    pub fn load(src: &OnnxSource, cfg: &ModelConfig) -> Result<NativeModel> {
        let g = Graph::load(src)?;
        let path = src.label();
        let unsupported = |m: String| Error::Graph { path: path.clone(), message: m };
        let act = Activation::parse(&cfg.activation_function)
            .ok_or_else(|| unsupported(format!("activation {:?} is not supported", cfg.activation_function)))?;
        if !cfg.model_type.is_empty() && cfg.model_type != "marian" {
            return Err(unsupported(format!("model_type {:?}: the native engine covers Marian", cfg.model_type)));
        }
        let d = cfg.d_model;
        let heads = cfg.decoder_attention_heads;
        let ffn = if cfg.decoder_ffn_dim > 0 { cfg.decoder_ffn_dim } else { 4 * d };
        let vocab = cfg.vocab_size;
        let mut layers = Vec::with_capacity(cfg.decoder_layers);
        for l in 0..cfg.decoder_layers {
            let s = format!("/model/decoder/layers.{l}");
            layers.push(Layer {
                self_q: g.linear(&format!("{s}/self_attn/q_proj"), d, d)?,
                self_k: g.linear(&format!("{s}/self_attn/k_proj"), d, d)?,
                self_v: g.linear(&format!("{s}/self_attn/v_proj"), d, d)?,
                self_o: g.linear(&format!("{s}/self_attn/out_proj"), d, d)?,
                self_ln: g.layer_norm(&format!("{s}/self_attn_layer_norm"), d)?,
                cross_q: g.linear(&format!("{s}/encoder_attn/q_proj"), d, d)?,
                cross_k: g.linear(&format!("{s}/encoder_attn/k_proj"), d, d)?,
                cross_v: g.linear(&format!("{s}/encoder_attn/v_proj"), d, d)?,
                cross_o: g.linear(&format!("{s}/encoder_attn/out_proj"), d, d)?,
                cross_ln: g.layer_norm(&format!("{s}/encoder_attn_layer_norm"), d)?,
                fc1: g.linear(&format!("{s}/fc1"), d, ffn)?,
                fc2: g.linear(&format!("{s}/fc2"), ffn, d)?,
                final_ln: g.layer_norm(&format!("{s}/final_layer_norm"), d)?,
            });
        }
        if g.has(&format!("/model/decoder/layers.{}/self_attn/q_proj/MatMul", cfg.decoder_layers))
            || g.has(&format!("/model/decoder/layers.{}/self_attn/q_proj/MatMul_quant", cfg.decoder_layers))
        {
            return Err(unsupported(format!(
                "the graph has more decoder layers than config.json's {}",
                cfg.decoder_layers
            )));
        }
        if g.has("/model/decoder/layernorm_embedding/LayerNormalization")
            || g.has("/model/decoder/layer_norm/LayerNormalization")
        {
            return Err(unsupported(
                "pre-norm / embedding layer-norm decoders (BART, mBART, NLLB) are not covered by the native engine yet"
                    .into(),
            ));
        }
        let (embed, embed_scale) = embedding(&g, vocab, d)?;
        let positions = g.table("/model/decoder/embed_positions", cfg.max_position_embeddings, d)?;
        let lm_head = g.linear("/lm_head", d, vocab)?;
        let logits_bias = g.logits_bias(vocab)?;
        Ok(NativeModel {
            d,
            heads,
            head_dim: d / heads,
            ffn,
            vocab,
            max_positions: cfg.max_position_embeddings,
            embed,
            embed_scale,
            positions,
            layers,
            lm_head,
            logits_bias,
            act,
            kernels: kernels::best(),
        })
    }

    /// Uses `k` instead of the detected kernels (tests, benchmarks).
    pub fn set_kernels(&mut self, k: &'static Kernels) {
        self.kernels = k;
    }

    /// The kernels in use.
    pub fn kernels(&self) -> &'static Kernels {
        self.kernels
    }

    /// Bytes of weights held.
    pub fn weight_bytes(&self) -> usize {
        let lin: usize = self
            .layers
            .iter()
            .flat_map(|l| {
                [
                    &l.self_q, &l.self_k, &l.self_v, &l.self_o, &l.cross_q, &l.cross_k, &l.cross_v, &l.cross_o, &l.fc1,
                    &l.fc2,
                ]
            })
            .map(Linear::weight_bytes)
            .sum();
        let table = match &self.embed {
            Table::F32(v) => v.len() * 4,
            Table::F16(v) => v.len() * 2,
            Table::U8 { q, .. } => q.len(),
        };
        lin + table + self.lm_head.weight_bytes() + self.positions.len() * 4
    }

    /// Logits per step.
    pub fn vocab_size(&self) -> usize {
        self.vocab
    }

    /// Starts a sentence: allocates the run state for `beams` beams and up to `max_length`
    /// decoder positions, and computes the cross-attention keys/values of `hidden`
    /// (`[src_len, d_model]`, the encoder output) once.
    pub fn session(&self, hidden: &[f32], beams: usize, max_length: usize) -> Result<NativeSession<'_>> {
        if hidden.is_empty() || !hidden.len().is_multiple_of(self.d) {
            return Err(Error::Inference(format!(
                "encoder output of {} values is not a multiple of {}",
                hidden.len(),
                self.d
            )));
        }
        if max_length > self.max_positions + 1 {
            return Err(Error::InvalidOptions(format!(
                "max_length {max_length} exceeds {} positions",
                self.max_positions
            )));
        }
        let src = hidden.len() / self.d;
        let mut s = NativeSession::new(self, beams, max_length.max(1), src);
        s.cross_kv(hidden);
        Ok(s)
    }
}

fn embedding(g: &Graph, vocab: usize, d: usize) -> Result<(Table, f32)> {
    g.embedding("/model/decoder/shared", vocab, d).or_else(|_| g.embedding("/model/decoder/embed_tokens", vocab, d))
}

/// Per-sentence decoding state: every buffer a step needs, sized once.
pub struct NativeSession<'m> {
    m: &'m NativeModel,
    beams: usize,
    max_len: usize,
    src: usize,
    pos: usize,
    x: Vec<f32>,
    tmp: Vec<f32>,
    q: Vec<f32>,
    k: Vec<f32>,
    v: Vec<f32>,
    att: Vec<f32>,
    hidden: Vec<f32>,
    scores: Vec<f32>,
    /// `[layer][beam][head][position][head_dim]`.
    k_cache: Vec<f32>,
    v_cache: Vec<f32>,
    /// One layer of self-attention cache, for beam reordering.
    reorder_tmp: Vec<f32>,
    /// `[layer][head][source position][head_dim]`, shared by all beams.
    cross_k: Vec<f32>,
    cross_v: Vec<f32>,
    /// Quantised activations (int8 models).
    qbuf: Vec<i8>,
}

impl std::fmt::Debug for NativeSession<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeSession")
            .field("beams", &self.beams)
            .field("max_len", &self.max_len)
            .field("src", &self.src)
            .field("pos", &self.pos)
            .field("state_bytes", &self.state_bytes())
            .finish()
    }
}

impl<'m> NativeSession<'m> {
    fn new(m: &'m NativeModel, beams: usize, max_len: usize, src: usize) -> NativeSession<'m> {
        let (b, d, l, h, hd) = (beams, m.d, m.layers.len(), m.heads, m.head_dim);
        let rows = b.max(src);
        NativeSession {
            m,
            beams,
            max_len,
            src,
            pos: 0,
            x: vec![0.0; b * d],
            tmp: vec![0.0; rows * d],
            q: vec![0.0; b * d],
            k: vec![0.0; b * d],
            v: vec![0.0; b * d],
            att: vec![0.0; b * d],
            hidden: vec![0.0; b * m.ffn],
            scores: vec![0.0; max_len.max(src)],
            k_cache: vec![0.0; l * b * h * max_len * hd],
            v_cache: vec![0.0; l * b * h * max_len * hd],
            reorder_tmp: vec![0.0; b * h * max_len * hd],
            cross_k: vec![0.0; l * h * src * hd],
            cross_v: vec![0.0; l * h * src * hd],
            qbuf: vec![0; rows * d.max(m.ffn)],
        }
    }

    /// Bytes held by the run state.
    pub fn state_bytes(&self) -> usize {
        4 * (self.x.len()
            + self.tmp.len()
            + self.q.len()
            + self.k.len()
            + self.v.len()
            + self.att.len()
            + self.hidden.len()
            + self.scores.len()
            + self.k_cache.len()
            + self.v_cache.len()
            + self.reorder_tmp.len()
            + self.cross_k.len()
            + self.cross_v.len())
            + self.qbuf.len()
    }

    fn cross_kv(&mut self, hidden: &[f32]) {
        let m = self.m;
        let (h, hd, src, d) = (m.heads, m.head_dim, self.src, m.d);
        for (li, layer) in m.layers.iter().enumerate() {
            for (lin, dst) in [(&layer.cross_k, &mut self.cross_k), (&layer.cross_v, &mut self.cross_v)] {
                linear(m.kernels, lin, hidden, src, &mut self.tmp[..src * d], &mut self.qbuf);
                for s in 0..src {
                    for head in 0..h {
                        let from = &self.tmp[s * d + head * hd..][..hd];
                        dst[((li * h + head) * src + s) * hd..][..hd].copy_from_slice(from);
                    }
                }
            }
        }
    }
}

/// `out[r] = x[r] W + b` for `rows` rows.
fn linear(k: &Kernels, lin: &Linear, x: &[f32], rows: usize, out: &mut [f32], qbuf: &mut [i8]) {
    let (n_in, n_out) = (lin.n_in, lin.n_out);
    match &lin.w {
        Weights::F32(w) => {
            for r in 0..rows {
                let xr = &x[r * n_in..][..n_in];
                for (o, y) in out[r * n_out..][..n_out].iter_mut().enumerate() {
                    *y = (k.dot_f32)(xr, &w[o * n_in..][..n_in]);
                }
            }
        }
        Weights::F16(w) => {
            for r in 0..rows {
                let xr = &x[r * n_in..][..n_in];
                for (o, y) in out[r * n_out..][..n_out].iter_mut().enumerate() {
                    *y = (k.dot_f16)(xr, &w[o * n_in..][..n_in]);
                }
            }
        }
        Weights::I8 { w, scale, row_sums } => {
            let q = &mut qbuf[..rows * n_in];
            let (a_scale, zero) = quantize(&x[..rows * n_in], q);
            // a - zero = (a - 128) + (128 - zero): the kernel sees signed bytes.
            let shift = 128 - zero;
            for r in 0..rows {
                let qr = &q[r * n_in..][..n_in];
                for (o, y) in out[r * n_out..][..n_out].iter_mut().enumerate() {
                    let acc = (k.dot_i8)(qr, &w[o * n_in..][..n_in]) + shift * row_sums[o];
                    *y = acc as f32 * (a_scale * scale[o]);
                }
            }
        }
    }
    if let Some(b) = &lin.bias {
        for r in 0..rows {
            for (y, &bb) in out[r * n_out..][..n_out].iter_mut().zip(b) {
                *y += bb;
            }
        }
    }
}

/// onnxruntime's `DynamicQuantizeLinear` to uint8 over all of `x`, written as `q - 128` (i8).
/// Returns (scale, zero point).
fn quantize(x: &[f32], q: &mut [i8]) -> (f32, i32) {
    let (mut lo, mut hi) = (0f32, 0f32);
    for &v in x {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    let scale = (hi - lo) / 255.0;
    if scale == 0.0 || !scale.is_finite() {
        q.fill(-128);
        return (0.0, 0);
    }
    let zero = (0.0 - lo / scale).clamp(0.0, 255.0).round_ties_even() as i32;
    for (d, &v) in q.iter_mut().zip(x) {
        let u = ((v / scale).round_ties_even() + zero as f32).clamp(0.0, 255.0) as i32;
        *d = (u - 128) as i8;
    }
    (scale, zero)
}

/// Layer normalisation in the arithmetic of onnxruntime's CPU kernel (f32 sums of x and x²,
/// `(x - mean) / sqrt(E[x²] - mean² + eps) * w + b`), so that int8 activations quantised after
/// it fall on the same side of rounding ties as in onnxruntime.
fn layer_norm(ln: &LayerNorm, x: &mut [f32]) {
    let n = x.len() as f32;
    let (mut sum, mut sq) = (0f32, 0f32);
    for &v in x.iter() {
        sum += v;
        sq += v * v;
    }
    let mean = sum / n;
    let denom = (sq / n - mean * mean + ln.eps).sqrt();
    for ((v, w), b) in x.iter_mut().zip(&ln.w).zip(&ln.b) {
        *v = (*v - mean) / denom * w + b;
    }
}

/// Post-norm residual for every row (beam) of `x`: `x = layer_norm(x + sublayer_out)`.
fn add_and_norm(x: &mut [f32], sublayer_out: &[f32], ln: &LayerNorm) {
    let d = ln.w.len();
    for (row, out) in x.chunks_exact_mut(d).zip(sublayer_out.chunks_exact(d)) {
        for (xv, t) in row.iter_mut().zip(out) {
            *xv += t;
        }
        layer_norm(ln, row);
    }
}

/// One head of attention for one query: `out = softmax(q·kᵢ × scaling) · V` over the rows of
/// `keys` / `values` (`[len][head_dim]`, contiguous), with `scores` as scratch.
fn attend(k: &Kernels, q: &[f32], keys: &[f32], values: &[f32], scaling: f32, scores: &mut [f32], out: &mut [f32]) {
    let hd = q.len();
    for (s, key) in scores.iter_mut().zip(keys.chunks_exact(hd)) {
        *s = (k.dot_f32)(q, key) * scaling;
    }
    softmax(scores);
    out.fill(0.0);
    for (&w, v) in scores.iter().zip(values.chunks_exact(hd)) {
        for (o, &vv) in out.iter_mut().zip(v) {
            *o += w * vv;
        }
    }
}

fn softmax(x: &mut [f32]) {
    let max = x.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in x.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    let inv = 1.0 / sum;
    for v in x.iter_mut() {
        *v *= inv;
    }
}

impl StepModel for NativeSession<'_> {
    fn vocab_size(&self) -> usize {
        self.m.vocab
    }

    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> Result<()> {
        let m = self.m;
        let k = m.kernels;
        let (b, d, h, hd, pos) = (self.beams, m.d, m.heads, m.head_dim, self.pos);
        if tokens.len() != b || logits.len() != b * m.vocab {
            return Err(Error::Inference(format!("{} tokens / {} logits for {b} beams", tokens.len(), logits.len())));
        }
        if pos >= self.max_len || pos >= m.max_positions {
            return Err(Error::Inference(format!("decoder position {pos} beyond the run state's {}", self.max_len)));
        }
        // Embedding × scale + position.
        let p = &m.positions[pos * d..][..d];
        for (bi, &t) in tokens.iter().enumerate() {
            let t = t as usize;
            if t >= m.vocab {
                return Err(Error::Inference(format!("token {t} outside the vocabulary")));
            }
            let x = &mut self.x[bi * d..][..d];
            match &m.embed {
                Table::F32(e) => x.copy_from_slice(&e[t * d..][..d]),
                Table::F16(e) => {
                    for (xv, ev) in x.iter_mut().zip(&e[t * d..][..d]) {
                        *xv = ev.to_f32();
                    }
                }
                Table::U8 { q, zero, scale } => {
                    for (xv, &ev) in x.iter_mut().zip(&q[t * d..][..d]) {
                        *xv = (ev as f32 - zero) * scale;
                    }
                }
            }
            for (xv, pv) in x.iter_mut().zip(p) {
                *xv = *xv * m.embed_scale + pv;
            }
        }
        let scaling = (hd as f32).powf(-0.5);
        let ml = self.max_len;
        for (li, layer) in m.layers.iter().enumerate() {
            // Self-attention over the cache, this position appended.
            linear(k, &layer.self_q, &self.x, b, &mut self.q, &mut self.qbuf);
            linear(k, &layer.self_k, &self.x, b, &mut self.k, &mut self.qbuf);
            linear(k, &layer.self_v, &self.x, b, &mut self.v, &mut self.qbuf);
            for bi in 0..b {
                for head in 0..h {
                    let base = ((li * b + bi) * h + head) * ml * hd;
                    let src = bi * d + head * hd;
                    self.k_cache[base + pos * hd..][..hd].copy_from_slice(&self.k[src..src + hd]);
                    self.v_cache[base + pos * hd..][..hd].copy_from_slice(&self.v[src..src + hd]);
                    let len = pos + 1;
                    attend(
                        k,
                        &self.q[src..src + hd],
                        &self.k_cache[base..base + len * hd],
                        &self.v_cache[base..base + len * hd],
                        scaling,
                        &mut self.scores[..len],
                        &mut self.att[src..src + hd],
                    );
                }
            }
            linear(k, &layer.self_o, &self.att, b, &mut self.tmp[..b * d], &mut self.qbuf);
            add_and_norm(&mut self.x[..b * d], &self.tmp[..b * d], &layer.self_ln);
            // Cross-attention over the precomputed encoder keys/values.
            linear(k, &layer.cross_q, &self.x, b, &mut self.q, &mut self.qbuf);
            let src_len = self.src;
            for bi in 0..b {
                for head in 0..h {
                    let base = (li * h + head) * src_len * hd;
                    let qo = bi * d + head * hd;
                    attend(
                        k,
                        &self.q[qo..qo + hd],
                        &self.cross_k[base..base + src_len * hd],
                        &self.cross_v[base..base + src_len * hd],
                        scaling,
                        &mut self.scores[..src_len],
                        &mut self.att[qo..qo + hd],
                    );
                }
            }
            linear(k, &layer.cross_o, &self.att, b, &mut self.tmp[..b * d], &mut self.qbuf);
            add_and_norm(&mut self.x[..b * d], &self.tmp[..b * d], &layer.cross_ln);
            // Feed-forward.
            linear(k, &layer.fc1, &self.x, b, &mut self.hidden, &mut self.qbuf);
            for v in self.hidden.iter_mut() {
                *v = m.act.apply(*v);
            }
            linear(k, &layer.fc2, &self.hidden, b, &mut self.tmp[..b * d], &mut self.qbuf);
            add_and_norm(&mut self.x[..b * d], &self.tmp[..b * d], &layer.final_ln);
        }
        linear(k, &m.lm_head, &self.x, b, logits, &mut self.qbuf);
        for bi in 0..b {
            for (l, &bias) in logits[bi * m.vocab..][..m.vocab].iter_mut().zip(&m.logits_bias) {
                *l += bias;
            }
        }
        self.pos += 1;
        Ok(())
    }

    fn reorder(&mut self, parents: &[usize]) -> Result<()> {
        if parents.len() != self.beams || parents.iter().any(|&p| p >= self.beams) {
            return Err(Error::Inference("bad beam parents".into()));
        }
        if parents.iter().enumerate().all(|(i, &p)| i == p) {
            return Ok(());
        }
        let (b, h, hd, ml) = (self.beams, self.m.heads, self.m.head_dim, self.max_len);
        let filled = self.pos * hd;
        let beam_block = h * ml * hd;
        for cache in [&mut self.k_cache, &mut self.v_cache] {
            for li in 0..self.m.layers.len() {
                let layer = &mut cache[li * b * beam_block..][..b * beam_block];
                for (dst, &p) in parents.iter().enumerate() {
                    for head in 0..h {
                        let from = p * beam_block + head * ml * hd;
                        let to = dst * beam_block + head * ml * hd;
                        self.reorder_tmp[to..to + filled].copy_from_slice(&layer[from..from + filled]);
                    }
                }
                for dst in 0..b {
                    for head in 0..h {
                        let at = dst * beam_block + head * ml * hd;
                        layer[at..at + filled].copy_from_slice(&self.reorder_tmp[at..at + filled]);
                    }
                }
            }
        }
        Ok(())
    }
}
