//! edgemt: offline machine translation with Marian-family models exported by Hugging Face
//! Optimum, for small ARM devices.
//!
//! ```no_run
//! use edgemt::{LoadOptions, TranslateOptions, Translator};
//! let t = Translator::load("tests/fixtures/tiny-marian".as_ref(), &LoadOptions::default())?;
//! let out = t.translate("In the beginning God created the heavens and the earth.", &TranslateOptions::default())?;
//! println!("{}", out.best());
//! # Ok::<(), edgemt::Error>(())
//! ```
//!
//! Layout: [`model`] finds the ONNX files of a model directory (Optimum or transformers.js
//! layout, every weight variant) and holds the tract backend, [`engine`] runs the whole model
//! natively (encoder and decoder, weights read out of the graphs), [`tokenizer`] turns text into
//! ids and back, [`search`] runs greedy or beam search over a [`search::StepModel`] backend.

#![warn(missing_docs)]

/// The README's Rust example, compiled and run by `cargo test` as printed.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub mod engine;
pub mod error;
pub mod explain;
pub mod ffi;
pub mod model;
pub mod numbers;
pub mod search;
pub mod shortlist;
pub mod split;
pub mod tokenizer;

use std::path::Path;

pub use error::{Error, Result};
pub use explain::{AlignmentSpec, SentenceAlignment};
pub use model::Precision;
pub use search::{EarlyStopping, Hypothesis};
pub use shortlist::Shortlist;

use engine::{NativeDecoder, NativeEncoder};
use model::config::{EarlyStoppingSetting, OneOrMany};
use model::tract::{TractModel, TractOptions};
use model::{GenerationConfig, ModelConfig, ModelDir, OnnxSource};
use search::{SearchBuffers, SearchParams};
use tokenizer::MarianTokenizer;

/// [`TranslateOptions::max_piece_run`]'s default.
pub(crate) const DEFAULT_MAX_PIECE_RUN: usize = 2;

/// Longest text accepted in one call, in bytes (longer text is refused, not truncated).
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// Which implementation runs the encoder and the per-token decoder step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    /// The native engine for each graph (encoder, decoder) it covers, tract for the other, with
    /// the reason recorded in [`Translator::fallbacks`] (and printed by the CLI).
    #[default]
    Auto,
    /// The native engine for both; loading fails if either graph is not supported.
    Native,
    /// tract running `encoder_model`, `decoder_model` and `decoder_with_past_model`.
    Tract,
}

impl std::str::FromStr for Backend {
    type Err = Error;
    fn from_str(s: &str) -> Result<Backend> {
        match s {
            "auto" => Ok(Backend::Auto),
            "native" => Ok(Backend::Native),
            "tract" => Ok(Backend::Tract),
            _ => Err(Error::InvalidOptions(format!("unknown backend {s:?} (expected native, tract or auto)"))),
        }
    }
}

/// Bounds on what one translation may ask for, checked before anything is allocated for it
/// (requests over them get [`Error::LimitExceeded`], never an abort). Load-time settings:
/// [`LoadOptions::limits`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most beams a call may ask for (default [`Limits::DEFAULT_MAX_BEAMS`]). Beam search
    /// costs grow with beams × vocabulary per step; raise it explicitly for wider searches.
    pub max_beams: usize,
    /// Most bytes the buffers of one sentence may take: encoder state, decoder run state with
    /// its key/value caches, search buffers (see [`Translator::sentence_bytes`]). Default
    /// [`Limits::DEFAULT_MAX_MEMORY`].
    pub max_memory: usize,
}

impl Limits {
    /// Default [`Limits::max_beams`].
    pub const DEFAULT_MAX_BEAMS: usize = 64;
    /// Default [`Limits::max_memory`]: 1 GiB (an opus-mt-sized model with 64 beams and 512
    /// positions needs about 0.95 GiB).
    pub const DEFAULT_MAX_MEMORY: usize = 1 << 30;
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_beams: Self::DEFAULT_MAX_BEAMS, max_memory: Self::DEFAULT_MAX_MEMORY }
    }
}

/// How to load a model.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Force a precision; `None` picks int8, then f32, then fp16, whichever the directory has.
    pub precision: Option<Precision>,
    /// Decoder backend.
    pub backend: Backend,
    /// tract loading options.
    pub tract: TractOptions,
    /// Bounds on each translation.
    pub limits: Limits,
    /// Threads the native engine splits its large matrix products across (a pool started at
    /// load; nothing is spawned or allocated per token). `None`: the number of cores, at most
    /// 4 (or `$EDGEMT_THREADS`). 1 runs everything on the calling thread. Results do not depend
    /// on it.
    pub threads: Option<usize>,
    /// Vocabulary shortlist for the native decoder (see [`shortlist`]).
    pub shortlist: ShortlistChoice,
    /// How the native engine computes 4-bit (`MatMulNBits`) models.
    pub q4_compute: Q4Compute,
}

/// How the native engine computes a 4-bit model (`*_q4.onnx`, `MatMulNBits`). Other weights
/// are unaffected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Q4Compute {
    /// For speed: activations quantised to int8 per 32 values (onnxruntime's
    /// `accuracy_level` 4, llama.cpp's q8 activations) and an f32 output projection
    /// (transformers.js `_q4` files keep the tied one in f32) quantised at load to int8 per
    /// row. Logits differ from onnxruntime's default by the quantisation.
    #[default]
    Int8,
    /// As the file says, as onnxruntime computes it by default: f32 activations, the output
    /// projection as stored.
    F32,
}

impl std::str::FromStr for Q4Compute {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "int8" => Ok(Q4Compute::Int8),
            "f32" => Ok(Q4Compute::F32),
            _ => Err(Error::InvalidOptions(format!("q4 compute {s:?}: int8 or f32"))),
        }
    }
}

