//! `config.json` and `generation_config.json` of a Hugging Face seq2seq model.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};

/// The fields of `config.json` that edgemt uses (Marian/BART-family names).
#[derive(Debug, Clone, Deserialize)]
pub struct ModelConfig {
    /// `model_type`, e.g. `marian`.
    #[serde(default)]
    pub model_type: String,
    /// Hidden size.
    pub d_model: usize,
    /// Encoder layers.
    pub encoder_layers: usize,
    /// Decoder layers.
    pub decoder_layers: usize,
    /// Attention heads in the decoder.
    pub decoder_attention_heads: usize,
    /// Attention heads in the encoder.
    pub encoder_attention_heads: usize,
    /// Feed-forward width of the decoder.
    #[serde(default)]
    pub decoder_ffn_dim: usize,
    /// Feed-forward width of the encoder.
    #[serde(default)]
    pub encoder_ffn_dim: usize,
    /// Output vocabulary size (logits per step).
    pub vocab_size: usize,
    /// Longest sequence the position embeddings cover.
    pub max_position_embeddings: usize,
    /// `</s>`.
    pub eos_token_id: Option<u32>,
    /// `<pad>`.
    pub pad_token_id: Option<u32>,
    /// First decoder input token (Marian: the pad id).
    pub decoder_start_token_id: Option<u32>,
    /// Activation of the feed-forward blocks.
    #[serde(default)]
    pub activation_function: String,
}

/// `eos_token_id` may be one id or a list of them.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single id.
    One(u32),
    /// Several ids.
    Many(Vec<u32>),
}

/// `early_stopping`: `true`, `false` or `"never"`, as in transformers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(untagged)]
pub enum EarlyStoppingSetting {
    /// `true` / `false`.
    Bool(bool),
    /// `"never"`.
    Never(NeverTag),
    /// Absent: transformers' default (`false`).
    #[default]
    #[serde(skip)]
    Unset,
}

/// The literal string `"never"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum NeverTag {
    /// `"never"`.
    #[serde(rename = "never")]
    Never,
}

/// The fields of `generation_config.json` that edgemt honours; absent fields take
/// transformers' defaults.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GenerationConfig {
    /// Longest decoder sequence, start token included.
    pub max_length: Option<usize>,
    /// Shortest decoder sequence before `</s>` is allowed, start token included.
    pub min_length: Option<usize>,
    /// Beam count (1 = greedy).
    pub num_beams: Option<usize>,
    /// Length penalty exponent for beam scores.
    pub length_penalty: Option<f32>,
    /// Beam search stopping rule.
    #[serde(default)]
    pub early_stopping: EarlyStoppingSetting,
    /// Token sequences that must never be generated (Marian: `[[pad]]`).
    pub bad_words_ids: Option<Vec<Vec<u32>>>,
    /// Token forced at the last position.
    pub forced_eos_token_id: Option<OneOrMany>,
    /// End-of-sequence id(s).
    pub eos_token_id: Option<OneOrMany>,
    /// Padding id.
    pub pad_token_id: Option<u32>,
    /// First decoder input token.
    pub decoder_start_token_id: Option<u32>,
    /// How many hypotheses `generate` returns.
    pub num_return_sequences: Option<usize>,
    /// Score divisor for tokens already generated (1 = off).
    pub repetition_penalty: Option<f32>,
    /// No n-gram of this size is generated twice (0 = off).
    pub no_repeat_ngram_size: Option<usize>,
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T> {
    let bytes = super::read_bounded(path, 1 << 20)?;
    parse_json(&bytes, path)
}

fn parse_json<T: for<'de> Deserialize<'de>>(bytes: &[u8], label: &Path) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| Error::Config { path: label.into(), message: e.to_string() })
}

impl ModelConfig {
    /// Reads and checks `config.json`.
    pub fn load(path: &Path) -> Result<ModelConfig> {
        Self::check(read_json(path)?, path)
    }

    /// Parses and checks `config.json` held in memory; `label` names it in errors.
    pub fn from_bytes(bytes: &[u8], label: &Path) -> Result<ModelConfig> {
        Self::check(parse_json(bytes, label)?, label)
    }

    fn check(c: ModelConfig, path: &Path) -> Result<ModelConfig> {
        let bad = |m: String| Err(Error::Config { path: path.into(), message: m });
        if c.d_model == 0 || c.vocab_size == 0 || c.decoder_layers == 0 || c.decoder_attention_heads == 0 {
            return bad("d_model, vocab_size, decoder_layers and decoder_attention_heads must be positive".into());
        }
        if !c.d_model.is_multiple_of(c.decoder_attention_heads) {
            return bad(format!(
                "d_model {} is not a multiple of decoder_attention_heads {}",
                c.d_model, c.decoder_attention_heads
            ));
        }
        if c.encoder_attention_heads == 0 || !c.d_model.is_multiple_of(c.encoder_attention_heads) {
            return bad(format!(
                "d_model {} is not a positive multiple of encoder_attention_heads {}",
                c.d_model, c.encoder_attention_heads
            ));
        }
        if c.max_position_embeddings < 2 {
            return bad("max_position_embeddings must be at least 2".into());
        }
        // Sizes from the file are bounded before anything is sized from them (the graph is
        // checked against them at load).
        let limits = [
            ("d_model", c.d_model, 1 << 16),
            ("encoder_layers", c.encoder_layers, 1024),
            ("decoder_layers", c.decoder_layers, 1024),
            ("encoder_attention_heads", c.encoder_attention_heads, 1024),
            ("decoder_attention_heads", c.decoder_attention_heads, 1024),
            ("encoder_ffn_dim", c.encoder_ffn_dim, 1 << 18),
            ("decoder_ffn_dim", c.decoder_ffn_dim, 1 << 18),
            ("vocab_size", c.vocab_size, crate::tokenizer::MAX_IDS),
            ("max_position_embeddings", c.max_position_embeddings, 1 << 16),
        ];
        for (name, value, max) in limits {
            if value > max {
                return bad(format!("{name} {value} is larger than the {max} edgemt accepts"));
            }
        }
        Ok(c)
    }
}

impl GenerationConfig {
    /// Reads `generation_config.json`.
    pub fn load(path: &Path) -> Result<GenerationConfig> {
        read_json(path)
    }

    /// Parses `generation_config.json` held in memory; `label` names it in errors.
    pub fn from_bytes(bytes: &[u8], label: &Path) -> Result<GenerationConfig> {
        parse_json(bytes, label)
    }
}
