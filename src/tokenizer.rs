//! SentencePiece unigram tokenization and Marian's `vocab.json` ids, in pure Rust.
//!
//! No maintained pure-Rust crate reads `.spm` files and reproduces SentencePiece exactly: the
//! `sentencepiece` crate binds the C++ library (a C++ toolchain on the device), and the
//! `tokenizers` crate has a unigram model but no `.spm` loader and normalises per grapheme
//! rather than with SentencePiece's longest-match charsmap. So this module implements what
//! SentencePiece's C++ does for Marian models, following its sources:
//! * the model proto is decoded with `prost` (message definitions below, field numbers from
//!   `sentencepiece_model.proto`);
//! * normalisation replays `Normalizer::Normalize`: longest-prefix lookup in the precompiled
//!   charsmap (a darts-clone double array), whitespace removal/escaping, dummy prefix;
//! * encoding is `Model::EncodeOptimized` (Viterbi over the unigram lattice, f32 scores,
//!   unknown characters at `min_score - 10`, user-defined pieces preferred), then runs of
//!   unknown pieces are merged as `PopulateSentencePieceText` does;
//! * [`MarianTokenizer`] replays transformers' `MarianTokenizer`: special-token splitting,
//!   a leading `>>xx<<` language code kept as one token, vocab.json lookup with `<unk>` fallback, `</s>` appended,
//!   and decoding with special tokens skipped.

use std::collections::HashMap;
use std::path::Path;

use prost::Message;

use crate::error::{Error, Result};

/// The SentencePiece whitespace symbol `▁` (U+2581).
pub const SPACE_SYMBOL: &str = "\u{2581}";
const UNK_PENALTY: f32 = 10.0;

mod proto {
    //! The subset of `sentencepiece_model.proto` that encoding needs.
    #![allow(missing_docs)]

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct ModelProto {
        #[prost(message, repeated, tag = "1")]
        pub pieces: Vec<SentencePiece>,
        #[prost(message, optional, tag = "2")]
        pub trainer_spec: Option<TrainerSpec>,
        #[prost(message, optional, tag = "3")]
        pub normalizer_spec: Option<NormalizerSpec>,
    }

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct SentencePiece {
        #[prost(string, optional, tag = "1")]
        pub piece: Option<String>,
        #[prost(float, optional, tag = "2")]
        pub score: Option<f32>,
        #[prost(int32, optional, tag = "3")]
        pub r#type: Option<i32>,
    }

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct TrainerSpec {
        #[prost(int32, optional, tag = "3")]
        pub model_type: Option<i32>,
        #[prost(bool, optional, tag = "24")]
        pub treat_whitespace_as_suffix: Option<bool>,
        #[prost(bool, optional, tag = "35")]
        pub byte_fallback: Option<bool>,
        #[prost(string, optional, tag = "44")]
        pub unk_surface: Option<String>,
    }

    #[derive(Clone, PartialEq, prost::Message)]
    pub struct NormalizerSpec {
        #[prost(string, optional, tag = "1")]
        pub name: Option<String>,
        #[prost(bytes = "vec", optional, tag = "2")]
        pub precompiled_charsmap: Option<Vec<u8>>,
        #[prost(bool, optional, tag = "3")]
        pub add_dummy_prefix: Option<bool>,
        #[prost(bool, optional, tag = "4")]
        pub remove_extra_whitespaces: Option<bool>,
        #[prost(bool, optional, tag = "5")]
        pub escape_whitespaces: Option<bool>,
    }
}

/// The kind of a SentencePiece vocabulary entry (`ModelProto.SentencePiece.Type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// An ordinary piece.
    Normal,
    /// The unknown piece.
    Unknown,
    /// A control symbol such as `<s>` or `</s>`: never produced from text, decodes to nothing.
    Control,
    /// A user-defined symbol: always matched as a whole.
    UserDefined,
    /// A byte-fallback piece.
    Byte,
    /// A piece the model must not produce.
    Unused,
}

