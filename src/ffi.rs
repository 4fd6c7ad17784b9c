//! C API (`include/edgemt.h`), in the style of whisper.cpp / llama.cpp: an opaque context,
//! load-time parameters apart from per-call ones (each with defaults), loading from a directory
//! or from memory, translation into a caller-provided buffer with the result also kept behind
//! getters (n-best texts and scores, word alignment), an optional per-token callback, status
//! codes and a last-error string.
//!
//! Every entry point catches panics (their message goes to `edgemt_last_error`, nothing is
//! printed on the host's stderr), checks its pointers, validates enums that arrive as `int32_t`,
//! and looks the context up in the registry of live contexts, so a null, freed or foreign handle
//! is reported, not dereferenced.
//!
//! Context lifetime: the registry owns each context (an `Arc`) under a handle that is never
//! reused (a freed context's pointer stays invalid even when a new context is loaded). A call takes its own reference
//! and counts itself in the context's `calls` while the registry lock is held, so
//! `edgemt_free` (which removes the context under that lock only when no call is counted)
//! can never free a context a call is using: it returns `EDGEMT_ERR_BUSY` instead, also when
//! called from inside the context's own token callback.
//!
//! Thread safety: calls on one context from several threads are serialised (one translation
//! at a time per context); a call on a context from inside that context's token callback
//! returns `EDGEMT_ERR_BUSY` rather than deadlocking. Error messages are kept per thread and
//! context (like `errno`). For parallel translation, load one context per thread.

#![allow(non_camel_case_types)]

use std::cell::RefCell;
use std::ffi::{CStr, CString, c_char, c_void};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::{Backend, Error, Limits, LoadOptions, ModelBytes, Precision, Q4Compute, TranslateOptions, Translator};

/// Status codes of every `edgemt_*` call.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum edgemt_status {
    /// Success.
    EDGEMT_OK = 0,
    /// A required pointer argument was null.
    EDGEMT_ERR_NULL_POINTER = 1,
    /// The context is not a live context (never created, or already freed).
    EDGEMT_ERR_INVALID_CONTEXT = 2,
    /// Text or a path is not valid UTF-8.
    EDGEMT_ERR_INVALID_UTF8 = 3,
    /// The output buffer is too small; `*out_len` holds the size needed (with the NUL).
    EDGEMT_ERR_BUFFER_TOO_SMALL = 4,
    /// The model could not be loaded (missing or malformed files, wrong configuration).
    EDGEMT_ERR_MODEL = 5,
    /// The text cannot be translated (empty, too long for the model, too large).
    EDGEMT_ERR_INPUT = 6,
    /// Invalid parameters (negative sizes, an enum value out of range, …).
    EDGEMT_ERR_PARAMS = 7,
    /// Inference failed.
    EDGEMT_ERR_INFERENCE = 8,
    /// The token callback asked to stop; the output holds what was produced so far.
    EDGEMT_ERR_CANCELLED = 9,
    /// An internal error (a caught panic: a bug); `edgemt_last_error` has its message.
    EDGEMT_ERR_INTERNAL = 10,
    /// The context is in use: `edgemt_free` while a call on it runs or waits, or a call on a
    /// context from inside its own token callback. Nothing was done.
    EDGEMT_ERR_BUSY = 11,
    /// The request is over a limit (`max_beams`, `max_memory`): refused before anything was
    /// allocated for it.
    EDGEMT_ERR_LIMIT = 12,
}
use edgemt_status::*;

/// Weight precision to load (`edgemt_load_params.precision`, an `int32_t`: other values are
/// refused with `EDGEMT_ERR_PARAMS`).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum edgemt_precision {
    /// int8, else f32, else fp16: whichever the directory has (f32 for in-memory models).
    EDGEMT_PRECISION_AUTO = 0,
    /// float32.
    EDGEMT_PRECISION_F32 = 1,
    /// int8 (onnxruntime `quantize_dynamic`).
    EDGEMT_PRECISION_INT8 = 2,
    /// float16.
    EDGEMT_PRECISION_FP16 = 3,
    /// `*_quantized.onnx` (transformers.js / Optimum int8).
    EDGEMT_PRECISION_QUANTIZED = 4,
    /// `*_uint8.onnx` (uint8 weights with zero points).
    EDGEMT_PRECISION_UINT8 = 5,
    /// `*_q4.onnx` (4-bit `MatMulNBits`, blocks of 32).
    EDGEMT_PRECISION_Q4 = 6,
}

/// Decoder backend (`edgemt_load_params.backend`, an `int32_t`: other values are refused with
/// `EDGEMT_ERR_PARAMS`).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum edgemt_backend {
    /// The native engine when it supports the model, else tract.
    EDGEMT_BACKEND_AUTO = 0,
    /// The native engine (zero allocations per token).
    EDGEMT_BACKEND_NATIVE = 1,
    /// tract.
    EDGEMT_BACKEND_TRACT = 2,
}

