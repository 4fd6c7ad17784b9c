//! C API (`include/edgemt.h`), in the style of whisper.cpp / llama.cpp: an opaque context,
//! a parameter struct with defaults, loading from a directory or from memory, translation into a
//! caller-provided buffer, an optional per-token callback, status codes and a last-error string.
//!
//! Every entry point catches panics, checks its pointers and validates the context against the
//! set of live contexts, so a null, freed or foreign handle is reported, not dereferenced.
//!
//! Thread safety: a context may be used by one thread at a time (calls on one context from two
//! threads at once are serialised by a lock). For parallel translation, load one context per
//! thread; contexts share nothing.

#![allow(non_camel_case_types)]

use std::ffi::{CStr, c_char, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;

use crate::search::{SearchBuffers, StepModel};
use crate::{Backend, Error, LoadOptions, ModelBytes, Precision, TranslateOptions, Translator};

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
    /// Invalid parameters.
    EDGEMT_ERR_PARAMS = 7,
    /// Inference failed.
    EDGEMT_ERR_INFERENCE = 8,
    /// The token callback asked to stop; the output holds what was produced so far.
    EDGEMT_ERR_CANCELLED = 9,
    /// An internal error (a caught panic); the context should be freed.
    EDGEMT_ERR_INTERNAL = 10,
}
use edgemt_status::*;

/// Weight precision to load.
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

/// Decoder backend.
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
pub type edgemt_token_callback =
    Option<unsafe extern "C" fn(user_data: *mut c_void, token_id: u32, piece: *const c_char, piece_len: usize) -> i32>;

/// Loading and translation parameters; start from `edgemt_params_default()`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct edgemt_params {
    /// Beam size; 0 = the model's generation_config.json (1 = greedy).
    pub beam_size: i32,
    /// Longest output in tokens (decoder start token included); 0 = the model's default.
    pub max_length: i32,
    /// Worker threads; only 1 is supported (decoding is single-threaded).
    pub threads: i32,
    /// Precision to load.
    pub precision: edgemt_precision,
    /// Decoder backend.
    pub backend: edgemt_backend,
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

/// An opaque translation context.
pub struct edgemt_context {
    inner: Mutex<Inner>,
}

struct Inner {
    translator: Translator,
    params: edgemt_params,
    last_error: Vec<u8>,
    /// NUL-terminated [`Translator::fallbacks`], one per line ("" when the native engine runs
    /// every graph); fixed at load.
    fallbacks: Vec<u8>,
}

// SAFETY: `user_data` is the caller's pointer, only handed back to the caller's callback; the
// header documents that a context is used by one thread at a time, and the Mutex enforces it.
unsafe impl Send for edgemt_context {}
unsafe impl Sync for edgemt_context {}

/// Addresses of the live contexts (a handful at most: a plain list).
static LIVE: Mutex<Vec<usize>> = Mutex::new(Vec::new());

fn register(ctx: *mut edgemt_context) {
    LIVE.lock().unwrap_or_else(|e| e.into_inner()).push(ctx as usize);
}

fn is_live(ctx: *const edgemt_context) -> bool {
    LIVE.lock().unwrap_or_else(|e| e.into_inner()).contains(&(ctx as usize))
}

fn unregister(ctx: *mut edgemt_context) -> bool {
    let mut live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
    match live.iter().position(|&p| p == ctx as usize) {
        Some(i) => {
            live.swap_remove(i);
            true
        }
        None => false,
    }
}

/// Error message for failures that happen before a context exists (load errors).
static LOAD_ERROR: Mutex<Vec<u8>> = Mutex::new(Vec::new());

fn set_message(buf: &mut Vec<u8>, msg: &str) {
    buf.clear();
    buf.extend(msg.bytes().filter(|&b| b != 0));
    buf.push(0);
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
    }
}

/// Default parameters: model defaults for search, auto precision and backend, one thread, no
/// callback.
#[unsafe(no_mangle)]
pub extern "C" fn edgemt_params_default() -> edgemt_params {
    edgemt_params {
        beam_size: 0,
        max_length: 0,
        threads: 1,
        precision: edgemt_precision::EDGEMT_PRECISION_AUTO,
        backend: edgemt_backend::EDGEMT_BACKEND_AUTO,
        token_callback: None,
        user_data: std::ptr::null_mut(),
    }
}

