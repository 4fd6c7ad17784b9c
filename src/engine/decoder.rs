//! The native decoder: one step per generated token over the run state of a sentence
//! ([`NativeSession`], llama2.c's RunState), every buffer sized when the sentence starts, the
//! self-attention cache written in place, cross-attention keys/values computed once from the
//! encoder output. No heap allocation per token.

use super::kernels::{self, Kernels};
use super::layers::{
    ActBuf, Exec, add_and_norm, attend, attend_rows, embed, feed_forward, linear, split_heads, table_bytes,
};
use super::pool::Pool;
use std::sync::Arc;

use super::NativeEncoder;
use super::weights::{Attention, FeedForward, Linear, RawTable as Table, Weights};
use super::{Activation, open_stack};
use crate::error::{Error, Result};
use crate::model::{ModelConfig, OnnxSource};
use crate::search::StepModel;

#[derive(Debug, Clone)]
struct Layer {
    self_attn: Attention,
    cross_attn: Attention,
    ffn: FeedForward,
}

/// Decoder weights and dimensions.
pub struct NativeDecoder {
    d: usize,
    heads: usize,
    head_dim: usize,
    ffn: usize,
    vocab: usize,
    max_positions: usize,
    /// Shared with the encoder when both files hold the same table (tied embeddings).
    embed: Arc<Table>,
    embed_shared: bool,
    /// The lm_head's f32 rows are the embedding table's.
    lm_head_shared: bool,
    embed_scale: f32,
    positions: Vec<f32>,
    layers: Vec<Layer>,
    lm_head: Linear,
    logits_bias: Vec<f32>,
    act: Activation,
    kernels: &'static Kernels,
    /// Threads the large products are split across (shared with the other half of the model).
    pool: Option<Arc<Pool>>,
}

impl std::fmt::Debug for NativeDecoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeDecoder")
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

impl NativeDecoder {
    /// Extracts the decoder from `decoder_model*.onnx` (or `decoder_model_merged*.onnx`) and
    /// checks it against `config.json`. The parsed graph is dropped before this returns.
    pub fn load(src: &OnnxSource, cfg: &ModelConfig) -> Result<NativeDecoder> {
        Self::load_with(src, cfg, None)
    }

    /// As [`NativeDecoder::load`], holding the token embedding once when `encoder` has the same
    /// table (tied embeddings exported into both files).
    pub fn load_with(src: &OnnxSource, cfg: &ModelConfig, encoder: Option<&NativeEncoder>) -> Result<NativeDecoder> {
        let (g, scope, act) = open_stack(src, cfg, super::Stack::Decoder)?;
        let d = cfg.d_model;
        let heads = cfg.decoder_attention_heads;
        let ffn = if cfg.decoder_ffn_dim > 0 { cfg.decoder_ffn_dim } else { 4 * d };
        let vocab = cfg.vocab_size;
        // The largest tables first, while little else is held: the peak of loading is the
        // weights already copied plus one matrix on its way (and the embedding, when it equals
        // the encoder's, is dropped again at once).
        let shared = encoder.map(|e| e.embedding());
        let (embed, embed_scale) = g
            .embedding_tied(&format!("{scope}/shared"), vocab, d, shared)
            .or_else(|_| g.embedding_tied(&format!("{scope}/embed_tokens"), vocab, d, shared))?;
        let embed_shared = shared.is_some_and(|s| Arc::ptr_eq(s, &embed));
        super::release_freed_memory();
        // A tied f32 lm_head holds the embedding's rows: keep one copy of them.
        let tied = match &*embed {
            Table::F32(e) => Some(e),
            _ => None,
        };
        let lm_head = g.linear_tied("/lm_head", d, vocab, tied)?;
        let lm_head_shared = matches!((&lm_head.w, tied), (Weights::F32(w), Some(e)) if Arc::ptr_eq(w, e));
        super::release_freed_memory();
        let mut layers = Vec::with_capacity(cfg.decoder_layers);
        for l in 0..cfg.decoder_layers {
            let s = format!("{scope}/layers.{l}");
            layers.push(Layer {
                self_attn: g.attention(&s, "self_attn", "self_attn_layer_norm", d)?,
                cross_attn: g.attention(&s, "encoder_attn", "encoder_attn_layer_norm", d)?,
                ffn: g.feed_forward(&s, d, ffn)?,
            });
        }
        let positions = g.table(&format!("{scope}/embed_positions"), cfg.max_position_embeddings, d)?;
        let logits_bias = g.logits_bias(vocab)?;
        drop(g);
        super::release_freed_memory();
        Ok(NativeDecoder {
            d,
            heads,
            head_dim: d / heads,
            ffn,
            vocab,
            max_positions: cfg.max_position_embeddings,
            embed,
            embed_shared,
            lm_head_shared,
            embed_scale,
            positions,
            layers,
            lm_head,
            logits_bias,
            act,
            kernels: kernels::best(),
            pool: None,
        })
    }