impl PieceKind {
    fn from_proto(t: Option<i32>) -> Option<PieceKind> {
        Some(match t.unwrap_or(1) {
            1 => PieceKind::Normal,
            2 => PieceKind::Unknown,
            3 => PieceKind::Control,
            4 => PieceKind::UserDefined,
            5 => PieceKind::Unused,
            6 => PieceKind::Byte,
            _ => return None,
        })
    }
}

/// The precompiled normalisation rules: a darts-clone double-array trie over UTF-8 byte
/// sequences whose values index NUL-terminated replacement strings.
#[derive(Debug, Clone, Default)]
struct CharsMap {
    units: Vec<u32>,
    normalized: Vec<u8>,
}

impl CharsMap {
    fn parse(blob: &[u8]) -> Option<CharsMap> {
        if blob.is_empty() {
            return Some(CharsMap::default());
        }
        let trie_size = u32::from_le_bytes(blob.get(..4)?.try_into().ok()?) as usize;
        let trie = blob.get(4..4usize.checked_add(trie_size)?)?;
        if !trie_size.is_multiple_of(4) {
            return None;
        }
        let units = trie.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let normalized = blob[4 + trie_size..].to_vec();
        Some(CharsMap { units, normalized })
    }

    /// Longest rule matching a prefix of `input`: (bytes consumed, replacement).
    /// Rules ending inside a UTF-8 character (a hostile file's) are not taken.
    fn longest_prefix<'a>(&'a self, input: &str) -> Option<(usize, &'a [u8])> {
        fn offset(u: u32) -> usize {
            ((u >> 10) << ((u & (1 << 9)) >> 6)) as usize
        }
        let first = *self.units.first()?;
        let mut pos = offset(first);
        let mut best: Option<(usize, usize)> = None;
        for (i, &c) in input.as_bytes().iter().enumerate() {
            pos ^= c as usize;
            let Some(&unit) = self.units.get(pos) else {
                break;
            };
            if unit & ((1 << 31) | 0xFF) != c as u32 {
                break;
            }
            pos ^= offset(unit);
            if (unit >> 8) & 1 == 1 && input.is_char_boundary(i + 1) {
                let Some(&leaf) = self.units.get(pos) else {
                    break;
                };
                best = Some((i + 1, (leaf & ((1 << 31) - 1)) as usize));
            }
        }
        let (len, value) = best?;
        let rest = self.normalized.get(value..)?;
        let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
        Some((len, &rest[..end]))
    }
}

/// A SentencePiece unigram model loaded from a `.spm` file.
#[derive(Clone)]
pub struct SentencePiece {
    pieces: Vec<(String, f32, PieceKind)>,
    index: HashMap<String, u32>,
    user_defined: Vec<u32>,
    max_piece_bytes: usize,
    unk_id: u32,
    min_score: f32,
    max_score: f32,
    charsmap: CharsMap,
    add_dummy_prefix: bool,
    remove_extra_whitespaces: bool,
    escape_whitespaces: bool,
    unk_surface: String,
}

impl std::fmt::Debug for SentencePiece {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SentencePiece").field("pieces", &self.pieces.len()).field("unk_id", &self.unk_id).finish()
    }
}

impl SentencePiece {
    /// Loads a `.spm` file.
    pub fn load(path: &Path) -> Result<SentencePiece> {
        let bytes = crate::model::read_bounded(path, crate::model::MAX_TEXT_FILE_BYTES)?;
        SentencePiece::from_bytes(&bytes).map_err(|message| Error::Tokenizer { path: path.into(), message })
    }