fn load_options(p: &edgemt_params) -> Result<LoadOptions, Error> {
    if p.threads != 1 && p.threads != 0 {
        return Err(Error::InvalidOptions(format!(
            "threads = {}: only single-threaded decoding is supported",
            p.threads
        )));
    }
    if p.beam_size < 0 || p.max_length < 0 {
        return Err(Error::InvalidOptions("beam_size and max_length must not be negative".into()));
    }
    let precision = match p.precision {
        edgemt_precision::EDGEMT_PRECISION_AUTO => None,
        edgemt_precision::EDGEMT_PRECISION_F32 => Some(Precision::F32),
        edgemt_precision::EDGEMT_PRECISION_INT8 => Some(Precision::Int8),
        edgemt_precision::EDGEMT_PRECISION_FP16 => Some(Precision::Fp16),
        edgemt_precision::EDGEMT_PRECISION_QUANTIZED => Some(Precision::Quantized),
        edgemt_precision::EDGEMT_PRECISION_UINT8 => Some(Precision::Uint8),
        edgemt_precision::EDGEMT_PRECISION_Q4 => Some(Precision::Q4),
    };
    let backend = match p.backend {
        edgemt_backend::EDGEMT_BACKEND_AUTO => Backend::Auto,
        edgemt_backend::EDGEMT_BACKEND_NATIVE => Backend::Native,
        edgemt_backend::EDGEMT_BACKEND_TRACT => Backend::Tract,
    };
    Ok(LoadOptions { precision, backend, ..Default::default() })
}

fn finish_load(
    r: std::thread::Result<Result<(Translator, edgemt_params), Error>>,
    status: *mut edgemt_status,
) -> *mut edgemt_context {
    let (st, ctx) = match r {
        Ok(Ok((translator, params))) => {
            let mut fallbacks = Vec::new();
            set_message(&mut fallbacks, &translator.fallbacks().join("\n"));
            let ctx = Box::into_raw(Box::new(edgemt_context {
                inner: Mutex::new(Inner { translator, params, last_error: vec![0], fallbacks }),
            }));
            register(ctx);
            (EDGEMT_OK, ctx)
        }
        Ok(Err(e)) => {
            set_message(&mut LOAD_ERROR.lock().unwrap_or_else(|e| e.into_inner()), &e.to_string());
            (status_of(&e), std::ptr::null_mut())
        }
        Err(_) => {
            set_message(&mut LOAD_ERROR.lock().unwrap_or_else(|e| e.into_inner()), "internal error while loading");
            (EDGEMT_ERR_INTERNAL, std::ptr::null_mut())
        }
    };
    if !status.is_null() {
        // SAFETY: the caller passes a valid pointer or NULL (checked).
        unsafe { *status = st };
    }
    ctx
}

/// Loads the model in directory `model_dir` (Optimum layout). Returns NULL on failure, with
/// `*status` (if not NULL) set and the message available from `edgemt_last_error(NULL)`.
/// `params` may be NULL for defaults.
///
/// # Safety
/// `model_dir` must be NULL or a NUL-terminated string; `params` NULL or a valid struct;
/// `status` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_load(
    model_dir: *const c_char,
    params: *const edgemt_params,
    status: *mut edgemt_status,
) -> *mut edgemt_context {
    let r = catch_unwind(AssertUnwindSafe(|| {
        if model_dir.is_null() {
            return Err(Error::InvalidOptions("model_dir is NULL".into()));
        }
        // SAFETY: non-null, NUL-terminated per the contract.
        let dir = unsafe { CStr::from_ptr(model_dir) }
            .to_str()
            .map_err(|_| Error::InvalidInput("model_dir is not valid UTF-8".into()))?;
        // SAFETY: non-null (checked) and, per this function's contract, a valid `edgemt_params`.
        let p = if params.is_null() { edgemt_params_default() } else { unsafe { *params } };
        let t = Translator::load(std::path::Path::new(dir), &load_options(&p)?)?;
        Ok((t, p))
    }));
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
    params: *const edgemt_params,
    status: *mut edgemt_status,
) -> *mut edgemt_context {
    let r = catch_unwind(AssertUnwindSafe(|| {
        if buffers.is_null() {
            return Err(Error::InvalidOptions("buffers is NULL".into()));
        }
        // SAFETY: non-null per the check; contents valid per the contract.
        let b = unsafe { *buffers };
        let slice = |p: *const u8, n: usize, what: &str| -> Result<&[u8], Error> {
            if p.is_null() {
                return Err(Error::InvalidOptions(format!("{what} is NULL")));
            }
            // SAFETY: valid for `n` bytes per the contract.
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
        // SAFETY: non-null (checked) and, per this function's contract, a valid `edgemt_params`.
        let p = if params.is_null() { edgemt_params_default() } else { unsafe { *params } };
        let t = Translator::load_from_bytes(&bytes, &load_options(&p)?)?;
        Ok((t, p))
    }));
    finish_load(r, status)
}

/// Forwards each token of greedy decoding to the C callback, from inside the decoding loop.
struct Streaming<'a> {
    inner: &'a mut dyn StepModel,
    tokenizer: &'a crate::tokenizer::MarianTokenizer,
    callback: unsafe extern "C" fn(*mut c_void, u32, *const c_char, usize) -> i32,
    user_data: *mut c_void,
    cancelled: bool,
    first: bool,
}

