//! A model directory in the Optimum ONNX layout: which files, which precision, the configs.

pub mod config;
pub(crate) mod lazy;
pub mod tract;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use config::{GenerationConfig, ModelConfig};

use crate::error::{Error, Result};

/// Weight precision (variant) of the ONNX files, named by the file-name suffix the exporters
/// use: Optimum (`_quantized`, `_fp16`) and the transformers.js / onnx-community repositories
/// (`_int8`, `_uint8`, `_q4`, `_q4f16`, `_bnb4`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// `encoder_model.onnx` …: float32 weights.
    F32,
    /// int8 weights (`MatMulInteger` + `DynamicQuantizeLinear` from onnxruntime's
    /// `quantize_dynamic`): the `_int8` files where the directory has them, else `_quantized`.
    Int8,
    /// `*_quantized.onnx`: onnxruntime `quantize_dynamic` (Optimum's and transformers.js's
    /// default: QInt8 weights, per-channel or per-tensor, with or without reduce_range).
    Quantized,
    /// `*_uint8.onnx`: `quantize_dynamic` with QUInt8 weights and zero points.
    Uint8,
    /// `*_fp16.onnx`: float16 weights.
    Fp16,
    /// `*_q4.onnx`: 4-bit weights (`MatMulNBits`, blocks of 32) with f32 scales.
    Q4,
    /// `*_q4f16.onnx`: 4-bit weights with fp16 scales and fp16 activations (not run here).
    Q4f16,
    /// `*_bnb4.onnx`: bitsandbytes-style 4-bit (`MatMulBnb4`, not run here).
    Bnb4,
}

impl Precision {
    /// Every precision, in the order automatic selection prefers them.
    pub const PREFERENCE: [Precision; 8] = [
        Precision::Int8,
        Precision::Quantized,
        Precision::F32,
        Precision::Fp16,
        Precision::Uint8,
        Precision::Q4,
        Precision::Q4f16,
        Precision::Bnb4,
    ];

    /// File-name suffixes this precision may be stored under, first match wins.
    pub fn suffixes(self) -> &'static [&'static str] {
        match self {
            Precision::F32 => &[""],
            Precision::Int8 => &["_int8", "_quantized"],
            Precision::Quantized => &["_quantized"],
            Precision::Uint8 => &["_uint8"],
            Precision::Fp16 => &["_fp16"],
            Precision::Q4 => &["_q4"],
            Precision::Q4f16 => &["_q4f16"],
            Precision::Bnb4 => &["_bnb4"],
        }
    }

    /// The usual file-name suffix of this precision's ONNX files.
    pub fn suffix(self) -> &'static str {
        self.suffixes()[0]
    }

    /// Whether edgemt can run this variant at all (q4f16 and bnb4 are recognised, not run).
    pub fn supported(self) -> bool {
        !matches!(self, Precision::Q4f16 | Precision::Bnb4)
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Precision::F32 => "f32",
            Precision::Int8 => "int8",
            Precision::Quantized => "quantized",
            Precision::Uint8 => "uint8",
            Precision::Fp16 => "fp16",
            Precision::Q4 => "q4",
            Precision::Q4f16 => "q4f16",
            Precision::Bnb4 => "bnb4",
        })
    }
}

impl FromStr for Precision {
    type Err = Error;
    fn from_str(s: &str) -> Result<Precision> {
        Ok(match s.to_ascii_lowercase().trim_start_matches('_') {
            "f32" | "fp32" | "float32" => Precision::F32,
            "int8" | "i8" => Precision::Int8,
            "quantized" => Precision::Quantized,
            "uint8" | "u8" => Precision::Uint8,
            "fp16" | "f16" | "float16" => Precision::Fp16,
            "q4" => Precision::Q4,
            "q4f16" => Precision::Q4f16,
            "bnb4" => Precision::Bnb4,
            _ => {
                return Err(Error::InvalidOptions(format!(
                    "unknown precision {s:?} (expected f32, int8, quantized, uint8, fp16, q4, q4f16 or bnb4)"
                )));
            }
        })
    }
}

/// Where an ONNX graph comes from: a file (memory-mapped, external data next to it) or bytes
/// the caller already holds (firmware without a filesystem).
#[derive(Debug, Clone, Copy)]
pub enum OnnxSource<'a> {
    /// A file on disk.
    File(&'a Path),
    /// An in-memory copy of the file; `name` labels errors.
    Memory {
        /// What to call it in errors (e.g. `decoder_model.onnx`).
        name: &'a str,
        /// The protobuf bytes.
        bytes: &'a [u8],
    },
}