/// Called for each output token: the vocabulary id and its SentencePiece piece (UTF-8, not
/// NUL-terminated, `▁` marks the start of a word). With greedy search (`beam_size` 1) it is
/// called as each token is decided, from inside the decoding loop; with beam search, once per
/// token of the best hypothesis after the search. Return 0 to continue, non-zero to stop.
/// Inside it, `edgemt_translate` and `edgemt_free` on the same context return
/// `EDGEMT_ERR_BUSY`; `edgemt_last_error` works; other contexts can be used.
pub type edgemt_token_callback =
    Option<unsafe extern "C" fn(user_data: *mut c_void, token_id: u32, piece: *const c_char, piece_len: usize) -> i32>;

/// Load-time parameters (fixed for a context's life); start from
/// `edgemt_load_params_default()`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct edgemt_load_params {
    /// Threads the native engine splits its matrix products across: 0 = the number of cores
    /// (at most 4), 1 = the calling thread only, at most 64.
    pub threads: i32,
    /// An `edgemt_precision` value.
    pub precision: i32,
    /// An `edgemt_backend` value.
    pub backend: i32,
    /// Most beams a translation may use (also bounds generation_config.json's); 0 = 64.
    pub max_beams: i32,
    /// Most bytes the buffers of one sentence may take (encoder state, decoder caches, search
    /// buffers), checked before allocating; 0 = 1 GiB.
    pub max_memory: u64,
    /// Vocabulary shortlist: 1 = the model directory's `lex.s2t.bin` when it has one (the
    /// default), 0 = score the whole vocabulary at every step.
    pub shortlist: i32,
    /// 4-bit models: 0 = int8 activations and an int8 output projection (the default,
    /// fastest), 1 = f32 activations and the file's output projection (as onnxruntime).
    pub q4_compute_f32: i32,
}

/// Per-call translation parameters; start from `edgemt_translate_params_default()` (NULL in
/// `edgemt_translate` means those defaults).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct edgemt_translate_params {
    /// Beam size; 0 = the model's generation_config.json (1 = greedy). At most `max_beams`.
    pub beam_size: i32,
    /// Hypotheses kept (`edgemt_result_count`); 0 = 1. At most the beam size.
    pub n_best: i32,
    /// Longest output in tokens (decoder start token included); 0 = the model's default.
    pub max_length: i32,
    /// transformers' `repetition_penalty`: 0 = the model's generation_config.json (else 1 =
    /// off); > 1 discourages repeating tokens already in the output. Negative or NaN: an error.
    pub repetition_penalty: f32,
    /// transformers' `no_repeat_ngram_size`: 0 = the model's generation_config.json, -1 = off,
    /// n > 0 = no n-gram of n tokens generated twice.
    pub no_repeat_ngram_size: i32,
    /// 0 = translate sentence by sentence (the default, as the CLI); 1 = each text as one piece
    /// (split only where it is longer than the model's positions).
    pub no_split: i32,
    /// 1 = keep the word alignment of the translation for `edgemt_result_alignment` (the last
    /// decoder layer's encoder–decoder attention averaged over heads; one more decoder pass per
    /// sentence), 0 = none (the default).
    pub alignment: i32,
    /// 0 = keep numbers as the source writes them (the default: every number of the
    /// translation is one of its source sentence's, digit for digit, separators free); 1 = let
    /// the model write digits as it likes.
    pub free_numbers: i32,
    /// Most copies in a row of one SentencePiece piece that has a letter: 0 = the default (2),
    /// -1 = no limit (as transformers' `generate`), n > 0 = n.
    pub max_piece_run: i32,
    /// Optional per-token callback.
    pub token_callback: edgemt_token_callback,
    /// Passed to `token_callback`.
    pub user_data: *mut c_void,
}

/// The in-memory files of a model for `edgemt_load_from_buffers`. Pointers must stay valid
/// for the duration of the call only.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct edgemt_model_buffers {
    /// `config.json`.
    pub config_json: *const u8,
    /// Its length.
    pub config_json_len: usize,
    /// `generation_config.json`.
    pub generation_config_json: *const u8,
    /// Its length.
    pub generation_config_json_len: usize,
    /// `source.spm`.
    pub source_spm: *const u8,
    /// Its length.
    pub source_spm_len: usize,
    /// `target.spm`.
    pub target_spm: *const u8,
    /// Its length.
    pub target_spm_len: usize,
    /// `vocab.json`.
    pub vocab_json: *const u8,
    /// Its length.
    pub vocab_json_len: usize,
    /// `encoder_model*.onnx`.
    pub encoder_onnx: *const u8,
    /// Its length.
    pub encoder_onnx_len: usize,
    /// `decoder_model*.onnx`.
    pub decoder_onnx: *const u8,
    /// Its length.
    pub decoder_onnx_len: usize,
    /// `decoder_with_past_model*.onnx`, or NULL (only the tract backend needs it).
    pub decoder_with_past_onnx: *const u8,
    /// Its length.
    pub decoder_with_past_onnx_len: usize,
}