    /// Parses the serialized `ModelProto` of a `.spm` file.
    pub fn from_bytes(bytes: &[u8]) -> Result<SentencePiece, String> {
        let proto = proto::ModelProto::decode(bytes).map_err(|e| format!("not a SentencePiece model: {e}"))?;
        if proto.pieces.is_empty() {
            return Err("the model has no pieces".into());
        }
        let trainer = proto.trainer_spec.unwrap_or_default();
        match trainer.model_type.unwrap_or(1) {
            1 => {}
            t => {
                return Err(format!("model type {t} is not unigram; only unigram models are supported"));
            }
        }
        if trainer.byte_fallback.unwrap_or(false) {
            return Err("byte_fallback models are not supported".into());
        }
        if trainer.treat_whitespace_as_suffix.unwrap_or(false) {
            return Err("treat_whitespace_as_suffix models are not supported".into());
        }
        let norm = proto.normalizer_spec.unwrap_or_default();
        let charsmap = CharsMap::parse(norm.precompiled_charsmap.as_deref().unwrap_or(&[]))
            .ok_or("malformed precompiled_charsmap")?;

        let mut pieces = Vec::with_capacity(proto.pieces.len());
        let mut index = HashMap::with_capacity(proto.pieces.len());
        let mut user_defined = Vec::new();
        let (mut unk_id, mut min_score, mut max_score) = (None, f32::MAX, f32::MIN);
        let mut max_piece_bytes = 0;
        for (i, p) in proto.pieces.into_iter().enumerate() {
            let id = i as u32;
            let kind = PieceKind::from_proto(p.r#type).ok_or_else(|| format!("piece {i} has an unknown type"))?;
            let text = p.piece.unwrap_or_default();
            if text.is_empty() {
                return Err(format!("piece {i} is empty"));
            }
            let score = p.score.unwrap_or(0.0);
            match kind {
                PieceKind::Unknown => unk_id = Some(id),
                PieceKind::Normal => {
                    min_score = min_score.min(score);
                    max_score = max_score.max(score);
                }
                PieceKind::UserDefined => user_defined.push(id),
                _ => {}
            }
            if matches!(kind, PieceKind::Normal | PieceKind::UserDefined | PieceKind::Unused) {
                max_piece_bytes = max_piece_bytes.max(text.len());
            }
            if index.insert(text.clone(), id).is_some() {
                return Err(format!("piece {text:?} is defined twice"));
            }
            pieces.push((text, score, kind));
        }
        let unk_id = unk_id.ok_or("the model has no unknown piece")?;
        if min_score > max_score {
            return Err("the model has no normal pieces".into());
        }
        Ok(SentencePiece {
            pieces,
            index,
            user_defined,
            max_piece_bytes,
            unk_id,
            min_score,
            max_score,
            charsmap,
            add_dummy_prefix: norm.add_dummy_prefix.unwrap_or(true),
            remove_extra_whitespaces: norm.remove_extra_whitespaces.unwrap_or(true),
            escape_whitespaces: norm.escape_whitespaces.unwrap_or(true),
            unk_surface: trainer.unk_surface.unwrap_or_else(|| " \u{2047} ".into()),
        })
    }

    /// Number of pieces in the model.
    pub fn len(&self) -> usize {
        self.pieces.len()
    }

    /// Whether the model has no pieces (never true for a loaded model).
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Id of `piece`, if the model has it.
    pub fn piece_id(&self, piece: &str) -> Option<u32> {
        self.index.get(piece).copied()
    }

    /// The kind of piece `id`.
    pub fn kind(&self, id: u32) -> Option<PieceKind> {
        self.pieces.get(id as usize).map(|p| p.2)
    }

    /// Longest user-defined symbol at the start of `input` (bytes), matched before normalisation.
    fn user_defined_prefix(&self, input: &str) -> Option<usize> {
        self.user_defined
            .iter()
            .map(|&id| self.pieces[id as usize].0.as_str())
            .filter(|p| input.starts_with(p))
            .map(str::len)
            .max()
    }

    /// One normalisation step on the start of `input`: (replacement, bytes consumed).
    fn normalize_prefix<'a>(&'a self, input: &'a str) -> (&'a [u8], usize) {
        if let Some(len) = self.user_defined_prefix(input) {
            return (&input.as_bytes()[..len], len);
        }
        if let Some((len, rep)) = self.charsmap.longest_prefix(input) {
            return (rep, len);
        }
        let len = input.chars().next().map_or(0, char::len_utf8);
        (&input.as_bytes()[..len], len)
    }