impl OnnxSource<'_> {
    /// The path, or `<memory>/name`, for error messages.
    pub fn label(&self) -> PathBuf {
        match self {
            OnnxSource::File(p) => p.to_path_buf(),
            OnnxSource::Memory { name, .. } => Path::new("<memory>").join(name),
        }
    }

    /// tract's inference model, value_info ignored.
    pub(crate) fn inference_model(&self) -> Result<tract_onnx::prelude::InferenceModel> {
        use tract_onnx::prelude::Framework;
        let fw = tract_onnx::onnx().with_ignore_value_info(true);
        match self {
            OnnxSource::File(p) => fw.model_for_path(p),
            OnnxSource::Memory { bytes, .. } => fw.model_for_read(&mut &bytes[..]),
        }
        .map_err(|e| Error::onnx(&self.label(), e))
    }

    /// Directory external tensor data is resolved against (files only).
    pub fn data_dir(&self) -> Option<String> {
        match self {
            OnnxSource::File(p) => p.parent().and_then(|d| d.to_str()).map(str::to_string),
            OnnxSource::Memory { .. } => None,
        }
    }
}

/// The three ONNX graphs of an Optimum `text2text-generation-with-past --no-post-process`
/// export; `decoder_model_merged` (Optimum's default, transformers.js) stands in for the two
/// decoders on the native engine.
pub const ONNX_PARTS: [&str; 3] = ["encoder_model", "decoder_model", "decoder_with_past_model"];

/// Optimum's merged decoder (an `If` over the first-step and with-past graphs).
pub const MERGED_DECODER: &str = "decoder_model_merged";

/// The non-ONNX files every model directory needs.
pub const REQUIRED_FILES: [&str; 5] =
    ["config.json", "generation_config.json", "source.spm", "target.spm", "vocab.json"];

/// The model bundled with the source tree, under `models/`: used when no model is named.
pub const BUNDLED_MODEL: &str = "en-es-small";

/// Environment variable naming the default model directory (overrides the bundled one).
pub const MODEL_ENV: &str = "EDGEMT_MODEL";

/// Where the default model is looked for, in order: `$EDGEMT_MODEL` when set (then only there);
/// `models/en-es-small` under the current directory; under the executable's directory and each of
/// its parents (so `target/release/edgemt` finds the source tree's copy), and
/// `../share/edgemt/models/` beside it (an installed layout); last, the source tree the binary was
/// built from.
pub fn default_model_candidates() -> Vec<PathBuf> {
    if let Some(dir) = std::env::var_os(MODEL_ENV).filter(|v| !v.is_empty()) {
        return vec![PathBuf::from(dir)];
    }
    let rel = Path::new("models").join(BUNDLED_MODEL);
    let mut out = vec![rel.clone()];
    if let Some(exe_dir) = std::env::current_exe().ok().and_then(|e| e.parent().map(Path::to_path_buf)) {
        out.push(exe_dir.join("../share/edgemt").join(&rel));
        out.extend(exe_dir.ancestors().map(|a| a.join(&rel)));
    }
    out.push(Path::new(env!("CARGO_MANIFEST_DIR")).join(&rel));
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.clone()));
    out
}

/// Whether `dir` is a directory, with the reason when it is not ("does not exist", "is a file,
/// not a model directory").
fn check_model_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if dir.exists() {
        return Err(Error::InvalidInput(format!(
            "{} is a file, not a model directory (the directory that holds config.json, the ONNX files and the tokenizer)",
            dir.display()
        )));
    }
    Err(Error::MissingFile { path: dir.to_path_buf(), hint: "the model directory does not exist".into() })
}

/// The default model directory: the first of [`default_model_candidates`] that holds a
/// `config.json`.
pub fn default_model_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(MODEL_ENV).filter(|v| !v.is_empty()) {
        // The user named it: say what is wrong with it, as for --model.
        let dir = PathBuf::from(dir);
        return match check_model_dir(&dir) {
            Ok(()) => Ok(dir),
            Err(Error::MissingFile { path, hint }) => {
                Err(Error::MissingFile { path, hint: format!("{hint} (from {MODEL_ENV})") })
            }
            Err(Error::InvalidInput(m)) => Err(Error::InvalidInput(format!("{m} (from {MODEL_ENV})"))),
            Err(e) => Err(e),
        };
    }
    let candidates = default_model_candidates();
    if let Some(found) = candidates.iter().find(|d| d.join("config.json").is_file()) {
        log::debug!("default model: {}", found.display());
        return Ok(found.clone());
    }
    let tried: Vec<String> = candidates.iter().map(|c| c.display().to_string()).collect();
    Err(Error::MissingFile {
        path: candidates.into_iter().next().unwrap_or_default(),
        hint: format!(
            "no model given and the bundled model was not found (looked in: {}); pass --model DIR or set {MODEL_ENV}",
            tried.join(", ")
        ),
    })
}