/// An opaque translation context. C sees only a handle typed as a pointer to it, which is the
/// registry's key and is never dereferenced.
pub struct edgemt_context {
    /// The translator and the parameters of its calls, one call at a time.
    state: Mutex<State>,
    /// The thread (see [`thread_token`]) running a call on this context, 0 when none: a call
    /// from that thread (its token callback) is refused instead of deadlocking on `state`.
    owner: AtomicU64,
    /// Calls that hold a reference to this context (running or waiting for `state`); counted
    /// and checked under the registry lock.
    calls: AtomicUsize,
    /// NUL-terminated [`Translator::fallbacks`], one per line ("" when the native engine runs
    /// every graph); fixed at load.
    fallbacks: Vec<u8>,
}

struct State {
    translator: Translator,
}

// SAFETY: every field is Send + Sync except through `state`, which is behind a Mutex (the
// caller's `user_data` is never stored in the context: it lives in the per-call parameters).
unsafe impl Send for edgemt_context {}
// SAFETY: as above; shared access goes through the Mutex and atomics.
unsafe impl Sync for edgemt_context {}

/// The live contexts, owned here, by handle: the value C holds as `edgemt_context *`. A handle
/// is a number never handed out twice (not an address, which a later context could reuse), so
/// a stale pointer to a freed context can never reach another context.
static LIVE: Mutex<Vec<(usize, Arc<edgemt_context>)>> = Mutex::new(Vec::new());

fn live() -> std::sync::MutexGuard<'static, Vec<(usize, Arc<edgemt_context>)>> {
    LIVE.lock().unwrap_or_else(|e| e.into_inner())
}

/// A new handle: distinct from every earlier one, non-null, 16-aligned like a pointer.
fn new_handle() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed).wrapping_mul(16).wrapping_add(0x1000)
}

/// A call's reference to a live context: counted in `calls` until dropped.
struct Handle(Arc<edgemt_context>);

impl Handle {
    /// The live context `ctx` points to, if any, counted as in use.
    fn get(ctx: *const edgemt_context) -> Option<Handle> {
        let live = live();
        let (_, c) = live.iter().find(|(h, _)| *h == ctx as usize)?;
        c.calls.fetch_add(1, Ordering::SeqCst);
        Some(Handle(c.clone()))
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.0.calls.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A number unique to the calling thread (never 0).
fn thread_token() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    thread_local!(static TOKEN: u64 = NEXT.fetch_add(1, Ordering::Relaxed));
    TOKEN.with(|t| *t)
}

/// A call's hypotheses as the getters hand them out: (text, score), best first.
type Hypotheses = Vec<(CString, f32)>;

thread_local! {
    /// The last error message of this thread's calls, per context (key 0: loading), like
    /// errno: another thread's calls never change the text a pointer from here refers to.
    static ERRORS: RefCell<Vec<(usize, CString)>> = const { RefCell::new(Vec::new()) };
    /// The word alignment of this thread's last translation, per context (`params.alignment`).
    static ALIGNMENTS: RefCell<Vec<(usize, CString)>> = const { RefCell::new(Vec::new()) };
    /// The hypotheses (text, score) of this thread's last translation, per context.
    static RESULTS: RefCell<Vec<(usize, Hypotheses)>> = const { RefCell::new(Vec::new()) };
}

/// Records `msg` as this thread's last error on `key` (a context address, 0 for loading) and
/// drops the entries of contexts that are no longer live.
fn set_error(key: usize, msg: &str) {
    set_text(&ERRORS, key, msg)
}

/// Records `msg` under `key` in one of this thread's text tables, dropping the entries of
/// contexts that are no longer live.
fn set_text(table: &'static std::thread::LocalKey<RefCell<Vec<(usize, CString)>>>, key: usize, msg: &str) {
    let msg = CString::new(msg.replace('\0', "")).unwrap_or_default();
    let live: Vec<usize> = live().iter().map(|(h, _)| *h).collect();
    table.with(|e| {
        let mut e = e.borrow_mut();
        e.retain(|(k, _)| *k != key && (*k == 0 || live.contains(k)));
        e.push((key, msg));
    });
}

/// This thread's last error on `key`, "" when none; the pointer stays valid until this
/// thread's next call on that key.
fn get_error(key: usize) -> *const c_char {
    get_text(&ERRORS, key)
}

/// Records the hypotheses of this thread's last call on `key` (none after a failure).
fn set_results(key: usize, hyps: &[(String, f32)]) {
    let hyps: Hypotheses =
        hyps.iter().map(|(t, s)| (CString::new(t.replace('\0', "")).unwrap_or_default(), *s)).collect();
    let live: Vec<usize> = live().iter().map(|(h, _)| *h).collect();
    RESULTS.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|(k, _)| *k != key && live.contains(k));
        r.push((key, hyps));
    });
}