    /// SentencePiece's normalisation of `text` (charsmap, whitespace handling, `▁` escaping).
    pub fn normalize(&self, text: &str) -> String {
        let mut input = text;
        if self.remove_extra_whitespaces {
            while !input.is_empty() {
                let (rep, len) = self.normalize_prefix(input);
                if rep != b" " {
                    break;
                }
                input = &input[len..];
            }
        }
        if input.is_empty() {
            return String::new();
        }
        let mut out: Vec<u8> = Vec::with_capacity(input.len() * 3);
        let space: &[u8] = if self.escape_whitespaces { SPACE_SYMBOL.as_bytes() } else { b" " };
        if self.add_dummy_prefix {
            out.extend_from_slice(space);
        }
        let mut prev_space = self.remove_extra_whitespaces;
        while !input.is_empty() {
            let (mut rep, len) = self.normalize_prefix(input);
            while prev_space && rep.first() == Some(&b' ') {
                rep = &rep[1..];
            }
            if !rep.is_empty() {
                for &b in rep {
                    if self.escape_whitespaces && b == b' ' {
                        out.extend_from_slice(SPACE_SYMBOL.as_bytes());
                    } else {
                        out.push(b);
                    }
                }
                prev_space = rep.last() == Some(&b' ');
            }
            input = &input[len..];
            if !self.remove_extra_whitespaces {
                prev_space = false;
            }
        }
        if self.remove_extra_whitespaces {
            while out.ends_with(space) {
                out.truncate(out.len() - space.len());
            }
        }
        // Replacement strings come from the model file: keep the result valid UTF-8 whatever
        // they hold.
        String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Viterbi segmentation of already-normalised text into (piece, id), runs of unknown
    /// pieces merged.
    pub fn encode_normalized<'a>(&self, normalized: &'a str) -> Vec<(&'a str, u32)> {
        #[derive(Clone, Copy)]
        struct Best {
            id: u32,
            score: f32,
            starts_at: Option<usize>,
        }
        let size = normalized.len();
        let unk_score = self.min_score - UNK_PENALTY;
        let mut best = vec![Best { id: 0, score: 0.0, starts_at: None }; size + 1];
        let mut start = 0;
        while start < size {
            let base = best[start].score;
            let rest = &normalized[start..];
            let mblen = rest.chars().next().map_or(1, char::len_utf8);
            let mut has_single = false;
            let mut end = start;
            for (off, ch) in rest.char_indices() {
                end = start + off + ch.len_utf8();
                let len = end - start;
                if len > self.max_piece_bytes {
                    break;
                }
                let Some(&id) = self.index.get(&normalized[start..end]) else {
                    continue;
                };
                let (_, score, kind) = &self.pieces[id as usize];
                let score = match kind {
                    PieceKind::Unused | PieceKind::Control | PieceKind::Unknown | PieceKind::Byte => continue,
                    PieceKind::UserDefined => len as f32 * self.max_score - 0.1,
                    PieceKind::Normal => *score,
                };
                let cand = score + base;
                let t = &mut best[end];
                if t.starts_at.is_none() || cand > t.score {
                    *t = Best { id, score: cand, starts_at: Some(start) };
                }
                if len == mblen {
                    has_single = true;
                }
            }
            let _ = end;
            if !has_single {
                let cand = unk_score + base;
                let t = &mut best[start + mblen];
                if t.starts_at.is_none() || cand > t.score {
                    *t = Best { id: self.unk_id, score: cand, starts_at: Some(start) };
                }
            }
            start += mblen;
        }
        let mut out = Vec::new();
        let mut end = size;
        while end > 0 {
            let node = best[end];
            let begin = node.starts_at.unwrap_or(0);
            out.push((begin, end, node.id));
            end = begin;
        }
        out.reverse();
        let mut merged: Vec<(&str, u32)> = Vec::with_capacity(out.len());
        let mut prev_unk = false;
        let mut run_start = 0;
        for (begin, end, id) in out {
            let is_unk = id == self.unk_id;
            if prev_unk && is_unk {
                if let Some(last) = merged.last_mut() {
                    last.0 = &normalized[run_start..end];
                }
            } else {
                run_start = begin;
                merged.push((&normalized[begin..end], id));
            }
            prev_unk = is_unk;
        }
        merged
    }