/// The ONNX files of one precision in a model directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnnxFiles {
    /// The file-name suffix they share (`""`, `"_quantized"`, …).
    pub suffix: &'static str,
    /// `encoder_model{suffix}.onnx`.
    pub encoder: PathBuf,
    /// `decoder_model{suffix}.onnx`, when present.
    pub decoder: Option<PathBuf>,
    /// `decoder_with_past_model{suffix}.onnx`, when present.
    pub decoder_with_past: Option<PathBuf>,
    /// `decoder_model_merged{suffix}.onnx`, when present.
    pub merged: Option<PathBuf>,
}

impl OnnxFiles {
    /// The decoder graph the native engine reads weights from: `decoder_model`, else the merged
    /// one.
    pub fn native_decoder(&self) -> Option<&Path> {
        self.decoder.as_deref().or(self.merged.as_deref())
    }

    /// The two decoder graphs the tract backend runs, when both are present.
    pub fn tract_decoders(&self) -> Option<(&Path, &Path)> {
        Some((self.decoder.as_deref()?, self.decoder_with_past.as_deref()?))
    }

    fn find(onnx_dir: &Path, precision: Precision) -> Option<OnnxFiles> {
        precision.suffixes().iter().find_map(|&suffix| {
            let file = |part: &str| Some(onnx_dir.join(format!("{part}{suffix}.onnx"))).filter(|p| p.is_file());
            let encoder = file("encoder_model")?;
            let (decoder, decoder_with_past, merged) =
                (file("decoder_model"), file("decoder_with_past_model"), file(MERGED_DECODER));
            if decoder.is_none() && merged.is_none() {
                return None;
            }
            Some(OnnxFiles { suffix, encoder, decoder, decoder_with_past, merged })
        })
    }

    /// Every ONNX file, for listings.
    pub fn all(&self) -> Vec<&Path> {
        std::iter::once(self.encoder.as_path())
            .chain(self.decoder.as_deref())
            .chain(self.decoder_with_past.as_deref())
            .chain(self.merged.as_deref())
            .collect()
    }
}

/// A checked model directory: the files exist and the precision is settled.
#[derive(Debug, Clone)]
pub struct ModelDir {
    /// The directory (config.json, tokenizer files).
    pub dir: PathBuf,
    /// Where the ONNX graphs are: `dir`, or `dir/onnx` (transformers.js / onnx-community
    /// layout).
    pub onnx_dir: PathBuf,
    /// The precision whose ONNX files will be loaded.
    pub precision: Precision,
    /// The files of that precision.
    pub files: OnnxFiles,
    /// Precisions with an encoder and a decoder present, each with its files.
    pub available: Vec<(Precision, OnnxFiles)>,
}

/// The binary lexical shortlist of a model directory: `lex.s2t.bin`, else the one file named
/// `lex.*.s2t.bin` (Bergamot's naming, e.g. `lex.50.50.enes.s2t.bin`). Several of the latter
/// and no `lex.s2t.bin` is an error (say which with `--shortlist`).
pub fn find_shortlist(dir: &Path) -> Result<Option<PathBuf>> {
    let plain = dir.join("lex.s2t.bin");
    if plain.is_file() {
        return Ok(Some(plain));
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter(|e| {
                    let n = e.file_name();
                    let n = n.to_string_lossy();
                    n.starts_with("lex.") && n.ends_with(".s2t.bin") && e.path().is_file()
                })
                .map(|e| e.path())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.pop()),
        _ => Err(Error::Config {
            path: dir.to_path_buf(),
            message: format!(
                "several shortlists ({}); keep one, name it lex.s2t.bin, or choose with --shortlist FILE",
                found.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy()).collect::<Vec<_>>().join(", ")
            ),
        }),
    }
}