/// Hypothesis `i` of this thread's last call on `key`.
fn with_result<R>(key: usize, i: i32, f: impl FnOnce(&(CString, f32)) -> R) -> Option<R> {
    RESULTS.with(|r| {
        let r = r.borrow();
        let hyps = &r.iter().find(|(k, _)| *k == key)?.1;
        usize::try_from(i).ok().and_then(|i| hyps.get(i)).map(f)
    })
}

/// This thread's text under `key` in `table`, "" when none; valid until this thread's next
/// call on that key.
fn get_text(table: &'static std::thread::LocalKey<RefCell<Vec<(usize, CString)>>>, key: usize) -> *const c_char {
    static EMPTY: &CStr = c"";
    table.with(|e| e.borrow().iter().find(|(k, _)| *k == key).map_or(EMPTY.as_ptr(), |(_, m)| m.as_ptr()))
}

fn status_of(e: &Error) -> edgemt_status {
    match e {
        Error::MissingFile { .. }
        | Error::Io { .. }
        | Error::Config { .. }
        | Error::Tokenizer { .. }
        | Error::Onnx { .. }
        | Error::Graph { .. } => EDGEMT_ERR_MODEL,
        Error::InvalidInput(_) | Error::SentenceTooLong { .. } => EDGEMT_ERR_INPUT,
        Error::InvalidOptions(_) => EDGEMT_ERR_PARAMS,
        Error::Inference(_) => EDGEMT_ERR_INFERENCE,
        Error::LimitExceeded(_) => EDGEMT_ERR_LIMIT,
        Error::Internal(_) => EDGEMT_ERR_INTERNAL,
        Error::Cancelled { .. } => EDGEMT_ERR_CANCELLED,
    }
}

/// Runs the body of an entry point with panics caught and kept off the host's stderr: a
/// panic becomes [`Error::Internal`] with its message.
fn protected<R>(what: &str, f: impl FnOnce() -> Result<R, Error>) -> Result<R, Error> {
    crate::error::quiet_panics();
    crate::error::quiet(|| crate::error::guard(what, f))
}

/// Default load parameters: auto precision and backend, one thread (a firmware host opts into
/// more), default limits, the model's shortlist, 4-bit models with int8 activations.
#[unsafe(no_mangle)]
pub extern "C" fn edgemt_load_params_default() -> edgemt_load_params {
    edgemt_load_params {
        threads: 1,
        precision: edgemt_precision::EDGEMT_PRECISION_AUTO as i32,
        backend: edgemt_backend::EDGEMT_BACKEND_AUTO as i32,
        max_beams: 0,
        max_memory: 0,
        shortlist: 1,
        q4_compute_f32: 0,
    }
}

/// Default translation parameters: the model's generation_config.json for the search, one
/// hypothesis, sentence by sentence, no alignment, numbers kept as the source writes them, at
/// most 2 copies in a row of a lettered piece, no callback.
#[unsafe(no_mangle)]
pub extern "C" fn edgemt_translate_params_default() -> edgemt_translate_params {
    edgemt_translate_params {
        beam_size: 0,
        n_best: 0,
        max_length: 0,
        repetition_penalty: 0.0,
        no_repeat_ngram_size: 0,
        no_split: 0,
        alignment: 0,
        free_numbers: 0,
        max_piece_run: 0,
        token_callback: None,
        user_data: std::ptr::null_mut(),
    }
}

fn load_options(p: &edgemt_load_params) -> Result<LoadOptions, Error> {
    if !(0..=crate::MAX_THREADS as i32).contains(&p.threads) {
        return Err(Error::InvalidOptions(format!(
            "threads = {}: between 0 (default) and {}",
            p.threads,
            crate::MAX_THREADS
        )));
    }
    if p.max_beams < 0 {
        return Err(Error::InvalidOptions("max_beams must not be negative".into()));
    }
    let precision = match p.precision {
        0 => None,
        1 => Some(Precision::F32),
        2 => Some(Precision::Int8),
        3 => Some(Precision::Fp16),
        4 => Some(Precision::Quantized),
        5 => Some(Precision::Uint8),
        6 => Some(Precision::Q4),
        v => return Err(Error::InvalidOptions(format!("precision {v} is not an edgemt_precision value (0..=6)"))),
    };
    let backend = match p.backend {
        0 => Backend::Auto,
        1 => Backend::Native,
        2 => Backend::Tract,
        v => return Err(Error::InvalidOptions(format!("backend {v} is not an edgemt_backend value (0..=2)"))),
    };
    let mut limits = Limits::default();
    if p.max_beams > 0 {
        limits.max_beams = p.max_beams as usize;
    }
    if p.max_memory > 0 {
        limits.max_memory = usize::try_from(p.max_memory).unwrap_or(usize::MAX);
    }
    let threads = (p.threads > 0).then_some(p.threads as usize);
    let shortlist = match p.shortlist {
        0 => crate::ShortlistChoice::Off,
        1 => crate::ShortlistChoice::Auto,
        v => return Err(Error::InvalidOptions(format!("shortlist {v}: 0 (off) or 1 (the model's, when present)"))),
    };
    let q4_compute = match p.q4_compute_f32 {
        0 => Q4Compute::Int8,
        1 => Q4Compute::F32,
        v => return Err(Error::InvalidOptions(format!("q4_compute_f32 {v}: 0 (int8) or 1 (f32)"))),
    };
    Ok(LoadOptions { precision, backend, limits, threads, shortlist, q4_compute, ..Default::default() })
}