impl StepModel for Streaming<'_> {
    fn vocab_size(&self) -> usize {
        self.inner.vocab_size()
    }
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> crate::Result<()> {
        // The token fed now is the one decided at the previous step (not the start token).
        if !self.first && !self.cancelled {
            let t = tokens[0];
            let piece = self.tokenizer.id_to_piece(t).unwrap_or("");
            // SAFETY: the caller's callback, with the caller's user_data; piece outlives the call.
            let r = unsafe { (self.callback)(self.user_data, t, piece.as_ptr() as *const c_char, piece.len()) };
            if r != 0 {
                self.cancelled = true;
                return Err(Error::InvalidInput("cancelled by the token callback".into()));
            }
        }
        self.first = false;
        self.inner.step(tokens, logits)
    }
    fn reorder(&mut self, parents: &[usize]) -> crate::Result<()> {
        self.inner.reorder(parents)
    }
}

fn translate_inner(inner: &mut Inner, text: &str) -> Result<(String, bool), Error> {
    let p = inner.params;
    let opts = TranslateOptions {
        num_beams: (p.beam_size > 0).then_some(p.beam_size as usize),
        max_length: (p.max_length > 0).then_some(p.max_length as usize),
        ..Default::default()
    };
    let t = &inner.translator;
    if text.trim().is_empty() {
        return Err(Error::InvalidInput("empty text".into()));
    }
    if text.len() > crate::MAX_INPUT_BYTES {
        return Err(Error::InvalidInput(format!(
            "text of {} bytes exceeds {} bytes",
            text.len(),
            crate::MAX_INPUT_BYTES
        )));
    }
    let Some(callback) = p.token_callback else {
        return Ok((t.translate(text, &opts)?.best().to_string(), false));
    };
    let params = t.search_params(&opts)?;
    if params.num_beams > 1 {
        // Beam search decides tokens only at the end: report the best hypothesis afterwards.
        let tr = t.translate(text, &opts)?;
        let tokens = tr.hypotheses.first().map(|h| h.tokens.clone()).unwrap_or_default();
        for tok in tokens {
            let piece = t.tokenizer().id_to_piece(tok).unwrap_or("");
            // SAFETY: as in Streaming::step.
            if unsafe { callback(p.user_data, tok, piece.as_ptr() as *const c_char, piece.len()) } != 0 {
                return Ok((tr.best().to_string(), true));
            }
        }
        return Ok((tr.best().to_string(), false));
    }
    // Greedy, streamed: one chunk at a time as translate() would split it.
    let mut out = String::new();
    let chunks = crate::split::fit_chunks(text, t.max_source_tokens(), |s| t.tokenizer().encode(s).len())?;
    for chunk in chunks {
        let ids = t.tokenizer().encode(&chunk);
        let hidden = t.encode(&ids)?;
        let mut bufs = SearchBuffers::new(1, t.vocab_size(), params.max_length);
        let mut cancelled = false;
        let r = t.decode_with(&hidden, 1, params.max_length, |inner| {
            let mut m = Streaming {
                inner,
                tokenizer: t.tokenizer(),
                callback,
                user_data: p.user_data,
                cancelled: false,
                first: true,
            };
            let r = crate::search::generate(&mut m, &params, &mut bufs);
            cancelled = m.cancelled;
            r
        });
        if cancelled {
            return Ok((out, true));
        }
        let hyp = r?;
        // The last token is never fed back to the model: report it here.
        if let Some(&last) = hyp[0].tokens.last() {
            let piece = t.tokenizer().id_to_piece(last).unwrap_or("");
            // SAFETY: as in Streaming::step.
            if unsafe { callback(p.user_data, last, piece.as_ptr() as *const c_char, piece.len()) } != 0 {
                return Ok((out, true));
            }
        }
        let piece = t.tokenizer().decode(&hyp[0].tokens);
        if !out.is_empty() && !piece.is_empty() {
            out.push(' ');
        }
        out.push_str(&piece);
    }
    Ok((out, false))
}