impl ModelDir {
    /// Inspects `dir`; `precision` forces a variant, otherwise the first available of
    /// [`Precision::PREFERENCE`] that edgemt runs is taken.
    pub fn open(dir: &Path, precision: Option<Precision>) -> Result<ModelDir> {
        check_model_dir(dir)?;
        for f in REQUIRED_FILES {
            let p = dir.join(f);
            if !p.is_file() {
                return Err(Error::MissingFile {
                    path: p,
                    hint: "an Optimum export of a Marian model has config.json and generation_config.json; copy source.spm, target.spm and vocab.json from the original model".into(),
                });
            }
        }
        let onnx_dir = [dir.to_path_buf(), dir.join("onnx")]
            .into_iter()
            .find(|d| {
                std::fs::read_dir(d).is_ok_and(|rd| {
                    rd.flatten().any(|e| {
                        let n = e.file_name();
                        let n = n.to_string_lossy();
                        n.starts_with("encoder_model") && n.ends_with(".onnx")
                    })
                })
            })
            .unwrap_or_else(|| dir.to_path_buf());
        let mut available: Vec<(Precision, OnnxFiles)> = Vec::new();
        for p in Precision::PREFERENCE {
            if let Some(f) = OnnxFiles::find(&onnx_dir, p) {
                available.push((p, f));
            }
        }
        let precision = match precision {
            Some(p) => p,
            None => match available.iter().find(|(p, _)| p.supported()) {
                Some((p, _)) => *p,
                None => return Err(Self::missing_onnx(&onnx_dir, Precision::F32)),
            },
        };
        let Some(files) = available.iter().find(|(p, _)| *p == precision).map(|(_, f)| f.clone()) else {
            return Err(Self::missing_onnx(&onnx_dir, precision));
        };
        if !precision.supported() {
            return Err(Error::Graph {
                path: files.encoder.clone(),
                message: format!(
                    "{precision} weights (4-bit with fp16 scales / bitsandbytes 4-bit) are recognised but not run by edgemt; use this model's q4, int8 or fp16 files (--precision)"
                ),
            });
        }
        Ok(ModelDir { dir: dir.to_path_buf(), onnx_dir, precision, files, available })
    }

    fn missing_onnx(dir: &Path, precision: Precision) -> Error {
        let s = precision.suffix();
        let missing = [format!("encoder_model{s}.onnx"), format!("decoder_model{s}.onnx")]
            .into_iter()
            .map(|f| dir.join(f))
            .find(|p| !p.is_file())
            .unwrap_or_else(|| dir.join("encoder_model.onnx"));
        Error::MissingFile {
            path: missing,
            hint: format!(
                "no {precision} variant here: expected encoder_model{s}.onnx and decoder_model{s}.onnx (or decoder_model_merged{s}.onnx), in the directory or its onnx/ folder, as `optimum-cli export onnx --task text2text-generation-with-past` writes them"
            ),
        }
    }

    /// An in-memory model: no directory, the given precision only.
    pub fn memory(precision: Precision) -> ModelDir {
        let s = precision.suffix();
        let m = |part: &str| PathBuf::from("<memory>").join(format!("{part}{s}.onnx"));
        let files = OnnxFiles {
            suffix: s,
            encoder: m("encoder_model"),
            decoder: Some(m("decoder_model")),
            decoder_with_past: Some(m("decoder_with_past_model")),
            merged: None,
        };
        ModelDir {
            dir: PathBuf::from("<memory>"),
            onnx_dir: PathBuf::from("<memory>"),
            precision,
            available: vec![(precision, files.clone())],
            files,
        }
    }

    /// Path of one ONNX part (`encoder_model`, `decoder_model`, …) at the selected precision.
    pub fn onnx(&self, part: &str) -> PathBuf {
        self.onnx_dir.join(format!("{part}{}.onnx", self.files.suffix))
    }

    /// Path of a file in the directory.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

/// Largest config/vocabulary/SentencePiece file read (a 250k-piece vocab.json is ~6 MB).
pub const MAX_TEXT_FILE_BYTES: u64 = 64 << 20;

/// Reads a file of at most `max` bytes: its size is checked before anything is allocated.
pub fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    let io = |source| Error::Io { path: path.into(), source };
    let f = std::fs::File::open(path).map_err(io)?;
    let len = f.metadata().map_err(io)?.len();
    if len > max {
        return Err(Error::Config {
            path: path.into(),
            message: format!("{len} bytes, more than the {max} such a file may have"),
        });
    }
    let mut buf = Vec::new();
    // `take` also bounds a file that grows while it is read.
    f.take(max + 1).read_to_end(&mut buf).map_err(io)?;
    if buf.len() as u64 > max {
        return Err(Error::Config {
            path: path.into(),
            message: format!("more than the {max} bytes such a file may have"),
        });
    }
    Ok(buf)
}
