//! The one error type of the crate.

use std::path::PathBuf;

/// Everything that can go wrong when loading a model or translating.
///
/// Bad input (missing or hostile files, wrong configuration, unusable text) always comes back as
/// one of these variants; nothing in the crate panics on it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file the model directory must hold is not there.
    #[error("missing model file {path}: {hint}")]
    MissingFile {
        /// The file that was looked for.
        path: PathBuf,
        /// What to do about it.
        hint: String,
    },
    /// Reading a file failed.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file being read.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A JSON file (config.json, generation_config.json, vocab.json) is malformed or has wrong types.
    #[error("invalid {path}: {message}")]
    Config {
        /// The offending file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A SentencePiece model file is malformed or uses a feature edgemt does not implement.
    #[error("invalid SentencePiece model {path}: {message}")]
    Tokenizer {
        /// The offending `.spm` file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// tract could not load, type or optimise an ONNX file.
    #[error("cannot load ONNX model {path}: {message}")]
    Onnx {
        /// The ONNX file.
        path: PathBuf,
        /// tract's error chain.
        message: String,
    },
    /// The ONNX graphs do not have the inputs/outputs of an Optimum seq2seq export.
    #[error("unexpected model graph in {path}: {message}")]
    Graph {
        /// The ONNX file.
        path: PathBuf,
        /// What does not match.
        message: String,
    },
    /// Running the model failed.
    #[error("inference failed: {0}")]
    Inference(String),
    /// The text given to translate cannot be translated as it is.
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// A sentence is longer than the model's maximum number of positions and cannot be split
    /// at a sentence boundary.
    #[error(
        "a sentence of {tokens} tokens exceeds the model's limit of {limit} source tokens and has no sentence boundary to split at"
    )]
    SentenceTooLong {
        /// Tokens in the sentence (with `</s>`).
        tokens: usize,
        /// The most the model accepts.
        limit: usize,
    },
    /// Translation options that contradict each other or the model.
    #[error("invalid options: {0}")]
    InvalidOptions(String),
}

/// Shorthand for results with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn onnx(path: &std::path::Path, e: impl std::fmt::Debug) -> Error {
        Error::Onnx { path: path.to_path_buf(), message: format!("{e:?}") }
    }
    pub(crate) fn inference(e: impl std::fmt::Debug) -> Error {
        Error::Inference(format!("{e:?}"))
    }
}