fn finish_load(r: Result<Translator, Error>, status: *mut edgemt_status) -> *mut edgemt_context {
    let (st, ctx) = match r {
        Ok(translator) => {
            let fallbacks = CString::new(translator.fallbacks().join("\n").replace('\0', ""))
                .unwrap_or_default()
                .into_bytes_with_nul();
            let ctx = Arc::new(edgemt_context {
                state: Mutex::new(State { translator }),
                owner: AtomicU64::new(0),
                calls: AtomicUsize::new(0),
                fallbacks,
            });
            let handle = new_handle();
            live().push((handle, ctx));
            let ptr = handle as *mut edgemt_context;
            set_error(0, "");
            (EDGEMT_OK, ptr)
        }
        Err(e) => {
            set_error(0, &e.to_string());
            (status_of(&e), std::ptr::null_mut())
        }
    };
    if !status.is_null() {
        // SAFETY: the caller passes a valid pointer or NULL (checked).
        unsafe { *status = st };
    }
    ctx
}

/// Loads the model in directory `model_dir` (Optimum or transformers.js layout). Returns NULL
/// on failure, with `*status` (if not NULL) set and the message available from
/// `edgemt_last_error(NULL)` on this thread. `params` may be NULL for defaults.
///
/// # Safety
/// `model_dir` must be NULL or a NUL-terminated string; `params` NULL or a valid struct;
/// `status` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_load(
    model_dir: *const c_char,
    params: *const edgemt_load_params,
    status: *mut edgemt_status,
) -> *mut edgemt_context {
    let r = protected("loading", || {
        if model_dir.is_null() {
            return Err(Error::InvalidOptions("model_dir is NULL".into()));
        }
        // SAFETY: non-null (checked) and NUL-terminated per this function's contract.
        let dir = unsafe { CStr::from_ptr(model_dir) }
            .to_str()
            .map_err(|_| Error::InvalidInput("model_dir is not valid UTF-8".into()))?;
        // SAFETY: non-null (checked) and, per this function's contract, a valid
        // `edgemt_load_params`; its enums are plain int32_t, so any bit pattern is valid.
        let p = if params.is_null() { edgemt_load_params_default() } else { unsafe { *params } };
        Translator::load(std::path::Path::new(dir), &load_options(&p)?)
    });
    finish_load(r, status)
}

/// Loads a model from memory (see `edgemt_model_buffers`). `params->precision` says which
/// variant the ONNX buffers are (AUTO means f32).
///
/// # Safety
/// `buffers` must be NULL or point to a struct whose non-NULL pointers are valid for their
/// lengths during the call; `params` and `status` as for `edgemt_load`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_load_from_buffers(
    buffers: *const edgemt_model_buffers,
    params: *const edgemt_load_params,
    status: *mut edgemt_status,
) -> *mut edgemt_context {
    let r = protected("loading", || {
        if buffers.is_null() {
            return Err(Error::InvalidOptions("buffers is NULL".into()));
        }
        // SAFETY: non-null (checked); a valid struct per this function's contract.
        let b = unsafe { *buffers };
        let slice = |p: *const u8, n: usize, what: &str| -> Result<&[u8], Error> {
            if p.is_null() {
                return Err(Error::InvalidOptions(format!("{what} is NULL")));
            }
            if n > isize::MAX as usize {
                return Err(Error::InvalidOptions(format!("{what}_len {n} is not a buffer length")));
            }
            // SAFETY: non-null, and valid for `n` bytes for the duration of the call per this
            // function's contract (`n` ≤ isize::MAX checked).
            Ok(unsafe { std::slice::from_raw_parts(p, n) })
        };
        let bytes = ModelBytes {
            config_json: slice(b.config_json, b.config_json_len, "config_json")?,
            generation_config_json: slice(
                b.generation_config_json,
                b.generation_config_json_len,
                "generation_config_json",
            )?,
            source_spm: slice(b.source_spm, b.source_spm_len, "source_spm")?,
            target_spm: slice(b.target_spm, b.target_spm_len, "target_spm")?,
            vocab_json: slice(b.vocab_json, b.vocab_json_len, "vocab_json")?,
            encoder_onnx: slice(b.encoder_onnx, b.encoder_onnx_len, "encoder_onnx")?,
            decoder_onnx: slice(b.decoder_onnx, b.decoder_onnx_len, "decoder_onnx")?,
            decoder_with_past_onnx: if b.decoder_with_past_onnx.is_null() {
                None
            } else {
                Some(slice(b.decoder_with_past_onnx, b.decoder_with_past_onnx_len, "decoder_with_past_onnx")?)
            },
        };
        // SAFETY: as in `edgemt_load`.
        let p = if params.is_null() { edgemt_load_params_default() } else { unsafe { *params } };
        Translator::load_from_bytes(&bytes, &load_options(&p)?)
    });
    finish_load(r, status)
}

