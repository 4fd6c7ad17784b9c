//! A model directory in the Optimum ONNX layout: which files, which precision, the configs.

pub mod config;
pub mod tract;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use config::{GenerationConfig, ModelConfig};

use crate::error::{Error, Result};

/// Weight precision of the ONNX files, chosen by file name suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// `encoder_model.onnx` …: float32 weights.
    F32,
    /// `encoder_model_quantized.onnx` …: int8 weights from onnxruntime `quantize_dynamic`
    /// (MatMulInteger + DynamicQuantizeLinear), per-tensor or per-channel.
    Int8,
    /// `encoder_model_fp16.onnx` …: float16 weights.
    Fp16,
}

impl Precision {
    /// Every precision, in the order automatic selection prefers them.
    pub const PREFERENCE: [Precision; 3] = [Precision::Int8, Precision::F32, Precision::Fp16];

    /// File-name suffix of this precision's ONNX files.
    pub fn suffix(self) -> &'static str {
        match self {
            Precision::F32 => "",
            Precision::Int8 => "_quantized",
            Precision::Fp16 => "_fp16",
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Precision::F32 => "f32",
            Precision::Int8 => "int8",
            Precision::Fp16 => "fp16",
        })
    }
}

impl FromStr for Precision {
    type Err = Error;
    fn from_str(s: &str) -> Result<Precision> {
        match s.to_ascii_lowercase().as_str() {
            "f32" | "fp32" | "float32" => Ok(Precision::F32),
            "int8" | "i8" | "quantized" => Ok(Precision::Int8),
            "fp16" | "f16" | "float16" => Ok(Precision::Fp16),
            _ => Err(Error::InvalidOptions(format!("unknown precision {s:?} (expected f32, int8 or fp16)"))),
        }
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

    /// The raw ONNX protobuf.
    pub fn proto(&self) -> Result<tract_onnx::pb::ModelProto> {
        use tract_onnx::prelude::Framework;
        let fw = tract_onnx::onnx();
        match self {
            OnnxSource::File(p) => fw.proto_model_for_path(p),
            OnnxSource::Memory { bytes, .. } => fw.proto_model_for_read(&mut &bytes[..]),
        }
        .map_err(|e| Error::onnx(&self.label(), e))
    }

    /// tract's inference model, value_info ignored.
    pub fn inference_model(&self) -> Result<tract_onnx::prelude::InferenceModel> {
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

/// The three ONNX graphs of an Optimum `text2text-generation-with-past` export.
pub const ONNX_PARTS: [&str; 3] = ["encoder_model", "decoder_model", "decoder_with_past_model"];

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

/// The default model directory: the first of [`default_model_candidates`] that holds a
/// `config.json`.
pub fn default_model_dir() -> Result<PathBuf> {
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

/// A checked model directory: the files exist and the precision is settled.
#[derive(Debug, Clone)]
pub struct ModelDir {
    /// The directory.
    pub dir: PathBuf,
    /// The precision whose ONNX files will be loaded.
    pub precision: Precision,
    /// Precisions whose three ONNX files are all present.
    pub available: Vec<Precision>,
}

impl ModelDir {
    /// Inspects `dir`; `precision` forces a variant, otherwise the first available of
    /// [`Precision::PREFERENCE`] is taken.
    pub fn open(dir: &Path, precision: Option<Precision>) -> Result<ModelDir> {
        if !dir.is_dir() {
            return Err(Error::MissingFile {
                path: dir.to_path_buf(),
                hint: "the model directory does not exist".into(),
            });
        }
        for f in REQUIRED_FILES {
            let p = dir.join(f);
            if !p.is_file() {
                return Err(Error::MissingFile {
                    path: p,
                    hint: "an Optimum export of a Marian model has config.json and generation_config.json; copy source.spm, target.spm and vocab.json from the original model".into(),
                });
            }
        }
        let available: Vec<Precision> = Precision::PREFERENCE
            .into_iter()
            .filter(|p| ONNX_PARTS.iter().all(|part| dir.join(format!("{part}{}.onnx", p.suffix())).is_file()))
            .collect();
        let precision = match precision {
            Some(p) => p,
            None => match available.first() {
                Some(p) => *p,
                None => return Err(Self::missing_onnx(dir, Precision::F32)),
            },
        };
        if !available.contains(&precision) {
            return Err(Self::missing_onnx(dir, precision));
        }
        Ok(ModelDir { dir: dir.to_path_buf(), precision, available })
    }

    fn missing_onnx(dir: &Path, precision: Precision) -> Error {
        let missing = ONNX_PARTS
            .iter()
            .map(|part| dir.join(format!("{part}{}.onnx", precision.suffix())))
            .find(|p| !p.is_file())
            .unwrap_or_else(|| dir.join("encoder_model.onnx"));
        let merged = std::fs::read_dir(dir)
            .map(|rd| rd.flatten().any(|e| e.file_name().to_string_lossy().starts_with("decoder_model_merged")))
            .unwrap_or(false);
        let hint = if merged {
            "this export has only decoder_model_merged.onnx, whose If node tract cannot run; re-export with `optimum-cli export onnx --task text2text-generation-with-past --no-post-process` to get decoder_model.onnx and decoder_with_past_model.onnx".to_string()
        } else {
            format!(
                "no {precision} variant here: expected encoder_model{s}.onnx, decoder_model{s}.onnx and decoder_with_past_model{s}.onnx from `optimum-cli export onnx --task text2text-generation-with-past --no-post-process`",
                s = precision.suffix()
            )
        };
        Error::MissingFile { path: missing, hint }
    }

    /// An in-memory model: no directory, the given precision only.
    pub fn memory(precision: Precision) -> ModelDir {
        ModelDir { dir: PathBuf::from("<memory>"), precision, available: vec![precision] }
    }

    /// Path of one ONNX part at the selected precision.
    pub fn onnx(&self, part: &str) -> PathBuf {
        self.dir.join(format!("{part}{}.onnx", self.precision.suffix()))
    }

    /// Path of a file in the directory.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}