/// Which vocabulary shortlist the native decoder uses: per sentence it computes logits only for
/// the candidate target tokens of the sentence's source tokens (and the most frequent ones),
/// instead of the whole vocabulary. The tract backend always scores the whole vocabulary.
#[derive(Debug, Clone, Default)]
pub enum ShortlistChoice {
    /// The model directory's `lex.s2t.bin` (or its one `lex.*.s2t.bin`) when it has one.
    #[default]
    Auto,
    /// None: every step scores the whole vocabulary.
    Off,
    /// This binary shortlist file.
    File(std::path::PathBuf),
    /// A shortlist already loaded ([`Shortlist::from_bytes`], e.g. from firmware memory).
    Loaded(std::sync::Arc<Shortlist>),
}

/// Most threads [`LoadOptions::threads`] accepts.
pub const MAX_THREADS: usize = 64;

/// The default thread count: `$EDGEMT_THREADS` when set (1 to [`MAX_THREADS`]), else the
/// cores this process may use, at most 4.
pub fn default_threads() -> usize {
    if let Some(n) = std::env::var("EDGEMT_THREADS").ok().and_then(|v| v.trim().parse::<usize>().ok()) {
        return n.clamp(1, MAX_THREADS);
    }
    std::thread::available_parallelism().map_or(1, |n| n.get()).min(4)
}

/// The files of a model as bytes, for [`Translator::load_from_bytes`].
#[derive(Debug, Clone, Copy)]
pub struct ModelBytes<'a> {
    /// `config.json`.
    pub config_json: &'a [u8],
    /// `generation_config.json`.
    pub generation_config_json: &'a [u8],
    /// `source.spm`.
    pub source_spm: &'a [u8],
    /// `target.spm`.
    pub target_spm: &'a [u8],
    /// `vocab.json`.
    pub vocab_json: &'a [u8],
    /// `encoder_model*.onnx`.
    pub encoder_onnx: &'a [u8],
    /// `decoder_model*.onnx`.
    pub decoder_onnx: &'a [u8],
    /// `decoder_with_past_model*.onnx`: only the tract backend needs it.
    pub decoder_with_past_onnx: Option<&'a [u8]>,
}

struct Graphs<'a> {
    encoder: OnnxSource<'a>,
    /// The decoder the native engine reads (`decoder_model`, or `decoder_model_merged`).
    decoder: OnnxSource<'a>,
    /// `decoder_model` and `decoder_with_past_model`, for the tract backend.
    tract_decoders: Option<(OnnxSource<'a>, OnnxSource<'a>)>,
}

/// Per-call translation settings; `None` fields take the model's `generation_config.json`
/// values, then transformers' defaults.
#[derive(Debug, Clone, Default)]
pub struct TranslateOptions {
    /// Beam count (1 = greedy).
    pub num_beams: Option<usize>,
    /// Hypotheses to return per input (1 when `None`).
    pub n_best: Option<usize>,
    /// Longest output sequence, decoder start token included (transformers' `max_length`).
    pub max_length: Option<usize>,
    /// Shortest output sequence before `</s>` may end it, start token included.
    pub min_length: Option<usize>,
    /// Beam score length exponent.
    pub length_penalty: Option<f32>,
    /// Beam stopping rule.
    pub early_stopping: Option<EarlyStopping>,
    /// transformers' `repetition_penalty` (> 0; 1 = off): the score of every token already in
    /// the output is divided by it (multiplied when negative) before the next is chosen.
    pub repetition_penalty: Option<f32>,
    /// transformers' `no_repeat_ngram_size` (0 = off): no n-gram of this many tokens occurs
    /// twice in an output.
    pub no_repeat_ngram_size: Option<usize>,
    /// Translate the text as one piece (split only where it is longer than the model's
    /// positions). By default it is split into sentences ([`split::sentences`]: final
    /// punctuation followed by whitespace, line breaks), each translated on its own and the
    /// translations joined by a space, as Bergamot does.
    pub no_split: bool,
    /// Keep numbers as the source writes them (`None`: yes): every number the translation
    /// writes is one of the source sentence's, digit for digit, separators free
    /// ([`numbers`]). `Some(false)`: the model writes digits as it likes (as transformers'
    /// `generate` does).
    pub keep_numbers: Option<bool>,
    /// Most copies in a row of one SentencePiece piece that has a letter (`None`: 2, chosen
    /// on the bundled model's dev splits; `Some(0)`: no limit, as transformers' `generate`).
    /// Cuts the loops of a model spelling a word it does not know ("Basasasoth").
    pub max_piece_run: Option<usize>,
}

/// A token of the best translation, handed to the observer of
/// [`Translator::translate_observed`]: with greedy search as soon as it is decided, with beam
/// search when the sentence's search ends.
#[derive(Debug, Clone, Copy)]
pub struct TokenEvent<'a> {
    /// The sentence of the input it belongs to, from 0.
    pub sentence: usize,
    /// Its id.
    pub id: u32,
    /// Its SentencePiece piece (`▁` marks a word start).
    pub piece: &'a str,
    /// The text it adds to the translation: the texts of all events joined are
    /// [`Translation::best`].
    pub text: &'a str,
}

/// Whether a translation goes on after a [`TokenEvent`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Go on.
    Continue,
    /// Stop: the call returns [`Error::Cancelled`] with the text so far.
    Stop,
}

/// The token observer of [`Translator::translate_observed`].
pub type Observer<'o> = dyn FnMut(TokenEvent<'_>) -> Flow + 'o;

/// One translated hypothesis.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslatedHypothesis {
    /// Detokenised text.
    pub text: String,
    /// Output ids of every chunk, concatenated (each chunk's `</s>` included).
    pub tokens: Vec<u32>,
    /// Search score (summed over chunks when the input was split).
    pub score: f32,
}