    /// Which tables are held once: (the token embedding is the encoder's, the lm_head's rows
    /// are the embedding's).
    pub fn shared_tables(&self) -> (bool, bool) {
        (self.embed_shared, self.lm_head_shared)
    }

    /// Uses `k` instead of the detected kernels (tests, benchmarks).
    pub fn set_kernels(&mut self, k: &'static Kernels) {
        self.kernels = k;
    }

    /// Computes 4-bit layers with int8 activations (`on`) or f32 ones; with `on`, an f32
    /// output projection of a 4-bit model (transformers.js `_q4` files keep the tied lm_head in
    /// f32: 65,001 × 512 × 4 bytes at opus-mt size, more than all the 4-bit layers) is
    /// quantised to int8 per row at load (`Linear::to_int8`) and held beside the embedding.
    /// (4-bit blocks of 32 were measured too: ten times the logit error on the fixture model,
    /// 0.51 vs 0.048, and slower on an AVX-512 VNNI CPU, 3.0 vs 2.5 ms per opus-mt-size step.)
    /// Call once, at load. Returns whether the decoder has 4-bit layers.
    pub fn set_q4_int8(&mut self, on: bool) -> bool {
        let mut any = false;
        for l in &mut self.layers {
            let linears =
                l.self_attn.linears_mut().into_iter().chain(l.cross_attn.linears_mut()).chain(l.ffn.linears_mut());
            for lin in linears {
                any |= lin.is_q4();
                lin.set_q4_int8(on);
            }
        }
        self.lm_head.set_q4_int8(on);
        if any
            && on
            && let Some(q) = self.lm_head.to_int8(self.kernels.packs_i8)
        {
            log::info!("native decoder: f32 output projection quantised to int8 per row (q4 compute int8)");
            self.lm_head = q;
            self.lm_head_shared = false;
        }
        any
    }

    /// Splits large products across `pool`'s threads (`None`: the calling thread only). The
    /// results do not depend on it.
    pub fn set_pool(&mut self, pool: Option<Arc<Pool>>) {
        self.pool = pool;
    }