/// Translates NUL-terminated UTF-8 `text` and writes the best translation, NUL-terminated, into
/// `out` (capacity `out_cap` bytes). `*out_len` (if not NULL) receives the bytes needed
/// including the NUL, also when the buffer is too small (EDGEMT_ERR_BUFFER_TOO_SMALL; nothing
/// is written then). Decoding allocates nothing per token.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function (freed ones are detected);
/// `text` NULL or NUL-terminated; `out` NULL or writable for `out_cap` bytes; `out_len` NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_translate(
    ctx: *mut edgemt_context,
    text: *const c_char,
    out: *mut c_char,
    out_cap: usize,
    out_len: *mut usize,
) -> edgemt_status {
    if ctx.is_null() {
        return EDGEMT_ERR_NULL_POINTER;
    }
    if !is_live(ctx) {
        return EDGEMT_ERR_INVALID_CONTEXT;
    }
    // SAFETY: live contexts are valid Box allocations until edgemt_free.
    let c = unsafe { &*ctx };
    let r = catch_unwind(AssertUnwindSafe(|| {
        let mut inner = c.inner.lock().unwrap_or_else(|e| e.into_inner());
        let fail = |inner: &mut Inner, st: edgemt_status, msg: &str| {
            set_message(&mut inner.last_error, msg);
            st
        };
        if text.is_null() {
            return fail(&mut inner, EDGEMT_ERR_NULL_POINTER, "text is NULL");
        }
        // SAFETY: non-null, NUL-terminated per the contract.
        let Ok(text) = unsafe { CStr::from_ptr(text) }.to_str() else {
            return fail(&mut inner, EDGEMT_ERR_INVALID_UTF8, "text is not valid UTF-8");
        };
        let (result, cancelled) = match translate_inner(&mut inner, text) {
            Ok(r) => r,
            Err(e) => return fail(&mut inner, status_of(&e), &e.to_string()),
        };
        let needed = result.len() + 1;
        if !out_len.is_null() {
            // SAFETY: writable per the contract.
            unsafe { *out_len = needed };
        }
        if out.is_null() || out_cap < needed {
            return fail(
                &mut inner,
                if out.is_null() && out_cap > 0 { EDGEMT_ERR_NULL_POINTER } else { EDGEMT_ERR_BUFFER_TOO_SMALL },
                &format!("the translation needs {needed} bytes, the buffer has {out_cap}"),
            );
        }
        // SAFETY: `out` is writable for out_cap >= needed bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(result.as_ptr(), out as *mut u8, result.len());
            *out.add(result.len()) = 0;
        }
        set_message(&mut inner.last_error, "");
        if cancelled { EDGEMT_ERR_CANCELLED } else { EDGEMT_OK }
    }));
    r.unwrap_or(EDGEMT_ERR_INTERNAL)
}

/// The message of the last failed call on `ctx` ("" after a success), or of the last failed
/// load when `ctx` is NULL. Valid until the next call on the same context; never NULL.
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_last_error(ctx: *const edgemt_context) -> *const c_char {
    static INVALID: &[u8] = b"invalid context (freed or never created)\0";
    static EMPTY: &[u8] = b"\0";
    let r = catch_unwind(AssertUnwindSafe(|| {
        if ctx.is_null() {
            let e = LOAD_ERROR.lock().unwrap_or_else(|e| e.into_inner());
            // The buffer lives in a static and is only replaced by the next failed load.
            return if e.is_empty() { EMPTY.as_ptr() } else { e.as_ptr() } as *const c_char;
        }
        if !is_live(ctx) {
            return INVALID.as_ptr() as *const c_char;
        }
        // SAFETY: live context.
        let c = unsafe { &*ctx };
        let inner = c.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.last_error.as_ptr() as *const c_char
    }));
    r.unwrap_or(EMPTY.as_ptr() as *const c_char)
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
    static INVALID: &[u8] = b"invalid context (freed or never created)\0";
    static EMPTY: &[u8] = b"\0";
    let r = catch_unwind(AssertUnwindSafe(|| {
        if ctx.is_null() || !is_live(ctx) {
            return INVALID.as_ptr() as *const c_char;
        }
        // SAFETY: live context.
        let c = unsafe { &*ctx };
        let inner = c.inner.lock().unwrap_or_else(|e| e.into_inner());
        // The buffer is never changed after load and lives as long as the context.
        inner.fallbacks.as_ptr() as *const c_char
    }));
    r.unwrap_or(EMPTY.as_ptr() as *const c_char)
}

/// Frees a context. NULL and already-freed contexts are ignored (returns
/// EDGEMT_ERR_INVALID_CONTEXT for the latter).
///
/// # Safety
/// `ctx` must be NULL or a pointer returned by a load function.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn edgemt_free(ctx: *mut edgemt_context) -> edgemt_status {
    if ctx.is_null() {
        return EDGEMT_OK;
    }
    if !unregister(ctx) {
        return EDGEMT_ERR_INVALID_CONTEXT;
    }
    // SAFETY: it was live, so it is the Box we created; removed from the set, so freed once.
    let r = catch_unwind(AssertUnwindSafe(|| drop(unsafe { Box::from_raw(ctx) })));
    if r.is_ok() { EDGEMT_OK } else { EDGEMT_ERR_INTERNAL }
}