    /// Pieces of `text` (normalised, then segmented), as SentencePiece's `encode(out_type=str)`.
    pub fn encode_pieces(&self, text: &str) -> Vec<String> {
        let normalized = self.normalize(text);
        self.encode_normalized(&normalized).into_iter().map(|(p, _)| p.to_string()).collect()
    }

    /// Surface text of one piece as SentencePiece's decoder produces it (before `▁` becomes a
    /// space): control pieces vanish, the unknown piece shows the unknown surface, pieces the
    /// model does not know are copied as they are.
    fn decode_piece<'a>(&'a self, piece: &'a str) -> &'a str {
        match self.index.get(piece).map(|&id| self.pieces[id as usize].2) {
            Some(PieceKind::Control) => "",
            Some(PieceKind::Unknown) => &self.unk_surface,
            _ => piece,
        }
    }
}

/// Python's `str.strip()` (Unicode whitespace plus the ASCII separators `\x1c`–`\x1f`).
fn py_strip(s: &str) -> &str {
    s.trim_matches(py_space)
}

/// Whitespace as Python's `str.strip()` sees it.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// [`MarianTokenizer::decode`] one id at a time, for streaming: each id gives the text it adds,
/// and the texts joined equal `decode` of all the ids — leading whitespace dropped, whitespace
/// held back until something follows it (so the trailing whitespace `decode` strips is never
/// given). Several sentences of one output are joined by a space, as
/// [`crate::Translator::translate`] joins them. Its buffers are reused: no allocation per id
/// once they have grown to a piece's length.
#[derive(Debug, Default)]
pub struct TextStream {
    held: String,
    out: String,
    any: bool,
    sentence_started: bool,
    separate: bool,
}

impl TextStream {
    /// An empty stream.
    pub fn new() -> TextStream {
        TextStream { held: String::with_capacity(64), out: String::with_capacity(64), ..Default::default() }
    }

    /// The ids that follow belong to the next sentence of the same output.
    pub fn next_sentence(&mut self) {
        self.held.clear();
        self.separate = self.any;
        self.sentence_started = false;
    }

    /// The text `id` adds (empty for special ids and held-back whitespace).
    pub fn push(&mut self, tok: &MarianTokenizer, id: u32) -> &str {
        self.out.clear();
        if tok.is_special(id) {
            return &self.out;
        }
        let Some(piece) = tok.id_to_piece(id) else { return &self.out };
        for c in tok.target.decode_piece(piece).chars() {
            let c = if c == '\u{2581}' { ' ' } else { c };
            if py_space(c) {
                if self.sentence_started {
                    self.held.push(c);
                }
                continue;
            }
            if !self.sentence_started {
                if self.separate {
                    self.out.push(' ');
                }
                self.sentence_started = true;
                self.any = true;
            }
            self.out.push_str(&self.held);
            self.held.clear();
            self.out.push(c);
        }
        &self.out
    }
}

/// Most vocabulary ids any model may have (the largest Marian/NLLB vocabularies are ~256k).
pub const MAX_IDS: usize = 1 << 24;