    fn exec(&self) -> Exec<'_> {
        Exec { k: self.kernels, pool: self.pool.as_deref() }
    }

    /// The kernels in use.
    pub fn kernels(&self) -> &'static Kernels {
        self.kernels
    }

    /// Bytes of weights held (the token embedding not counted when it is the encoder's).
    pub fn weight_bytes(&self) -> usize {
        let lin: usize = self
            .layers
            .iter()
            .map(|l| l.self_attn.weight_bytes() + l.cross_attn.weight_bytes() + l.ffn.weight_bytes())
            .sum();
        let table = if self.embed_shared { 0 } else { table_bytes(&self.embed) };
        let lm_head = if self.lm_head_shared { 0 } else { self.lm_head.weight_bytes() };
        lin + table + lm_head + self.positions.len() * 4
    }

    /// Bytes of weights one decoder step reads when it computes `logits` logits per beam: every
    /// layer's self-attention, cross-attention query/output and feed-forward weights, and the
    /// lm_head rows of those logits (the cross-attention keys/values are computed once per
    /// sentence; the embedding and position tables give one row each).
    pub fn step_weight_bytes(&self, logits: usize) -> usize {
        let layers: usize = self
            .layers
            .iter()
            .map(|l| {
                l.self_attn.weight_bytes()
                    + l.cross_attn.q.weight_bytes()
                    + l.cross_attn.o.weight_bytes()
                    + l.ffn.weight_bytes()
            })
            .sum();
        let head = self.lm_head.weight_bytes() as u128 * logits.min(self.vocab) as u128 / self.vocab.max(1) as u128;
        layers + head as usize
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

    /// As [`NativeDecoder::session`], with logits computed only for the vocabulary ids
    /// `outputs` (ascending, distinct; a shortlist's candidates): the lm_head rows of those ids
    /// are copied into the run state once, each step reads only them, and the search sees
    /// `outputs.len()` logits per beam ([`StepModel::output_ids`]). Each logit is
    /// bit-identical to the full computation's for the same id.
    pub fn session_with_outputs(
        &self,
        hidden: &[f32],
        beams: usize,
        max_length: usize,
        outputs: Vec<u32>,
    ) -> Result<NativeSession<'_>> {
        if outputs.is_empty()
            || !outputs.windows(2).all(|w| w[0] < w[1])
            || outputs.last().is_some_and(|&t| t as usize >= self.vocab)
        {
            return Err(Error::InvalidOptions(format!(
                "{} output ids: not ascending ids below the vocabulary size {}",
                outputs.len(),
                self.vocab
            )));
        }
        let mut s = self.session(hidden, beams, max_length)?;
        s.head = Some(self.lm_head.select_outputs(&outputs));
        s.head_bias = outputs.iter().map(|&t| self.logits_bias.get(t as usize).copied().unwrap_or(0.0)).collect();
        s.out_ids = outputs;
        Ok(s)
    }
}

/// Per-sentence decoding state: every buffer a step needs, sized once.
pub struct NativeSession<'m> {
    m: &'m NativeDecoder,
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
    qbuf: ActBuf,
    /// The vocabulary ids logits are computed for (empty: all of them).
    out_ids: Vec<u32>,
    /// The lm_head restricted to `out_ids` (`None`: the model's own).
    head: Option<Linear>,
    /// `final_logits_bias` of `out_ids`.
    head_bias: Vec<f32>,
    /// Which cross-attention to record (layer, head or `None` for the mean over heads).
    record: Option<(usize, Option<usize>)>,
    /// `[beam][source position]`: the recorded cross-attention of the last step (empty
    /// unless recording).
    cross_attn: Vec<f32>,
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

impl NativeSession<'_> {
    /// From the next step on, keeps the encoder–decoder attention weights of decoder layer
    /// `layer` (0-based), head `head` or the mean over the heads (`None`), for every beam:
    /// [`NativeSession::cross_attention`]. Its buffer (`beams × source length`) is allocated
    /// here, once; steps fill it without allocating.
    pub fn record_cross_attention(&mut self, layer: usize, head: Option<usize>) -> Result<()> {
        let (layers, heads) = (self.m.layers.len(), self.m.heads);
        if layer >= layers || head.is_some_and(|h| h >= heads) {
            return Err(Error::InvalidOptions(format!(
                "cross-attention of layer {layer}, head {head:?}: the decoder has {layers} layers of {heads} heads"
            )));
        }
        self.record = Some((layer, head));
        self.cross_attn = vec![0.0; self.beams * self.src];
        Ok(())
    }

    /// `[beam][source position]`: the cross-attention weights recorded at the last step (see
    /// [`NativeSession::record_cross_attention`]; empty when not recording).
    pub fn cross_attention(&self) -> &[f32] {
        &self.cross_attn
    }
}

impl<'m> NativeSession<'m> {
    fn new(m: &'m NativeDecoder, beams: usize, max_len: usize, src: usize) -> NativeSession<'m> {
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
            qbuf: ActBuf::new(rows * d.max(m.ffn)),
            record: None,
            cross_attn: Vec::new(),
            out_ids: Vec::new(),
            head: None,
            head_bias: Vec::new(),
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
            + self.qbuf.bytes()
            + 4 * (self.out_ids.len() + self.head_bias.len())
            + self.head.as_ref().map_or(0, Linear::weight_bytes)
    }

    fn cross_kv(&mut self, hidden: &[f32]) {
        let m = self.m;
        let (h, hd, src, d) = (m.heads, m.head_dim, self.src, m.d);
        let per_layer = h * src * hd;
        for (li, layer) in m.layers.iter().enumerate() {
            let a = &layer.cross_attn;
            for (lin, dst) in [(&a.k, &mut self.cross_k), (&a.v, &mut self.cross_v)] {
                linear(m.exec(), lin, hidden, src, &mut self.tmp[..src * d], &mut self.qbuf);
                split_heads(&self.tmp[..src * d], h, hd, src, &mut dst[li * per_layer..][..per_layer]);
            }
        }
    }
}

impl StepModel for NativeSession<'_> {
    fn vocab_size(&self) -> usize {
        if self.out_ids.is_empty() { self.m.vocab } else { self.out_ids.len() }
    }