/// The result of translating one input.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    /// Best first; `n_best` of them.
    pub hypotheses: Vec<TranslatedHypothesis>,
    /// How many pieces the input was split into to fit the model's positions.
    pub chunks: usize,
}

impl Translation {
    /// Text of the best hypothesis.
    pub fn best(&self) -> &str {
        self.hypotheses.first().map_or("", |h| h.text.as_str())
    }
}

/// A loaded model ready to translate. `translate` takes `&self`: one `Translator` can serve
/// several threads.
#[derive(Debug)]
pub struct Translator {
    dir: ModelDir,
    config: ModelConfig,
    generation: GenerationConfig,
    tokenizer: MarianTokenizer,
    tract: TractModel,
    encoder: Option<NativeEncoder>,
    native: Option<NativeDecoder>,
    fallbacks: Vec<String>,
    limits: Limits,
    threads: usize,
    shortlist: Option<std::sync::Arc<Shortlist>>,
    /// The target pieces that write digits (the numbers guard).
    digits: std::sync::Arc<numbers::DigitVocab>,
    /// Per vocabulary id: whether its piece has a letter (the piece-run limit).
    lettered: std::sync::Arc<[bool]>,
    load_time: std::time::Duration,
}

fn one(x: &Option<OneOrMany>) -> Option<u32> {
    match x {
        Some(OneOrMany::One(v)) => Some(*v),
        Some(OneOrMany::Many(v)) => v.first().copied(),
        None => None,
    }
}

impl Translator {
    /// Loads the model in `dir` (Optimum layout).
    pub fn load(dir: &Path, opts: &LoadOptions) -> Result<Translator> {
        error::guard("loading the model", || Self::load_dir(dir, opts))
    }

    fn load_dir(dir: &Path, opts: &LoadOptions) -> Result<Translator> {
        let t0 = std::time::Instant::now();
        let dir = ModelDir::open(dir, opts.precision)?;
        let config = ModelConfig::load(&dir.file("config.json"))?;
        let generation = GenerationConfig::load(&dir.file("generation_config.json"))?;
        let tokenizer = MarianTokenizer::load_bounded(&dir.dir, config.vocab_size)?;
        let files = dir.files.clone();
        let decoder = files.native_decoder().unwrap_or(&files.encoder);
        let graphs = Graphs {
            encoder: OnnxSource::File(&files.encoder),
            decoder: OnnxSource::File(decoder),
            tract_decoders: files.tract_decoders().map(|(d, wp)| (OnnxSource::File(d), OnnxSource::File(wp))),
        };
        Self::build(dir, config, generation, tokenizer, graphs, opts, t0)
    }

    /// Loads a model from bytes the caller holds (firmware without a filesystem layout). The
    /// precision of the ONNX bytes must be given in `opts.precision` (f32 when `None`).
    pub fn load_from_bytes(m: &ModelBytes<'_>, opts: &LoadOptions) -> Result<Translator> {
        error::guard("loading the model", || Self::load_bytes(m, opts))
    }

    fn load_bytes(m: &ModelBytes<'_>, opts: &LoadOptions) -> Result<Translator> {
        let t0 = std::time::Instant::now();
        let mem = |name: &str| std::path::Path::new("<memory>").join(name);
        let dir = ModelDir::memory(opts.precision.unwrap_or(Precision::F32));
        let config = ModelConfig::from_bytes(m.config_json, &mem("config.json"))?;
        let generation = GenerationConfig::from_bytes(m.generation_config_json, &mem("generation_config.json"))?;
        let tokenizer =
            MarianTokenizer::from_bytes_bounded(m.source_spm, m.target_spm, m.vocab_json, config.vocab_size)?;
        let graphs = Graphs {
            encoder: OnnxSource::Memory { name: "encoder_model.onnx", bytes: m.encoder_onnx },
            decoder: OnnxSource::Memory { name: "decoder_model.onnx", bytes: m.decoder_onnx },
            tract_decoders: m.decoder_with_past_onnx.map(|bytes| {
                (
                    OnnxSource::Memory { name: "decoder_model.onnx", bytes: m.decoder_onnx },
                    OnnxSource::Memory { name: "decoder_with_past_model.onnx", bytes },
                )
            }),
        };
        Self::build(dir, config, generation, tokenizer, graphs, opts, t0)
    }