/// Marian's tokenizer: a source and a target SentencePiece model over one `vocab.json`.
#[derive(Clone)]
pub struct MarianTokenizer {
    source: SentencePiece,
    target: SentencePiece,
    vocab: HashMap<String, u32>,
    id_to_piece: Vec<Option<String>>,
    /// Id of `</s>`.
    pub eos_id: u32,
    /// Id of `<unk>`.
    pub unk_id: u32,
    /// Id of `<pad>` (also Marian's decoder start token).
    pub pad_id: u32,
}

impl std::fmt::Debug for MarianTokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MarianTokenizer")
            .field("source", &self.source)
            .field("target", &self.target)
            .field("vocab", &self.vocab.len())
            .finish()
    }
}

impl MarianTokenizer {
    /// Special tokens split out of text before SentencePiece sees it, as transformers does.
    pub const SPECIAL_TOKENS: [&'static str; 3] = ["</s>", "<unk>", "<pad>"];

    /// Loads `source.spm`, `target.spm` and `vocab.json` from a model directory.
    pub fn load(dir: &Path) -> Result<MarianTokenizer> {
        Self::load_bounded(dir, MAX_IDS)
    }

    /// As [`MarianTokenizer::load`], with every vocab.json id below `max_ids` (config.json's
    /// `vocab_size`), checked before the id table is allocated.
    pub fn load_bounded(dir: &Path, max_ids: usize) -> Result<MarianTokenizer> {
        let source = SentencePiece::load(&dir.join("source.spm"))?;
        let target = SentencePiece::load(&dir.join("target.spm"))?;
        let vocab_path = dir.join("vocab.json");
        let bytes = crate::model::read_bounded(&vocab_path, crate::model::MAX_TEXT_FILE_BYTES)?;
        let vocab: HashMap<String, u32> = serde_json::from_slice(&bytes).map_err(|e| Error::Config {
            path: vocab_path.clone(),
            message: format!("vocab.json must map piece strings to non-negative integer ids: {e}"),
        })?;
        Self::new_bounded(source, target, vocab, max_ids).map_err(|message| Error::Config { path: vocab_path, message })
    }

    /// Builds a tokenizer from the bytes of `source.spm`, `target.spm` and `vocab.json`.
    pub fn from_bytes(source_spm: &[u8], target_spm: &[u8], vocab_json: &[u8]) -> Result<MarianTokenizer> {
        Self::from_bytes_bounded(source_spm, target_spm, vocab_json, MAX_IDS)
    }

    /// As [`MarianTokenizer::from_bytes`], with every vocab.json id below `max_ids`.
    pub fn from_bytes_bounded(
        source_spm: &[u8],
        target_spm: &[u8],
        vocab_json: &[u8],
        max_ids: usize,
    ) -> Result<MarianTokenizer> {
        let mem = |n: &str| Path::new("<memory>").join(n);
        let source = SentencePiece::from_bytes(source_spm)
            .map_err(|message| Error::Tokenizer { path: mem("source.spm"), message })?;
        let target = SentencePiece::from_bytes(target_spm)
            .map_err(|message| Error::Tokenizer { path: mem("target.spm"), message })?;
        let vocab: HashMap<String, u32> = serde_json::from_slice(vocab_json).map_err(|e| Error::Config {
            path: mem("vocab.json"),
            message: format!("vocab.json must map piece strings to non-negative integer ids: {e}"),
        })?;
        Self::new_bounded(source, target, vocab, max_ids)
            .map_err(|message| Error::Config { path: mem("vocab.json"), message })
    }

    /// Builds a tokenizer from parts.
    pub fn new(
        source: SentencePiece,
        target: SentencePiece,
        vocab: HashMap<String, u32>,
    ) -> Result<MarianTokenizer, String> {
        Self::new_bounded(source, target, vocab, MAX_IDS)
    }

    fn new_bounded(
        source: SentencePiece,
        target: SentencePiece,
        vocab: HashMap<String, u32>,
        max_ids: usize,
    ) -> Result<MarianTokenizer, String> {
        let get = |t: &str| vocab.get(t).copied().ok_or_else(|| format!("vocab.json has no {t} entry"));
        let (eos_id, unk_id, pad_id) = (get("</s>")?, get("<unk>")?, get("<pad>")?);
        let max_id = *vocab.values().max().unwrap_or(&0) as usize;
        if max_id >= max_ids.min(MAX_IDS) {
            return Err(format!(
                "vocab.json has id {max_id}, the model has {} ids (config.json's vocab_size)",
                max_ids.min(MAX_IDS)
            ));
        }
        let mut id_to_piece = vec![None; max_id + 1];
        for (piece, &id) in &vocab {
            if let Some(prev) = &id_to_piece[id as usize] {
                return Err(format!("vocab.json maps both {prev:?} and {piece:?} to id {id}"));
            }
            id_to_piece[id as usize] = Some(piece.clone());
        }
        // vocab.json must be the vocabulary of these SentencePiece models: most pieces of the
        // target model have to be there, or this is a mismatched pair of files.
        let known = target.pieces.iter().filter(|p| vocab.contains_key(&p.0)).count();
        if known * 2 < target.len() {
            return Err(format!(
                "only {known} of the {} pieces of target.spm are in vocab.json: the files do not belong together",
                target.len()
            ));
        }
        Ok(MarianTokenizer { source, target, vocab, id_to_piece, eos_id, unk_id, pad_id })
    }

    /// Number of ids (largest id + 1).
    pub fn vocab_size(&self) -> usize {
        self.id_to_piece.len()
    }

    /// The vocab.json entry for `id`.
    pub fn id_to_piece(&self, id: u32) -> Option<&str> {
        self.id_to_piece.get(id as usize).and_then(|p| p.as_deref())
    }

    /// Id of a vocab.json piece.
    pub fn piece_to_id(&self, piece: &str) -> Option<u32> {
        self.vocab.get(piece).copied()
    }

    fn is_special(&self, id: u32) -> bool {
        id == self.eos_id || id == self.unk_id || id == self.pad_id
    }

    /// Source-side pieces of `text`, as `MarianTokenizer.tokenize`: special tokens kept whole,
    /// a leading `>>xx<<` language code kept as one token, the rest through source.spm.
    pub fn tokenize(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = text;
        let mut chunk_start = 0;
        let mut i = 0;
        while i < rest.len() {
            if let Some(sp) = Self::SPECIAL_TOKENS.iter().find(|s| rest[i..].starts_with(*s)) {
                self.tokenize_chunk(&rest[chunk_start..i], &mut out);
                out.push(sp.to_string());
                rest = &rest[i + sp.len()..];
                chunk_start = 0;
                i = 0;
                continue;
            }
            i += rest[i..].chars().next().map_or(1, char::len_utf8);
        }
        self.tokenize_chunk(&rest[chunk_start..], &mut out);
        out
    }

    fn tokenize_chunk(&self, chunk: &str, out: &mut Vec<String>) {
        if chunk.is_empty() {
            return;
        }
        let mut rest = chunk;
        if chunk.starts_with(">>")
            && let Some(end) = chunk.find("<<")
        {
            out.push(chunk[..end + 2].to_string());
            rest = &chunk[end + 2..];
        }
        out.extend(self.source.encode_pieces(rest));
    }

    /// Model input ids for `text`: pieces mapped through vocab.json (`<unk>` when absent),
    /// `</s>` appended.
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let mut ids: Vec<u32> =
            self.tokenize(text).iter().map(|p| self.vocab.get(p).copied().unwrap_or(self.unk_id)).collect();
        ids.push(self.eos_id);
        ids
    }