    fn output_ids(&self) -> Option<&[u32]> {
        (!self.out_ids.is_empty()).then_some(&self.out_ids[..])
    }

    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> Result<()> {
        let m = self.m;
        let (k, e) = (m.kernels, m.exec());
        let (b, d, h, hd, pos) = (self.beams, m.d, m.heads, m.head_dim, self.pos);
        let n_out = self.vocab_size();
        if tokens.len() != b || logits.len() != b * n_out {
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
            embed(&m.embed, t, m.embed_scale, p, &mut self.x[bi * d..][..d]);
        }
        let scaling = (hd as f32).powf(-0.5);
        let ml = self.max_len;
        for (li, layer) in m.layers.iter().enumerate() {
            // Self-attention over the cache, this position appended.
            let a = &layer.self_attn;
            linear(e, &a.q, &self.x, b, &mut self.q, &mut self.qbuf);
            linear(e, &a.k, &self.x, b, &mut self.k, &mut self.qbuf);
            linear(e, &a.v, &self.x, b, &mut self.v, &mut self.qbuf);
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
            linear(e, &a.o, &self.att, b, &mut self.tmp[..b * d], &mut self.qbuf);
            add_and_norm(&mut self.x[..b * d], &self.tmp[..b * d], &a.norm);
            // Cross-attention over the encoder keys/values computed when the sentence started.
            let a = &layer.cross_attn;
            linear(e, &a.q, &self.x, b, &mut self.q, &mut self.qbuf);
            let per_layer = h * self.src * hd;
            let (keys, values) =
                (&self.cross_k[li * per_layer..][..per_layer], &self.cross_v[li * per_layer..][..per_layer]);
            match self.record {
                Some((layer, which)) if layer == li => {
                    // `attend_rows`'s loop, keeping each head's softmax weights.
                    let src = self.src;
                    self.cross_attn.fill(0.0);
                    for bi in 0..b {
                        for head in 0..h {
                            let base = head * src * hd;
                            let at = bi * d + head * hd;
                            attend(
                                k,
                                &self.q[at..at + hd],
                                &keys[base..base + src * hd],
                                &values[base..base + src * hd],
                                scaling,
                                &mut self.scores[..src],
                                &mut self.att[at..at + hd],
                            );
                            let row = &mut self.cross_attn[bi * src..][..src];
                            match which {
                                Some(only) if only == head => row.copy_from_slice(&self.scores[..src]),
                                Some(_) => {}
                                None => row.iter_mut().zip(&self.scores[..src]).for_each(|(r, &w)| *r += w / h as f32),
                            }
                        }
                    }
                }
                _ => attend_rows(k, &self.q, keys, values, h, hd, self.src, scaling, &mut self.scores, &mut self.att),
            }
            linear(e, &a.o, &self.att, b, &mut self.tmp[..b * d], &mut self.qbuf);
            add_and_norm(&mut self.x[..b * d], &self.tmp[..b * d], &a.norm);
            feed_forward(e, &layer.ffn, m.act, &mut self.x, b, &mut self.hidden, &mut self.tmp, &mut self.qbuf);
        }
        let (head, bias) = match &self.head {
            Some(h) => (h, &self.head_bias[..]),
            None => (&m.lm_head, &m.logits_bias[..]),
        };
        linear(e, head, &self.x, b, logits, &mut self.qbuf);
        if !bias.is_empty() {
            for row in logits.chunks_exact_mut(n_out) {
                for (l, &bias) in row.iter_mut().zip(bias) {
                    *l += bias;
                }
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