    fn build(
        dir: ModelDir,
        config: ModelConfig,
        generation: GenerationConfig,
        tokenizer: MarianTokenizer,
        graphs: Graphs<'_>,
        opts: &LoadOptions,
        t0: std::time::Instant,
    ) -> Result<Translator> {
        if tokenizer.vocab_size() > config.vocab_size {
            return Err(Error::Config {
                path: dir.file("vocab.json"),
                message: format!(
                    "vocab.json has ids up to {} but config.json's vocab_size is {}",
                    tokenizer.vocab_size() - 1,
                    config.vocab_size
                ),
            });
        }
        let threads = opts.threads.unwrap_or_else(default_threads);
        if threads == 0 || threads > MAX_THREADS {
            return Err(Error::InvalidOptions(format!("threads = {threads}: between 1 and {MAX_THREADS}")));
        }
        let mut fallbacks = Vec::new();
        let (mut encoder, mut native) = match opts.backend {
            Backend::Tract => (None, None),
            Backend::Native => {
                let encoder = NativeEncoder::load(&graphs.encoder, &config)?;
                let decoder = NativeDecoder::load_with(&graphs.decoder, &config, Some(&encoder))?;
                (Some(encoder), Some(decoder))
            }
            Backend::Auto => {
                // config.json contradicting the graph is an error whatever runs it; any other
                // refusal hands the graph to tract, said once.
                let mut fallback = |part: &str, e: Error| match e {
                    Error::Config { .. } => Err(e),
                    e => {
                        let note = format!("native engine cannot run the {part} ({e}); tract runs it instead");
                        log::warn!("{note}");
                        fallbacks.push(note);
                        Ok(())
                    }
                };
                let encoder = match NativeEncoder::load(&graphs.encoder, &config) {
                    Ok(e) => Some(e),
                    Err(e) => {
                        fallback("encoder", e)?;
                        None
                    }
                };
                let native = match NativeDecoder::load_with(&graphs.decoder, &config, encoder.as_ref()) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        fallback("decoder", e)?;
                        None
                    }
                };
                (encoder, native)
            }
        };
        // The graphs tract runs are checked against config.json as the native engine checks
        // its own.
        if encoder.is_none() {
            engine::check_config(&graphs.encoder, &config, engine::Stack::Encoder)?;
        }
        if native.is_none() {
            engine::check_config(&graphs.decoder, &config, engine::Stack::Decoder)?;
        }
        let decoders = match (&native, &graphs.tract_decoders) {
            (Some(_), _) => None,
            (None, Some((d, wp))) => Some((d, wp)),
            (None, None) => {
                let label = graphs.decoder.label();
                let merged = label.file_name().is_some_and(|n| n.to_string_lossy().starts_with(model::MERGED_DECODER));
                return Err(Error::MissingFile {
                    path: label.with_file_name("decoder_with_past_model.onnx"),
                    hint: if merged {
                        format!(
                            "the tract backend cannot run {} (an If node) and needs decoder_model.onnx + decoder_with_past_model.onnx (`optimum-cli export onnx --no-post-process`){}",
                            label.display(),
                            fallbacks.iter().map(|f| format!("; {f}")).collect::<String>()
                        )
                    } else {
                        "the tract backend needs decoder_with_past_model.onnx".into()
                    },
                });
            }
        };
        // tract reports malformed graphs as errors; a panic deep inside it on a hostile file is
        // still turned into an error rather than unwinding into the caller.
        let tract = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            TractModel::load(encoder.is_none().then_some(&graphs.encoder), decoders, &config, &opts.tract)
        }))
        .map_err(|p| Error::Onnx {
            path: dir.dir.clone(),
            message: format!(
                "tract panicked while loading: {}",
                p.downcast_ref::<String>().map(String::as_str).or(p.downcast_ref::<&str>().copied()).unwrap_or("?")
            ),
        })??;
        let pool = if threads > 1 && (encoder.is_some() || native.is_some()) {
            let pool = engine::pool::Pool::new(threads)
                .map_err(|e| Error::InvalidOptions(format!("cannot start {threads} threads: {e}")))?;
            Some(std::sync::Arc::new(pool))
        } else {
            None
        };
        let q4_int8 = opts.q4_compute == Q4Compute::Int8;
        if let Some(e) = &mut encoder {
            e.set_pool(pool.clone());
            e.set_q4_int8(q4_int8);
        }
        if let Some(d) = &mut native {
            d.set_pool(pool);
            d.set_q4_int8(q4_int8);
        }
        let found = match &opts.shortlist {
            // An in-memory model has no directory to look in.
            ShortlistChoice::Auto if dir.dir.is_dir() => model::find_shortlist(&dir.dir)?,
            ShortlistChoice::File(p) => Some(p.clone()),
            _ => None,
        };
        let shortlist = match (&opts.shortlist, found) {
            (ShortlistChoice::Loaded(s), _) => {
                if let Some(bad) = s.max_id().filter(|&t| t as usize >= config.vocab_size) {
                    return Err(Error::InvalidOptions(format!(
                        "the shortlist has id {bad}, beyond the model's {} ids",
                        config.vocab_size
                    )));
                }
                Some(s.clone())
            }
            (_, Some(p)) => Some(std::sync::Arc::new(Shortlist::load(&p, config.vocab_size)?)),
            (_, None) => None,
        };
        let shortlist = match shortlist {
            Some(s) if native.is_none() => {
                let note =
                    format!("the tract decoder scores the whole vocabulary; shortlist {} not used", s.path().display());
                log::warn!("{note}");
                fallbacks.push(note);
                None
            }
            s => s,
        };
        let load_time = t0.elapsed();
        log::info!(
            "loaded {} ({}, {} encoder, {} decoder) in {:.2?}",
            dir.dir.display(),
            dir.precision,
            if encoder.is_some() { "native" } else { "tract" },
            if native.is_some() { "native" } else { "tract" },
            load_time
        );
        let digits = std::sync::Arc::new(numbers::DigitVocab::new(
            (0..config.vocab_size as u32).map(|id| tokenizer.id_to_piece(id)),
        ));
        let lettered: std::sync::Arc<[bool]> = (0..config.vocab_size as u32)
            .map(|id| tokenizer.id_to_piece(id).is_some_and(|p| p.chars().any(char::is_alphabetic)))
            .collect();
        Ok(Translator {
            lettered,
            digits,
            dir,
            config,
            generation,
            tokenizer,
            tract,
            encoder,
            native,
            fallbacks,
            limits: opts.limits,
            threads,
            shortlist,
            load_time,
        })
    }

    /// The model directory and the precision that was loaded.
    pub fn model_dir(&self) -> &ModelDir {
        &self.dir
    }
    /// `config.json`.
    pub fn config(&self) -> &ModelConfig {
        &self.config
    }
    /// `generation_config.json`.
    pub fn generation_config(&self) -> &GenerationConfig {
        &self.generation
    }
    /// The tokenizer.
    pub fn tokenizer(&self) -> &MarianTokenizer {
        &self.tokenizer
    }
    /// The tract backend.
    pub fn tract(&self) -> &TractModel {
        &self.tract
    }
    /// The native decoder engine, when it is the backend in use.
    pub fn native(&self) -> Option<&NativeDecoder> {
        self.native.as_ref()
    }
    /// The native encoder, when it is the backend in use.
    pub fn native_encoder(&self) -> Option<&NativeEncoder> {
        self.encoder.as_ref()
    }
    /// The backend decoding steps run on.
    pub fn backend(&self) -> Backend {
        if self.native.is_some() { Backend::Native } else { Backend::Tract }
    }
    /// The backend the encoder runs on.
    pub fn encoder_backend(&self) -> Backend {
        if self.encoder.is_some() { Backend::Native } else { Backend::Tract }
    }
    /// Why a graph runs on tract although the native engine was wanted (`Backend::Auto`): one
    /// line per graph, empty when the native engine runs everything.
    pub fn fallbacks(&self) -> &[String] {
        &self.fallbacks
    }
    /// Logits per decoder step.
    pub fn vocab_size(&self) -> usize {
        self.config.vocab_size
    }
    /// Threads the native engine's products are split across (1 when it runs on the caller
    /// only, and on the tract backend).
    pub fn threads(&self) -> usize {
        if self.encoder.is_some() || self.native.is_some() { self.threads } else { 1 }
    }
    /// The bounds each translation is checked against.
    pub fn limits(&self) -> Limits {
        self.limits
    }
    /// Time `load` took.
    pub fn load_time(&self) -> std::time::Duration {
        self.load_time
    }

    /// Most source tokens (with `</s>`) one encoder pass takes.
    pub fn max_source_tokens(&self) -> usize {
        self.config.max_position_embeddings
    }

    /// Resolves options against generation_config.json and transformers' defaults.
    pub fn search_params(&self, o: &TranslateOptions) -> Result<SearchParams> {
        let g = &self.generation;
        let eos = one(&g.eos_token_id).or(self.config.eos_token_id).unwrap_or(self.tokenizer.eos_id);
        let decoder_start = g
            .decoder_start_token_id
            .or(self.config.decoder_start_token_id)
            .or(g.pad_token_id)
            .unwrap_or(self.tokenizer.pad_id);
        let num_beams = o.num_beams.or(g.num_beams).unwrap_or(1);
        if num_beams > self.limits.max_beams {
            return Err(Error::LimitExceeded(format!(
                "{num_beams} beams (the most allowed is {}; raise Limits::max_beams / --max-beams to search wider)",
                self.limits.max_beams
            )));
        }
        let p = SearchParams {
            num_beams,
            num_return_sequences: o.n_best.unwrap_or(1),
            max_length: o.max_length.or(g.max_length).unwrap_or(20),
            min_length: o.min_length.or(g.min_length).unwrap_or(0),
            length_penalty: o.length_penalty.or(g.length_penalty).unwrap_or(1.0),
            early_stopping: o.early_stopping.unwrap_or(match g.early_stopping {
                EarlyStoppingSetting::Bool(true) => EarlyStopping::Eager,
                EarlyStoppingSetting::Never(_) => EarlyStopping::Never,
                _ => EarlyStopping::Heuristic,
            }),
            eos,
            decoder_start,
            forced_eos: one(&g.forced_eos_token_id),
            bad_words: g.bad_words_ids.clone().unwrap_or_default(),
            repetition_penalty: o.repetition_penalty.or(g.repetition_penalty).unwrap_or(1.0),
            no_repeat_ngram_size: o.no_repeat_ngram_size.or(g.no_repeat_ngram_size).unwrap_or(0),
            numbers: None,
            piece_run: None,
        };
        p.validate(self.config.vocab_size)?;
        if p.max_length > self.config.max_position_embeddings + 1 {
            return Err(Error::InvalidOptions(format!(
                "max_length {} exceeds what the model's {} positions allow",
                p.max_length, self.config.max_position_embeddings
            )));
        }
        Ok(p)
    }

    /// `params` for the source sentence `source` under `opts`: with edgemt's own output
    /// guards, the numbers guard ([`TranslateOptions::keep_numbers`]) set to the sentence's
    /// numbers and the piece-run limit ([`TranslateOptions::max_piece_run`]); `search_params`
    /// alone is transformers' `generate`. A sentence with more
    /// than [`numbers::MAX_NUMBERS`] distinct numbers is searched without it.
    pub fn sentence_params(&self, params: &SearchParams, opts: &TranslateOptions, source: &str) -> SearchParams {
        let mut p = params.clone();
        p.piece_run = match opts.max_piece_run.unwrap_or(DEFAULT_MAX_PIECE_RUN) {
            0 => None,
            n => Some(search::PieceRunGuard::new(n, self.lettered.clone())),
        };
        p.numbers = if opts.keep_numbers.unwrap_or(true) {
            let g = numbers::NumberGuard::new(self.digits.clone(), source, params.decoder_start);
            if g.is_none() {
                log::debug!("more than {} numbers in a sentence: translated without the guard", numbers::MAX_NUMBERS);
            }
            g
        } else {
            None
        };
        p
    }

    /// The vocabulary shortlist the native decoder uses, if any.
    pub fn shortlist(&self) -> Option<&Shortlist> {
        self.shortlist.as_deref()
    }

    /// The vocabulary ids the decoder scores for source ids `src` under `params`: the
    /// shortlist's candidates plus the ids the search must be able to emit; `None` without a
    /// shortlist (every id).
    pub fn output_ids(&self, src: &[u32], params: &SearchParams) -> Option<Vec<u32>> {
        let s = self.shortlist.as_ref()?;
        let extra: Vec<u32> = [Some(params.eos), params.forced_eos].into_iter().flatten().collect();
        Some(s.candidates(src, &extra, self.config.vocab_size))
    }

    /// Bytes the buffers of one sentence of `src` source tokens take with `beams` beams and
    /// outputs up to `max_length` positions: encoder state and output, decoder run state with
    /// its self- and cross-attention caches, search buffers (tract's copies counted twice).
    /// Saturates instead of overflowing.
    pub fn sentence_bytes(&self, src: usize, beams: usize, max_length: usize) -> usize {
        let c = &self.config;
        let (d, v) = (c.d_model as u128, c.vocab_size as u128);
        let ffn = c.encoder_ffn_dim.max(c.decoder_ffn_dim).max(4 * c.d_model) as u128;
        let (s, b, m) = (src as u128, beams as u128, max_length as u128);
        let ld = c.decoder_layers as u128;
        // Quantised activations: a byte per value, 8 bytes of scale and sum per 32 (q4 × int8).
        let encoder = 4 * s * (8 * d + ffn + 1) + s * d.max(ffn) * 5 / 4 + 8;
        let decoder = 4 * (b * (5 * d + ffn + v) + m.max(s) + (2 * ld + 1) * b * m * d + 2 * ld * s * d)
            + b * d.max(ffn) * 5 / 4
            + 8;
        let search = 4 * b * v + 16 * b * m + 4 * m + 64 * b;
        let tract = if self.encoder.is_none() || self.native.is_none() { 2 } else { 1 };
        // A shortlist's lm_head rows, copied per sentence (4 bytes per weight at most), with
        // their ids, biases and the candidate table.
        let shortlist = match &self.shortlist {
            Some(sl) => {
                let n = sl.max_candidates(src, c.vocab_size) as u128 + 2;
                n * (4 * d + 16) + v
            }
            None => 0,
        };
        usize::try_from(tract * (encoder + decoder) + search + shortlist).unwrap_or(usize::MAX)
    }

    /// Refuses a sentence whose buffers ([`Translator::sentence_bytes`]) would exceed
    /// [`Limits::max_memory`], before anything is allocated for it.
    pub fn check_budget(&self, src: usize, beams: usize, max_length: usize) -> Result<()> {
        let need = self.sentence_bytes(src, beams, max_length);
        if need > self.limits.max_memory {
            return Err(Error::LimitExceeded(format!(
                "a sentence of {src} tokens with {beams} beams and max_length {max_length} needs {:.1} MB of run state, over the limit of {:.1} MB (raise Limits::max_memory / --max-memory)",
                need as f64 / 1e6,
                self.limits.max_memory as f64 / 1e6
            )));
        }
        Ok(())
    }

    /// Translates one source-token sequence (already ending in `</s>`).
    pub fn translate_ids(&self, ids: &[u32], params: &SearchParams) -> Result<Vec<Hypothesis>> {
        error::guard("translating", || self.search_ids(ids, params, None))
    }

    /// Encode, buffers, decode, search for one source-token sequence; with `report`, the search
    /// runs over [`Reporting`] (greedy streaming).
    fn search_ids(
        &self,
        ids: &[u32],
        params: &SearchParams,
        report: Option<&mut dyn FnMut(u32) -> Flow>,
    ) -> Result<Vec<Hypothesis>> {
        self.check_budget(ids.len(), params.num_beams, params.max_length)?;
        // `encode` refuses empty and over-long inputs (`SentenceTooLong`).
        let hidden = self.encode(ids)?;
        let mut bufs = SearchBuffers::new(params.num_beams, self.vocab_size(), params.max_length);
        self.decode_sentence(ids, &hidden, params, |inner| match report {
            Some(report) => search::generate(&mut Reporting { inner, report, first: true }, params, &mut bufs),
            None => search::generate(inner, params, &mut bufs),
        })
    }

    /// Runs the encoder (native or tract) over one source-token sequence (ending in `</s>`):
    /// hidden states `[ids.len()][d_model]`.
    pub fn encode(&self, ids: &[u32]) -> Result<Vec<f32>> {
        if ids.is_empty() || ids.len() > self.max_source_tokens() {
            return Err(Error::SentenceTooLong { tokens: ids.len(), limit: self.max_source_tokens() });
        }
        if let Some(&bad) = ids.iter().find(|&&t| t as usize >= self.config.vocab_size) {
            return Err(Error::InvalidInput(format!("token id {bad} is outside the vocabulary")));
        }
        self.check_budget(ids.len(), 1, 2)?;
        error::guard("encoding", || match &self.encoder {
            Some(enc) => enc.encode(ids),
            None => self.tract.encode(ids),
        })
    }

    /// Starts decoding the encoder output `hidden` (`[src][d_model]`) on the backend in use
    /// (`beams` beams, up to `max_length` positions) and hands the step model to `f` (search,
    /// possibly wrapped to measure or stream).
    pub fn decode_with<R>(
        &self,
        hidden: &[f32],
        beams: usize,
        max_length: usize,
        f: impl FnOnce(&mut dyn search::StepModel) -> Result<R>,
    ) -> Result<R> {
        self.decode(hidden, beams, max_length, None, f)
    }

    /// As [`Translator::decode_with`] for the sentence whose source ids are `src` (its encoder
    /// output `hidden`), searched with `params`: with a shortlist the native decoder scores
    /// only [`Translator::output_ids`] (the step model's [`search::StepModel::output_ids`]).
    pub fn decode_sentence<R>(
        &self,
        src: &[u32],
        hidden: &[f32],
        params: &SearchParams,
        f: impl FnOnce(&mut dyn search::StepModel) -> Result<R>,
    ) -> Result<R> {
        let shortlisted = self.native.is_some() && self.shortlist.is_some();
        let d = self.config.d_model;
        if shortlisted && (src.is_empty() || hidden.len() != src.len() * d || src.len() > self.max_source_tokens()) {
            return Err(Error::InvalidInput(format!(
                "encoder output of {} values for {} source tokens of width {d}",
                hidden.len(),
                src.len()
            )));
        }
        let outputs = if shortlisted { self.output_ids(src, params) } else { None };
        self.decode(hidden, params.num_beams, params.max_length, outputs, f)
    }

    /// The checks and dispatch behind [`Translator::decode_with`] and
    /// [`Translator::decode_sentence`]: `outputs`, the ids the native decoder scores (`None`:
    /// all of them).
    fn decode<R>(
        &self,
        hidden: &[f32],
        beams: usize,
        max_length: usize,
        outputs: Option<Vec<u32>>,
        f: impl FnOnce(&mut dyn search::StepModel) -> Result<R>,
    ) -> Result<R> {
        let d = self.config.d_model;
        if hidden.is_empty() || !hidden.len().is_multiple_of(d) || hidden.len() / d > self.max_source_tokens() {
            return Err(Error::InvalidInput(format!(
                "encoder output of {} values is not [1..={}][{d}]",
                hidden.len(),
                self.max_source_tokens()
            )));
        }
        if beams == 0 || max_length < 2 || max_length > self.config.max_position_embeddings + 1 {
            return Err(Error::InvalidOptions(format!("{beams} beams, max_length {max_length}")));
        }
        self.check_budget(hidden.len() / d, beams, max_length)?;
        error::guard("decoding", || match (&self.native, outputs) {
            (Some(native), Some(outputs)) => f(&mut native.session_with_outputs(hidden, beams, max_length, outputs)?),
            (Some(native), None) => f(&mut native.session(hidden, beams, max_length)?),
            (None, _) => f(&mut self.tract.session(hidden, beams)?),
        })
    }

    /// Translates `text`: split into sentences (unless [`TranslateOptions::no_split`]; then
    /// only where it is longer than the model's positions), each translated on its own, the
    /// translations joined by a space. A single sentence longer than the model's positions is
    /// an error, never silently truncated.
    pub fn translate(&self, text: &str, opts: &TranslateOptions) -> Result<Translation> {
        error::guard("translating", || self.translate_text(text, opts, None))
    }

    /// As [`Translator::translate`], handing each token of the best translation to `observer`
    /// ([`TokenEvent`]): greedy search reports each token as soon as it is decided (streaming),
    /// beam search the best hypothesis of each sentence when its search ends.
    /// [`Flow::Stop`] ends the call with [`Error::Cancelled`]. Decoding still allocates nothing
    /// per token.
    pub fn translate_observed(
        &self,
        text: &str,
        opts: &TranslateOptions,
        observer: &mut Observer<'_>,
    ) -> Result<Translation> {
        error::guard("translating", || self.translate_text(text, opts, Some(observer)))
    }

    /// The encoder–decoder attention the native decoder gives each of `target` (output ids,
    /// as a search returned them) after the source `src` (ids ending in `</s>`): the model run
    /// over `target` once (decoder input: start token, then `target` shifted by one), reading
    /// `spec`'s layer and head. `[target.len()][src.len()]`, each row summing to 1. The values
    /// are the ones the search saw for a greedy search; with beams, those of the same prefixes
    /// decoded alone (int8 activations are quantised over all beams' rows together).
    pub fn cross_attention(&self, src: &[u32], target: &[u32], spec: AlignmentSpec) -> Result<Vec<f32>> {
        error::guard("aligning", || {
            let Some(native) = &self.native else {
                return Err(Error::InvalidOptions("alignments need the native engine (--backend native)".into()));
            };
            let steps = target.len();
            if let Some(&bad) = target.iter().find(|&&t| t as usize >= self.config.vocab_size) {
                return Err(Error::InvalidInput(format!("output id {bad} is outside the vocabulary")));
            }
            let params = self.search_params(&TranslateOptions::default())?;
            self.check_budget(src.len(), 1, steps + 1)?;
            if steps + 1 > self.config.max_position_embeddings + 1 {
                return Err(Error::InvalidInput(format!("{steps} output tokens exceed the model's positions")));
            }
            let hidden = self.encode(src)?;
            let mut session = native.session(&hidden, 1, steps + 1)?;
            let layer = spec.layer.unwrap_or(self.config.decoder_layers.saturating_sub(1));
            session.record_cross_attention(layer, spec.head)?;
            let mut logits = vec![0f32; self.vocab_size()];
            let mut weights = Vec::with_capacity(steps * src.len());
            let mut prev = params.decoder_start;
            for &t in target {
                search::StepModel::step(&mut session, &[prev], &mut logits)?;
                weights.extend_from_slice(session.cross_attention());
                prev = t;
            }
            Ok(weights)
        })
    }

    /// Translates `text` as [`Translator::translate`] does and reads, for each sentence, the
    /// alignment of its best translation ([`Translator::cross_attention`] with `spec`): the
    /// pieces, the weights, the word alignment. [`explain::pharaoh`] prints them.
    pub fn explain(
        &self,
        text: &str,
        opts: &TranslateOptions,
        spec: AlignmentSpec,
    ) -> Result<(Translation, Vec<SentenceAlignment>)> {
        self.explain_observed(text, opts, spec, &mut |_| Flow::Continue)
    }

    /// [`Translator::explain`] with the tokens handed to `observer` as
    /// [`Translator::translate_observed`] hands them.
    pub fn explain_observed(
        &self,
        text: &str,
        opts: &TranslateOptions,
        spec: AlignmentSpec,
        observer: &mut Observer<'_>,
    ) -> Result<(Translation, Vec<SentenceAlignment>)> {
        let mut best: Vec<Vec<u32>> = Vec::new();
        let mut obs = |e: TokenEvent<'_>| {
            if best.len() <= e.sentence {
                best.resize(e.sentence + 1, Vec::new());
            }
            best[e.sentence].push(e.id);
            observer(e)
        };
        let tr = self.translate_observed(text, opts, &mut obs)?;
        let chunks = self.pieces(text, opts.no_split)?;
        best.resize(chunks.len(), Vec::new());
        let piece = |id: &u32| self.tokenizer.id_to_piece(*id).unwrap_or("<unk>").to_string();
        let special = |id: u32| id == self.tokenizer.eos_id || id == self.tokenizer.pad_id;
        let mut out = Vec::new();
        for (chunk, target) in chunks.iter().zip(&best) {
            let src = self.tokenizer.encode(chunk);
            let weights = if target.is_empty() { Vec::new() } else { self.cross_attention(&src, target, spec)? };
            out.push(SentenceAlignment::new(
                src.iter().map(piece).collect(),
                target.iter().map(piece).collect(),
                weights,
                |i| special(src[i]),
                |i| special(target[i]),
            ));
        }
        Ok((tr, out))
    }

    /// The pieces `text` is translated in.
    fn pieces(&self, text: &str, no_split: bool) -> Result<Vec<String>> {
        let limit = self.max_source_tokens();
        let count = |s: &str| self.tokenizer.encode(s).len();
        if no_split {
            return split::fit_chunks(text, limit, count);
        }
        let mut out = Vec::new();
        for sentence in split::sentences(text) {
            out.extend(split::fit_chunks(sentence, limit, count)?);
        }
        Ok(out)
    }

    /// The one pipeline behind [`Translator::translate`], [`Translator::translate_observed`]
    /// and the C API: checks, splitting, encoding, decoding with the observer, detokenising,
    /// joining.
    fn translate_text(
        &self,
        text: &str,
        opts: &TranslateOptions,
        mut observer: Option<&mut Observer<'_>>,
    ) -> Result<Translation> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::InvalidInput(format!(
                "text of {} bytes exceeds the limit of {MAX_INPUT_BYTES} bytes per call",
                text.len()
            )));
        }
        if text.trim().is_empty() {
            return Err(Error::InvalidInput("empty text".into()));
        }
        let params = self.search_params(opts)?;
        let chunks = self.pieces(text, opts.no_split)?;
        let mut stream = tokenizer::TextStream::new();
        // The ids reported in the current sentence (at most max_length: nothing grows per
        // token), for the partial text of a cancelled call.
        let mut reported: Vec<u32> = Vec::new();
        let mut hyps: Vec<TranslatedHypothesis> = Vec::new();
        for (ci, chunk) in chunks.iter().enumerate() {
            let ids = self.tokenizer.encode(chunk);
            let params = self.sentence_params(&params, opts, chunk);
            stream.next_sentence();
            reported.clear();
            reported.reserve(params.max_length);
            let out = match observer.as_deref_mut() {
                None => self.translate_ids(&ids, &params)?,
                Some(obs) => {
                    let mut report = |id: u32| -> Flow {
                        reported.push(id);
                        let piece = self.tokenizer.id_to_piece(id).unwrap_or("");
                        let text = stream.push(&self.tokenizer, id);
                        obs(TokenEvent { sentence: ci, id, piece, text })
                    };
                    match self.translate_ids_observed(&ids, &params, &mut report) {
                        Err(Error::Cancelled { .. }) => {
                            let mut partial = hyps.first().map_or(String::new(), |h| h.text.clone());
                            let piece = self.tokenizer.decode(&reported);
                            if !partial.is_empty() && !piece.is_empty() {
                                partial.push(' ');
                            }
                            partial.push_str(&piece);
                            return Err(Error::Cancelled { partial });
                        }
                        r => r?,
                    }
                }
            };
            if ci == 0 {
                hyps = out
                    .iter()
                    .map(|_| TranslatedHypothesis { text: String::new(), tokens: Vec::new(), score: 0.0 })
                    .collect();
            }
            for (i, h) in hyps.iter_mut().enumerate() {
                let src = &out[i.min(out.len() - 1)];
                let piece = self.tokenizer.decode(&src.tokens);
                if !h.text.is_empty() && !piece.is_empty() {
                    h.text.push(' ');
                }
                h.text.push_str(&piece);
                h.tokens.extend_from_slice(&src.tokens);
                h.score += src.score;
            }
        }
        Ok(Translation { hypotheses: hyps, chunks: chunks.len() })
    }

    /// [`Translator::translate_ids`] reporting the best translation's tokens to `report`:
    /// greedy from inside the decoding loop (each token once the next step is asked for, the
    /// last after the search), beam search at the end. `Flow::Stop` → [`Error::Cancelled`]
    /// (its `partial` filled in by the caller).
    fn translate_ids_observed(
        &self,
        ids: &[u32],
        params: &SearchParams,
        report: &mut dyn FnMut(u32) -> Flow,
    ) -> Result<Vec<Hypothesis>> {
        let stop = || Error::Cancelled { partial: String::new() };
        if params.num_beams > 1 {
            let out = self.translate_ids(ids, params)?;
            for &id in &out[0].tokens {
                if report(id) == Flow::Stop {
                    return Err(stop());
                }
            }
            return Ok(out);
        }
        let out = self.search_ids(ids, params, Some(&mut *report))?;
        // The last token is never fed back to the model: report it here.
        if let Some(&last) = out[0].tokens.last()
            && report(last) == Flow::Stop
        {
            return Err(stop());
        }
        Ok(out)
    }
}

/// A greedy step model that reports each decided token when the search feeds it back (the
/// token fed at step n was decided at step n − 1; the start token is not reported).
struct Reporting<'a> {
    inner: &'a mut dyn search::StepModel,
    report: &'a mut dyn FnMut(u32) -> Flow,
    first: bool,
}

impl search::StepModel for Reporting<'_> {
    fn vocab_size(&self) -> usize {
        self.inner.vocab_size()
    }
    fn output_ids(&self) -> Option<&[u32]> {
        self.inner.output_ids()
    }
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> Result<()> {
        if !self.first && (self.report)(tokens[0]) == Flow::Stop {
            return Err(Error::Cancelled { partial: String::new() });
        }
        self.first = false;
        self.inner.step(tokens, logits)
    }
    fn reorder(&mut self, parents: &[usize]) -> Result<()> {
        self.inner.reorder(parents)
    }
}