/// What one `edgemt_translate` call produced.
struct CallResult {
    /// The hypotheses (text, score), best first; when cancelled, the text so far (score NaN).
    hypotheses: Vec<(String, f32)>,
    /// The token callback stopped it.
    cancelled: bool,
    /// Pharaoh word alignment ("" unless asked for).
    alignment: String,
}

/// Translates `text` with the per-call parameters `p`.
fn translate_inner(state: &State, p: &edgemt_translate_params, text: &str) -> Result<CallResult, Error> {
    if p.beam_size < 0 || p.max_length < 0 || p.n_best < 0 {
        return Err(Error::InvalidOptions("beam_size, n_best and max_length must not be negative".into()));
    }
    let opts = TranslateOptions {
        num_beams: (p.beam_size > 0).then_some(p.beam_size as usize),
        n_best: (p.n_best > 0).then_some(p.n_best as usize),
        max_length: (p.max_length > 0).then_some(p.max_length as usize),
        // 0 = the model's; anything else is checked with the other search parameters.
        repetition_penalty: (p.repetition_penalty != 0.0).then_some(p.repetition_penalty),
        no_repeat_ngram_size: match p.no_repeat_ngram_size {
            0 => None,
            -1 => Some(0),
            n if n > 0 => Some(n as usize),
            n => {
                return Err(Error::InvalidOptions(format!(
                    "no_repeat_ngram_size {n}: 0 (the model's), -1 (off) or n > 0"
                )));
            }
        },
        no_split: match p.no_split {
            0 => false,
            1 => true,
            v => return Err(Error::InvalidOptions(format!("no_split {v}: 0 (sentence by sentence) or 1 (one piece)"))),
        },
        keep_numbers: match p.free_numbers {
            0 => Some(true),
            1 => Some(false),
            v => return Err(Error::InvalidOptions(format!("free_numbers {v}: 0 (keep the source's numbers) or 1"))),
        },
        max_piece_run: match p.max_piece_run {
            0 => None,
            -1 => Some(0),
            n if n > 0 => Some(n as usize),
            n => {
                return Err(Error::InvalidOptions(format!("max_piece_run {n}: 0 (the default, 2), -1 (off) or n > 0")));
            }
        },
        ..Default::default()
    };
    let t = &state.translator;
    if !(0..=1).contains(&p.alignment) {
        return Err(Error::InvalidOptions(format!("alignment {}: 0 (none) or 1", p.alignment)));
    }
    // The one pipeline (checks, sentences, streaming): greedy reports each token as it is
    // decided, beam search the best hypothesis of each sentence at its end.
    let mut observer = |e: crate::TokenEvent<'_>| {
        let Some(callback) = p.token_callback else { return crate::Flow::Continue };
        // SAFETY: the caller's callback, given the caller's own user_data and a piece pointer
        // valid (and not NUL-terminated, as documented) for `piece.len()` bytes during the call.
        let stop = unsafe { callback(p.user_data, e.id, e.piece.as_ptr() as *const c_char, e.piece.len()) != 0 };
        if stop { crate::Flow::Stop } else { crate::Flow::Continue }
    };
    let r = if p.alignment == 1 {
        t.explain_observed(text, &opts, crate::AlignmentSpec::default(), &mut observer)
            .map(|(tr, a)| (tr, crate::explain::pharaoh(&a)))
    } else {
        t.translate_observed(text, &opts, &mut observer).map(|tr| (tr, String::new()))
    };
    match r {
        Ok((tr, alignment)) => Ok(CallResult {
            hypotheses: tr.hypotheses.into_iter().map(|h| (h.text, h.score)).collect(),
            cancelled: false,
            alignment,
        }),
        Err(Error::Cancelled { partial }) => {
            Ok(CallResult { hypotheses: vec![(partial, f32::NAN)], cancelled: true, alignment: String::new() })
        }
        Err(e) => Err(e),
    }
}

/// Clears `owner` when a call ends, however it ends.
struct Owned<'a>(&'a AtomicU64);

impl Drop for Owned<'_> {
    fn drop(&mut self) {
        self.0.store(0, Ordering::SeqCst);
    }
}

