//! The native encoder: one pass over a sentence's source tokens, on the same layer code and
//! kernels as the decoder, with every buffer sized once from the source length
//! ([`EncoderState`]) and nothing allocated per layer.

use super::kernels::{self, Kernels};
use super::layers::{ActBuf, Exec, add_and_norm, attend_rows, embed, feed_forward, linear, split_heads, table_bytes};
use super::pool::Pool;
use std::sync::Arc;

use super::weights::{Attention, FeedForward, RawTable};
use super::{Activation, open_stack};
use crate::error::{Error, Result};
use crate::model::{ModelConfig, OnnxSource};

#[derive(Debug, Clone)]
struct Layer {
    self_attn: Attention,
    ffn: FeedForward,
}

/// Encoder weights and dimensions, extracted from `encoder_model*.onnx`.
pub struct NativeEncoder {
    d: usize,
    heads: usize,
    head_dim: usize,
    ffn: usize,
    vocab: usize,
    max_positions: usize,
    embed: Arc<RawTable>,
    embed_scale: f32,
    /// `[max_positions][d]`.
    positions: Vec<f32>,
    layers: Vec<Layer>,
    act: Activation,
    kernels: &'static Kernels,
    /// Threads the large products are split across (shared with the other half of the model).
    pool: Option<Arc<Pool>>,
}

impl std::fmt::Debug for NativeEncoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeEncoder")
            .field("d_model", &self.d)
            .field("layers", &self.layers.len())
            .field("heads", &self.heads)
            .field("ffn", &self.ffn)
            .field("activation", &self.act)
            .field("kernels", &self.kernels.name)
            .field("weight_bytes", &self.weight_bytes())
            .finish()
    }
}

/// The run state of one encoder pass over `src` tokens: every buffer it needs, sized once.
pub struct EncoderState {
    src: usize,
    /// `[src][d]`: the hidden states, the encoder output after the last layer.
    x: Vec<f32>,
    /// `[src][d]`: queries, then the attention output.
    q: Vec<f32>,
    /// `[src][d]`: keys / values as projected, before [`split_heads`].
    kv: Vec<f32>,
    /// `[heads][src][head_dim]`.
    k: Vec<f32>,
    /// `[heads][src][head_dim]`.
    v: Vec<f32>,
    /// `[src][d]`: attention output (heads concatenated).
    att: Vec<f32>,
    /// `[src][d]`: sublayer output before the residual.
    tmp: Vec<f32>,
    /// `[src][ffn]`: feed-forward hidden layer.
    hidden: Vec<f32>,
    /// `[src]`: attention scores of one query and head.
    scores: Vec<f32>,
    /// `[src][max(d, ffn)]`: quantised activations (int8 models).
    qbuf: ActBuf,
}

impl std::fmt::Debug for EncoderState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EncoderState").field("src", &self.src).field("bytes", &self.bytes()).finish()
    }
}

impl EncoderState {
    /// Bytes held.
    pub fn bytes(&self) -> usize {
        4 * (self.x.len()
            + self.q.len()
            + self.kv.len()
            + self.k.len()
            + self.v.len()
            + self.att.len()
            + self.tmp.len()
            + self.hidden.len()
            + self.scores.len())
            + self.qbuf.bytes()
    }

    /// Source tokens this state was sized for.
    pub fn source_len(&self) -> usize {
        self.src
    }

    /// The encoder output of the last [`NativeEncoder::forward`]: `[src][d_model]`.
    pub fn output(&self) -> &[f32] {
        &self.x
    }
}

impl NativeEncoder {
    /// Extracts the encoder from `encoder_model*.onnx` and checks it against `config.json`.
    /// The parsed graph is dropped before this returns.
    pub fn load(src: &OnnxSource, cfg: &ModelConfig) -> Result<NativeEncoder> {
        let (g, scope, act) = open_stack(src, cfg, super::Stack::Encoder)?;
        let d = cfg.d_model;
        let heads = cfg.encoder_attention_heads;
        let ffn = match (cfg.encoder_ffn_dim, cfg.decoder_ffn_dim) {
            (0, 0) => 4 * d,
            (0, f) | (f, _) => f,
        };
        let mut layers = Vec::with_capacity(cfg.encoder_layers);
        for l in 0..cfg.encoder_layers {
            let s = format!("{scope}/layers.{l}");
            layers.push(Layer {
                self_attn: g.attention(&s, "self_attn", "self_attn_layer_norm", d)?,
                ffn: g.feed_forward(&s, d, ffn)?,
            });
        }
        let vocab = cfg.vocab_size;
        let (embed, embed_scale) = g
            .embedding_tied(&format!("{scope}/embed_tokens"), vocab, d, None)
            .or_else(|_| g.embedding_tied(&format!("{scope}/shared"), vocab, d, None))?;
        let positions = g.table(&format!("{scope}/embed_positions"), cfg.max_position_embeddings, d)?;
        drop(g);
        super::release_freed_memory();
        Ok(NativeEncoder {
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
            act,
            kernels: kernels::best(),
            pool: None,
        })
    }

