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
    /// Reading or writing a file (or stdin/stdout) failed.
    #[error("{path}: {source}")]
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
    /// A request over one of the [`crate::Limits`] (beams, run-state memory, line size),
    /// refused before anything was allocated for it.
    #[error("over a limit: {0}")]
    LimitExceeded(String),
    /// The caller's observer stopped the translation
    /// ([`crate::Flow::Stop`] from [`crate::Translator::translate_observed`]).
    #[error("cancelled by the caller")]
    Cancelled {
        /// The best translation's text up to where it stopped.
        partial: String,
    },
    /// A bug: a panic inside edgemt or tract, caught at the public entry and returned instead of
    /// unwinding into the caller. The message is the panic's.
    #[error("internal error: {0}")]
    Internal(String),
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

thread_local! {
    /// The message and location of the last panic on this thread, when a quiet hook took it
    /// (see [`quiet_panics`]).
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// Whether panics on this thread are kept from stderr.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs (once) a panic hook that, on a thread inside [`quiet`], records the panic
/// message instead of printing it, and otherwise defers to the hook that was there. The C API
/// uses it: a C host's stderr gets no panic text, the message goes to `edgemt_last_error`.
pub(crate) fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.with(|q| q.get()) {
                let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
                let msg = format!("{}{at}", payload_message(info.payload()));
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `f` with panics on this thread kept from stderr (see [`quiet_panics`]).
pub(crate) fn quiet<R>(f: impl FnOnce() -> R) -> R {
    let was = QUIET.with(|q| q.replace(true));
    let r = f();
    QUIET.with(|q| q.set(was));
    r
}

fn payload_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
}

/// Runs `f`, turning a panic into [`Error::Internal`] with its message: no panic leaves a
/// public entry point of the crate. `what` says what was being done.
pub(crate) fn guard<R>(what: &str, f: impl FnOnce() -> Result<R>) -> Result<R> {
    LAST_PANIC.with(|p| p.borrow_mut().take());
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(p) => {
            let msg = LAST_PANIC.with(|l| l.borrow_mut().take()).unwrap_or_else(|| payload_message(&*p));
            Err(Error::Internal(format!("panic while {what}: {msg}")))
        }
    }
}