/// Translates NUL-terminated UTF-8 `text` with `params` (NULL: the defaults) and writes the best
/// translation, NUL-terminated, into `out` (capacity `out_cap` bytes; `out` may be NULL with
/// `out_cap` 0 to read the result with the getters only). `*out_len` (if not NULL) receives
/// the bytes needed including the NUL, also when the buffer is too small
/// (EDGEMT_ERR_BUFFER_TOO_SMALL; nothing is written then). Either way the result stays in the
/// context for this thread — `edgemt_result_count`, `edgemt_result_text`,
/// `edgemt_result_score`, `edgemt_result_alignment` — so a small buffer never forces a second
/// translation. Decoding allocates nothing per token. A call from another thread on the
/// same context waits for this one; a call from inside this context's token callback returns
/// EDGEMT_ERR_BUSY.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function (freed ones are detected);
/// `text` NULL or NUL-terminated; `params` NULL or a valid struct; `out` NULL or writable for
/// `out_cap` bytes; `out_len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_translate(
    ctx: *mut edgemt_context,
    text: *const c_char,
    params: *const edgemt_translate_params,
    out: *mut c_char,
    out_cap: usize,
    out_len: *mut usize,
) -> edgemt_status {
    if ctx.is_null() {
        return EDGEMT_ERR_NULL_POINTER;
    }
    let Some(handle) = Handle::get(ctx) else {
        return EDGEMT_ERR_INVALID_CONTEXT;
    };
    let key = ctx as usize;
    let c = &*handle.0;
    if c.owner.load(Ordering::SeqCst) == thread_token() {
        set_error(key, "edgemt_translate called from inside the context's own token callback");
        return EDGEMT_ERR_BUSY;
    }
    let state = c.state.lock().unwrap_or_else(|e| e.into_inner());
    c.owner.store(thread_token(), Ordering::SeqCst);
    let _owned = Owned(&c.owner);
    set_text(&ALIGNMENTS, key, "");
    set_results(key, &[]);
    // SAFETY: NULL or, per this function's contract, a valid struct (plain ints, a function
    // pointer or NULL, and the caller's opaque pointer).
    let params = if params.is_null() { edgemt_translate_params_default() } else { unsafe { *params } };
    let r = protected("translating", || {
        Ok((|| {
            if text.is_null() {
                return Err((EDGEMT_ERR_NULL_POINTER, "text is NULL".to_string()));
            }
            // SAFETY: non-null (checked) and NUL-terminated per this function's contract.
            let Ok(text) = unsafe { CStr::from_ptr(text) }.to_str() else {
                return Err((EDGEMT_ERR_INVALID_UTF8, "text is not valid UTF-8".to_string()));
            };
            let CallResult { hypotheses, cancelled, alignment } =
                translate_inner(&state, &params, text).map_err(|e| (status_of(&e), e.to_string()))?;
            set_text(&ALIGNMENTS, key, &alignment);
            set_results(key, &hypotheses);
            let result = hypotheses.first().map_or("", |h| h.0.as_str());
            let needed = result.len() + 1;
            if !out_len.is_null() {
                // SAFETY: non-null (checked) and writable per this function's contract.
                unsafe { *out_len = needed };
            }
            if out.is_null() && out_cap == 0 {
                // Read with the getters only.
                return Ok(if cancelled { EDGEMT_ERR_CANCELLED } else { EDGEMT_OK });
            }
            if out.is_null() || out_cap < needed {
                let st = if out.is_null() { EDGEMT_ERR_NULL_POINTER } else { EDGEMT_ERR_BUFFER_TOO_SMALL };
                return Err((st, format!("the translation needs {needed} bytes, the buffer has {out_cap}")));
            }
            // SAFETY: `out` is non-null and writable for out_cap >= needed bytes (checked above);
            // `result` is a separate Rust allocation, so the ranges do not overlap.
            unsafe {
                std::ptr::copy_nonoverlapping(result.as_ptr(), out as *mut u8, result.len());
                *out.add(result.len()) = 0;
            }
            Ok(if cancelled { EDGEMT_ERR_CANCELLED } else { EDGEMT_OK })
        })())
    });
    // `protected` turned a panic into Error::Internal; the rest is (status, message).
    let r = match r {
        Ok(r) => r,
        Err(e) => Err((status_of(&e), e.to_string())),
    };
    match r {
        Ok(st) => {
            set_error(key, "");
            st
        }
        Err((st, msg)) => {
            set_error(key, &msg);
            st
        }
    }
}

/// The message of this thread's last failed call on `ctx` ("" after a success), or of this
/// thread's last failed load when `ctx` is NULL. Kept per thread (like errno): the text stays
/// valid and unchanged until this thread's next call on the same context (or `edgemt_free`),
/// whatever other threads do. Never NULL; may be called from inside a token callback.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function (freed ones are detected).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_last_error(ctx: *const edgemt_context) -> *const c_char {
    static INVALID: &CStr = c"invalid context (freed or never created)";
    if ctx.is_null() {
        return get_error(0);
    }
    if Handle::get(ctx).is_none() {
        return INVALID.as_ptr();
    }
    get_error(ctx as usize)
}