    /// Uses `k` instead of the detected kernels (tests, benchmarks).
    pub fn set_kernels(&mut self, k: &'static Kernels) {
        self.kernels = k;
    }

    /// Splits large products across `pool`'s threads (`None`: the calling thread only). The
    /// Computes 4-bit layers with int8 activations (`on`, [`super::kernels::Kernels::gemv_q4q8`])
    /// or f32 ones. Returns whether the encoder has 4-bit layers.
    pub fn set_q4_int8(&mut self, on: bool) -> bool {
        let mut any = false;
        for l in &mut self.layers {
            for lin in l.self_attn.linears_mut().into_iter().chain(l.ffn.linears_mut()) {
                any |= lin.is_q4();
                lin.set_q4_int8(on);
            }
        }
        any
    }

    /// results do not depend on it.
    pub fn set_pool(&mut self, pool: Option<Arc<Pool>>) {
        self.pool = pool;
    }

    fn exec(&self) -> Exec<'_> {
        Exec { k: self.kernels, pool: self.pool.as_deref() }
    }

    /// Bytes of weights held.
    pub fn weight_bytes(&self) -> usize {
        let lin: usize = self.layers.iter().map(|l| l.self_attn.weight_bytes() + l.ffn.weight_bytes()).sum();
        lin + table_bytes(&self.embed) + self.positions.len() * 4
    }

    /// The token embedding table (the decoder holds the same one when they are equal).
    pub fn embedding(&self) -> &Arc<RawTable> {
        &self.embed
    }

    /// Width of the encoder output.
    pub fn d_model(&self) -> usize {
        self.d
    }

    /// The run state for a sentence of `src` tokens (`1 ..= max_position_embeddings`).
    pub fn state(&self, src: usize) -> Result<EncoderState> {
        if src == 0 || src > self.max_positions {
            return Err(Error::SentenceTooLong { tokens: src, limit: self.max_positions });
        }
        let (d, h) = (self.d, self.heads);
        Ok(EncoderState {
            src,
            x: vec![0.0; src * d],
            q: vec![0.0; src * d],
            kv: vec![0.0; src * d],
            k: vec![0.0; h * src * self.head_dim],
            v: vec![0.0; h * src * self.head_dim],
            att: vec![0.0; src * d],
            tmp: vec![0.0; src * d],
            hidden: vec![0.0; src * self.ffn],
            scores: vec![0.0; src],
            qbuf: ActBuf::new(src * d.max(self.ffn)),
        })
    }

    /// Encodes `ids` (ending in `</s>`) into `st`, which must have been sized for `ids.len()`
    /// tokens; returns the output `[src][d_model]`. Allocates nothing.
    pub fn forward<'s>(&self, ids: &[u32], st: &'s mut EncoderState) -> Result<&'s [f32]> {
        let (src, d, h, hd, k, e) = (st.src, self.d, self.heads, self.head_dim, self.kernels, self.exec());
        if ids.len() != src {
            return Err(Error::Inference(format!("{} source tokens for a state of {src}", ids.len())));
        }
        for (i, &t) in ids.iter().enumerate() {
            let t = t as usize;
            if t >= self.vocab {
                return Err(Error::Inference(format!("source token {t} outside the vocabulary")));
            }
            embed(&self.embed, t, self.embed_scale, &self.positions[i * d..][..d], &mut st.x[i * d..][..d]);
        }
        let scaling = (hd as f32).powf(-0.5);
        for layer in &self.layers {
            let a = &layer.self_attn;
            linear(e, &a.q, &st.x, src, &mut st.q, &mut st.qbuf);
            linear(e, &a.k, &st.x, src, &mut st.kv, &mut st.qbuf);
            split_heads(&st.kv, h, hd, src, &mut st.k);
            linear(e, &a.v, &st.x, src, &mut st.kv, &mut st.qbuf);
            split_heads(&st.kv, h, hd, src, &mut st.v);
            attend_rows(k, &st.q, &st.k, &st.v, h, hd, src, scaling, &mut st.scores, &mut st.att);
            linear(e, &a.o, &st.att, src, &mut st.tmp, &mut st.qbuf);
            add_and_norm(&mut st.x, &st.tmp, &a.norm);
            feed_forward(e, &layer.ffn, self.act, &mut st.x, src, &mut st.hidden, &mut st.tmp, &mut st.qbuf);
        }
        Ok(&st.x)
    }

    /// Encodes one sentence: `[src][d_model]` hidden states.
    pub fn encode(&self, ids: &[u32]) -> Result<Vec<f32>> {
        let mut st = self.state(ids.len())?;
        self.forward(ids, &mut st)?;
        Ok(st.x)
    }
}