    /// Text of output ids, as `MarianTokenizer.decode(ids, skip_special_tokens=True)`.
    pub fn decode(&self, ids: &[u32]) -> String {
        let mut out = String::new();
        for &id in ids {
            if self.is_special(id) {
                continue;
            }
            let Some(piece) = self.id_to_piece(id) else {
                continue;
            };
            out.push_str(self.target.decode_piece(piece));
        }
        py_strip(&out.replace(SPACE_SYMBOL, " ")).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(SentencePiece::from_bytes(b"definitely not a protobuf \xff\xff\xff").is_err());
        assert!(SentencePiece::from_bytes(&[]).is_err());
        // A valid proto with a truncated charsmap.
        let proto = proto::ModelProto {
            pieces: vec![
                proto::SentencePiece { piece: Some("<unk>".into()), score: Some(0.0), r#type: Some(2) },
                proto::SentencePiece { piece: Some("a".into()), score: Some(-1.0), r#type: Some(1) },
            ],
            trainer_spec: None,
            normalizer_spec: Some(proto::NormalizerSpec {
                precompiled_charsmap: Some(vec![200, 0, 0, 0, 1, 2]),
                ..Default::default()
            }),
        };
        let err = SentencePiece::from_bytes(&proto.encode_to_vec()).unwrap_err();
        assert!(err.contains("charsmap"), "{err}");
    }

    #[test]
    fn unknown_characters_merge_into_one_piece() {
        let proto = proto::ModelProto {
            pieces: vec![
                proto::SentencePiece { piece: Some("<unk>".into()), score: Some(0.0), r#type: Some(2) },
                proto::SentencePiece { piece: Some("\u{2581}a".into()), score: Some(-1.0), r#type: Some(1) },
                proto::SentencePiece { piece: Some("b".into()), score: Some(-2.0), r#type: Some(1) },
            ],
            trainer_spec: None,
            normalizer_spec: None,
        };
        let sp = SentencePiece::from_bytes(&proto.encode_to_vec()).unwrap();
        assert_eq!(sp.encode_pieces("  a  xyb "), vec!["\u{2581}a", "\u{2581}xy", "b"]);
    }

    /// A darts-clone trie holding one rule, `key` → `replacement`, as a precompiled charsmap.
    fn one_rule_charsmap(key: u8, replacement: &str) -> Vec<u8> {
        let mut units = vec![0u32; 512];
        units[0] = 1 << 10; // root: children at offset 1
        let node = 1 ^ key as usize;
        units[node] = key as u32 | (1 << 8) | (1 << 10); // label, has a leaf, children at offset 1
        units[node ^ 1] = 1 << 31; // leaf: value 0 (the first replacement string)
        let mut blob = ((units.len() * 4) as u32).to_le_bytes().to_vec();
        blob.extend(units.iter().flat_map(|u| u.to_le_bytes()));
        blob.extend(replacement.as_bytes());
        blob.push(0);
        blob
    }

    #[test]
    fn a_charsmap_rule_inside_a_character_is_not_taken() {
        let model = |charsmap: Vec<u8>| {
            let proto = proto::ModelProto {
                pieces: vec![
                    proto::SentencePiece { piece: Some("<unk>".into()), score: Some(0.0), r#type: Some(2) },
                    proto::SentencePiece { piece: Some("\u{2581}caf".into()), score: Some(-1.0), r#type: Some(1) },
                ],
                trainer_spec: None,
                normalizer_spec: Some(proto::NormalizerSpec {
                    precompiled_charsmap: Some(charsmap),
                    ..Default::default()
                }),
            };
            SentencePiece::from_bytes(&proto.encode_to_vec()).unwrap()
        };
        // The rule works on a whole character…
        assert_eq!(model(one_rule_charsmap(b'a', "o")).normalize("cafa"), "\u{2581}cofo");
        // …and one on the lead byte of "é" (0xC3 0xA9) used to slice the text inside the
        // character and panic: it is not taken.
        let sp = model(one_rule_charsmap(0xC3, "x"));
        assert_eq!(sp.normalize("café"), "\u{2581}café");
        assert_eq!(sp.encode_pieces("café"), vec!["\u{2581}caf", "é"]);
    }
}