/// Hypotheses kept from this thread's last `edgemt_translate` on `ctx` (n_best of them; 1 after
/// a cancelled call, holding the text so far; 0 after a failed call or for a bad context).
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function (freed ones are detected).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_result_count(ctx: *const edgemt_context) -> i32 {
    if Handle::get(ctx).is_none() {
        return 0;
    }
    RESULTS.with(|r| {
        r.borrow()
            .iter()
            .find(|(k, _)| *k == ctx as usize)
            .map_or(0, |(_, h)| i32::try_from(h.len()).unwrap_or(i32::MAX))
    })
}

/// Text of hypothesis `i` (0 = best) of this thread's last `edgemt_translate` on `ctx`,
/// NUL-terminated; "" when there is none. Valid and unchanged until this thread's next
/// call on `ctx`; never NULL.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function (freed ones are detected).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_result_text(ctx: *const edgemt_context, i: i32) -> *const c_char {
    static EMPTY: &CStr = c"";
    if Handle::get(ctx).is_none() {
        return EMPTY.as_ptr();
    }
    // The CString stays in this thread's table until this thread's next call on `ctx`.
    with_result(ctx as usize, i, |h| h.0.as_ptr()).unwrap_or(EMPTY.as_ptr())
}

/// Score of hypothesis `i` (the search's: greedy, the sum of log-probabilities; beam,
/// transformers' `sequences_scores`; summed over sentences); NaN when there is none or the
/// call was cancelled.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function (freed ones are detected).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_result_score(ctx: *const edgemt_context, i: i32) -> f32 {
    if Handle::get(ctx).is_none() {
        return f32::NAN;
    }
    with_result(ctx as usize, i, |h| h.1).unwrap_or(f32::NAN)
}

/// Word alignment of this thread's last successful `edgemt_translate` on `ctx` made with
/// `params.alignment = 1`: Pharaoh format, `source-target` word pairs (word indices from 0
/// counted over the whole text, words = whitespace-separated pieces), space-separated, e.g.
/// `0-0 1-2 2-1`; "" otherwise. Valid and unchanged until this thread's next call on `ctx`;
/// never NULL.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function (freed ones are detected).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_result_alignment(ctx: *const edgemt_context) -> *const c_char {
    static EMPTY: &CStr = c"";
    if ctx.is_null() || Handle::get(ctx).is_none() {
        return EMPTY.as_ptr();
    }
    get_text(&ALIGNMENTS, ctx as usize)
}

/// Why part of the model runs on tract instead of the native engine (one line per graph: the
/// node the engine could not take and the backend that runs it instead), or "" when the native
/// engine runs the whole model. The CLI prints the same lines on stderr. Fixed at load: valid
/// until `edgemt_free(ctx)`; never NULL.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_fallbacks(ctx: *const edgemt_context) -> *const c_char {
    static INVALID: &CStr = c"invalid context (freed or never created)";
    match Handle::get(ctx) {
        // The buffer is never changed after load and lives as long as the context.
        Some(h) => h.0.fallbacks.as_ptr() as *const c_char,
        None => INVALID.as_ptr(),
    }
}

/// Frees a context. NULL is ignored (EDGEMT_OK); a freed or foreign pointer gives
/// EDGEMT_ERR_INVALID_CONTEXT. A context in use — a call on it running or waiting on any
/// thread, this call made from inside its token callback included — is not freed:
/// EDGEMT_ERR_BUSY, and the caller frees it once its calls have returned.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_free(ctx: *mut edgemt_context) -> edgemt_status {
    if ctx.is_null() {
        return EDGEMT_OK;
    }
    let removed = {
        let mut live = live();
        let Some(i) = live.iter().position(|(h, _)| *h == ctx as usize) else {
            return EDGEMT_ERR_INVALID_CONTEXT;
        };
        // Calls count themselves under this lock: none can start once it is removed.
        if live[i].1.calls.load(Ordering::SeqCst) > 0 {
            return EDGEMT_ERR_BUSY;
        }
        live.swap_remove(i)
    };
    ERRORS.with(|e| e.borrow_mut().retain(|(k, _)| *k != ctx as usize));
    // Dropped outside the registry lock; nothing else holds a reference.
    crate::error::quiet_panics();
    let r = crate::error::quiet(|| std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(removed))));
    if r.is_ok() { EDGEMT_OK } else { EDGEMT_ERR_INTERNAL }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_with_its_message() {
        let r: Result<(), Error> = protected("testing", || panic!("boom {}", 42));
        match r {
            Err(e @ Error::Internal(_)) => {
                assert_eq!(status_of(&e), EDGEMT_ERR_INTERNAL);
                let msg = e.to_string();
                assert!(msg.contains("boom 42") && msg.contains("ffi.rs"), "{msg}");
            }
            other => panic!("{other:?}"),
        }
        // Outside `protected`, the hook defers to the previous one and records nothing.
        assert!(std::panic::catch_unwind(|| panic!("loud")).is_err());
    }
}
