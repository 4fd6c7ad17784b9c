//! The C API, called the way C calls it: results equal the Rust API's, misuse is reported
//! with status codes, and decoding allocates nothing per token (observed from the per-token
//! callback, which runs inside the decoding loop, with a counting allocator).

mod common;

use std::ffi::{CStr, CString, c_char, c_void};

use edgemt::ffi::edgemt_status::*;
use edgemt::ffi::*;
use edgemt::{Backend, Precision, TranslateOptions};

#[path = "common/counting.rs"]
mod counting;
use counting::allocs;

fn cstr(s: &str) -> CString {
    CString::new(s).unwrap()
}

fn translate(ctx: *mut edgemt_context, text: &str) -> (edgemt_status, String) {
    translate_with(ctx, text, std::ptr::null())
}

fn translate_with(ctx: *mut edgemt_context, text: &str, p: *const edgemt_translate_params) -> (edgemt_status, String) {
    let t = cstr(text);
    let mut buf = vec![0 as c_char; 4096];
    let mut len = 0usize;
    // SAFETY: text is NULL or a NUL-terminated CString alive for the call, params NULL or a live struct, out is NULL or writable for the capacity passed, out_len NULL or a live local; the handle is looked up, never dereferenced.
    let st = unsafe { edgemt_translate(ctx, t.as_ptr(), p, buf.as_mut_ptr(), buf.len(), &mut len) };
    // SAFETY: `buf` is zero-filled and edgemt_translate writes at most its length, NUL included: NUL-terminated inside the buffer.
    let out = unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned();
    (st, out)
}

#[test]
fn load_translate_and_misuse() {
    let dir = cstr(common::model_dir().to_str().unwrap());
    let mut params = edgemt_load_params_default();
    params.precision = edgemt_precision::EDGEMT_PRECISION_F32 as i32;
    let mut tp = edgemt_translate_params_default();
    tp.beam_size = 4;
    tp.n_best = 2;
    let mut status = EDGEMT_ERR_INTERNAL;
    // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
    let ctx = unsafe { edgemt_load(dir.as_ptr(), &params, &mut status) };
    assert_eq!(status, EDGEMT_OK);
    assert!(!ctx.is_null());

    let rust = common::load_backend(&common::model_dir(), Precision::F32, Backend::Auto);
    let text = "In the beginning God created the heavens and the earth.";
    let want =
        rust.translate(text, &TranslateOptions { num_beams: Some(4), n_best: Some(2), ..Default::default() }).unwrap();
    assert_eq!(translate_with(ctx, text, &tp), (EDGEMT_OK, want.best().to_string()));
    // The n-best list stays in the context.
    // SAFETY: a live context; the texts are NUL-terminated and valid until this thread's next call on it.
    unsafe {
        assert_eq!(edgemt_result_count(ctx), 2);
        for (i, h) in want.hypotheses.iter().enumerate() {
            assert_eq!(CStr::from_ptr(edgemt_result_text(ctx, i as i32)).to_str().unwrap(), h.text);
            assert_eq!(edgemt_result_score(ctx, i as i32), h.score);
        }
        assert_eq!(CStr::from_ptr(edgemt_result_text(ctx, 2)).to_bytes(), b"");
        assert!(edgemt_result_score(ctx, -1).is_nan());
    }

    // Buffer too small: the needed size comes back, nothing is written, and the text is in the
    // context (no second translation).
    let t = cstr(text);
    let mut small = [7 as c_char; 4];
    let mut needed = 0usize;
    // SAFETY: text is NULL or a NUL-terminated CString alive for the call, params NULL, out is NULL or writable for the capacity passed, out_len NULL or a live local; the handle is looked up, never dereferenced.
    let st = unsafe { edgemt_translate(ctx, t.as_ptr(), &tp, small.as_mut_ptr(), small.len(), &mut needed) };
    assert_eq!(st, EDGEMT_ERR_BUFFER_TOO_SMALL);
    assert_eq!(needed, want.best().len() + 1);
    assert_eq!(small, [7; 4]);
    // SAFETY: edgemt_last_error never returns NULL; its text is NUL-terminated and valid until this thread's next call on that handle.
    let msg = unsafe { CStr::from_ptr(edgemt_last_error(ctx)) }.to_str().unwrap().to_string();
    assert!(msg.contains("bytes"), "{msg}");
    // SAFETY: a live context; the text is NUL-terminated and valid until this thread's next call on it.
    assert_eq!(unsafe { CStr::from_ptr(edgemt_result_text(ctx, 0)) }.to_str().unwrap(), want.best());
    // NULL output with capacity 0: the result through the getters only.
    // SAFETY: as above; out NULL with capacity 0 is allowed.
    let st = unsafe { edgemt_translate(ctx, t.as_ptr(), &tp, std::ptr::null_mut(), 0, std::ptr::null_mut()) };
    assert_eq!(st, EDGEMT_OK);
    // SAFETY: as above.
    assert_eq!(unsafe { CStr::from_ptr(edgemt_result_text(ctx, 0)) }.to_str().unwrap(), want.best());
    // Bad per-call parameters are refused.
    for bad in [
        edgemt_translate_params { beam_size: -1, ..tp },
        edgemt_translate_params { n_best: 5, ..tp },
        edgemt_translate_params { alignment: 2, ..tp },
        edgemt_translate_params { no_split: 7, ..tp },
        edgemt_translate_params { free_numbers: -1, ..tp },
        edgemt_translate_params { max_piece_run: -2, ..tp },
    ] {
        assert_eq!(translate_with(ctx, text, &bad).0, EDGEMT_ERR_PARAMS);
        // SAFETY: a live context.
        assert_eq!(unsafe { edgemt_result_count(ctx) }, 0);
    }
    // Null pointers, invalid UTF-8, empty text.
    let mut buf = [0 as c_char; 64];
    assert_eq!(
        // SAFETY: text is NULL or a NUL-terminated CString alive for the call, out is NULL or writable for the capacity passed, out_len NULL or a live local; the handle is looked up, never dereferenced.
        unsafe {
            edgemt_translate(ctx, std::ptr::null(), std::ptr::null(), buf.as_mut_ptr(), 64, std::ptr::null_mut())
        },
        EDGEMT_ERR_NULL_POINTER
    );
    let bad = [0xffu8 as c_char, 0xfe_u8 as c_char, 0];
    assert_eq!(
        // SAFETY: text is NULL or a NUL-terminated CString alive for the call, out is NULL or writable for the capacity passed, out_len NULL or a live local; the handle is looked up, never dereferenced.
        unsafe { edgemt_translate(ctx, bad.as_ptr(), std::ptr::null(), buf.as_mut_ptr(), 64, std::ptr::null_mut()) },
        EDGEMT_ERR_INVALID_UTF8
    );
    assert_eq!(translate(ctx, "   ").0, EDGEMT_ERR_INPUT);
    let long = vec!["word"; 10_000].join(" ");
    assert_eq!(translate(ctx, &long).0, EDGEMT_ERR_INPUT);
    assert_eq!(translate(std::ptr::null_mut(), text).0, EDGEMT_ERR_NULL_POINTER);

    // Free, then use after free and double free are detected.
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
    assert_eq!(translate(ctx, text).0, EDGEMT_ERR_INVALID_CONTEXT);
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_ERR_INVALID_CONTEXT);
    // SAFETY: edgemt_last_error never returns NULL; its text is NUL-terminated and valid until this thread's next call on that handle.
    let msg = unsafe { CStr::from_ptr(edgemt_last_error(ctx)) }.to_str().unwrap();
    assert!(msg.contains("invalid context"));

    // Failed loads: NULL context, status and message.
    let bogus = cstr("/nonexistent/model");
    let mut status = EDGEMT_OK;
    // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
    assert!(unsafe { edgemt_load(bogus.as_ptr(), std::ptr::null(), &mut status) }.is_null());
    assert_eq!(status, EDGEMT_ERR_MODEL);
    // SAFETY: edgemt_last_error never returns NULL; its text is NUL-terminated and valid until this thread's next call on that handle.
    let msg = unsafe { CStr::from_ptr(edgemt_last_error(std::ptr::null())) }.to_str().unwrap();
    assert!(msg.contains("missing model file"), "{msg}");
    // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
    assert!(unsafe { edgemt_load(std::ptr::null(), std::ptr::null(), std::ptr::null_mut()) }.is_null());
    for threads in [-1, 65] {
        let mut p = edgemt_load_params_default();
        p.threads = threads;
        // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
        assert!(unsafe { edgemt_load(dir.as_ptr(), &p, &mut status) }.is_null());
        assert_eq!(status, EDGEMT_ERR_PARAMS);
    }
}

#[test]
fn load_from_buffers_matches_directory() {
    let d = common::model_dir();
    let read = |f: &str| std::fs::read(d.join(f)).unwrap();
    let files = ["config.json", "generation_config.json", "source.spm", "target.spm", "vocab.json"].map(read);
    let enc = read("encoder_model_quantized.onnx");
    let dec = read("decoder_model_quantized.onnx");
    let b = edgemt_model_buffers {
        config_json: files[0].as_ptr(),
        config_json_len: files[0].len(),
        generation_config_json: files[1].as_ptr(),
        generation_config_json_len: files[1].len(),
        source_spm: files[2].as_ptr(),
        source_spm_len: files[2].len(),
        target_spm: files[3].as_ptr(),
        target_spm_len: files[3].len(),
        vocab_json: files[4].as_ptr(),
        vocab_json_len: files[4].len(),
        encoder_onnx: enc.as_ptr(),
        encoder_onnx_len: enc.len(),
        decoder_onnx: dec.as_ptr(),
        decoder_onnx_len: dec.len(),
        decoder_with_past_onnx: std::ptr::null(),
        decoder_with_past_onnx_len: 0,
    };
    let mut p = edgemt_load_params_default();
    p.precision = edgemt_precision::EDGEMT_PRECISION_INT8 as i32;
    let mut status = EDGEMT_ERR_INTERNAL;
    // SAFETY: every buffer pointer is valid for its length during the call; params and status point to live locals.
    let ctx = unsafe { edgemt_load_from_buffers(&b, &p, &mut status) };
    // SAFETY: edgemt_last_error never returns NULL; its text is NUL-terminated and valid until this thread's next call on that handle.
    assert_eq!(status, EDGEMT_OK, "{:?}", unsafe { CStr::from_ptr(edgemt_last_error(std::ptr::null())) });
    let rust = common::load_backend(&d, Precision::Int8, Backend::Native);
    for text in ["Hello, world!", "The animal didn't cross the street because it was too tired."] {
        let want = rust.translate(text, &TranslateOptions::default()).unwrap();
        assert_eq!(translate(ctx, text), (EDGEMT_OK, want.best().to_string()));
    }
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
    // The tract backend needs decoder_with_past: refused without it.
    p.backend = edgemt_backend::EDGEMT_BACKEND_TRACT as i32;
    // SAFETY: every buffer pointer is valid for its length during the call; params and status point to live locals.
    assert!(unsafe { edgemt_load_from_buffers(&b, &p, &mut status) }.is_null());
    assert_eq!(status, EDGEMT_ERR_MODEL);
}

struct Seen {
    counts: [u64; 256],
    tokens: [u32; 256],
    n: usize,
    stop_after: usize,
}

unsafe extern "C" fn on_token(user: *mut c_void, token: u32, _piece: *const c_char, _len: usize) -> i32 {
    // SAFETY: user_data is the address of the test's Seen, alive for the whole test and not touched by the test while edgemt_translate (which calls this) runs.
    let seen = unsafe { &mut *(user as *mut Seen) };
    seen.counts[seen.n] = allocs();
    seen.tokens[seen.n] = token;
    seen.n += 1;
    (seen.n >= seen.stop_after) as i32
}

#[test]
fn streaming_greedy_allocates_nothing_per_token() {
    let dir = cstr(common::model_dir().to_str().unwrap());
    let refs = common::refs("generate.json");
    for (precision, key) in
        [(edgemt_precision::EDGEMT_PRECISION_F32, "torch_f32"), (edgemt_precision::EDGEMT_PRECISION_INT8, "ort_int8")]
    {
        let mut seen = Seen { counts: [0; 256], tokens: [0; 256], n: 0, stop_after: usize::MAX };
        let mut p = edgemt_load_params_default();
        p.precision = precision as i32;
        p.backend = edgemt_backend::EDGEMT_BACKEND_NATIVE as i32;
        let mut tp = edgemt_translate_params_default();
        tp.beam_size = 1;
        tp.token_callback = Some(on_token);
        tp.user_data = &mut seen as *mut Seen as *mut c_void;
        // PyTorch translated each text as one piece.
        tp.no_split = 1;
        // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
        let ctx = unsafe { edgemt_load(dir.as_ptr(), &p, std::ptr::null_mut()) };
        assert!(!ctx.is_null());
        for case in refs[key].as_array().unwrap().iter().take(5) {
            seen.n = 0;
            let (st, _) = translate_with(ctx, case["text"].as_str().unwrap(), &tp);
            assert_eq!(st, EDGEMT_OK);
            let want = common::ids(&case["greedy"]);
            assert_eq!(&seen.tokens[..seen.n], &want[..], "streamed tokens");
            // The callback runs inside the decoding loop: the counter must not move between the
            // first and the last token decided in it (the final token is reported after it).
            assert!(seen.n > 3);
            assert_eq!(seen.counts[seen.n - 2] - seen.counts[0], 0, "{precision:?}: allocations while decoding");
        }
        // Cancelling from the callback stops decoding.
        seen.n = 0;
        seen.stop_after = 3;
        let (st, partial) = translate_with(ctx, "In the beginning God created the heavens and the earth.", &tp);
        assert_eq!(st, EDGEMT_ERR_CANCELLED);
        assert_eq!(seen.n, 3);
        // The text so far, in `out` and in the context.
        // SAFETY: a live context; the text is valid until this thread's next call on it.
        unsafe {
            assert_eq!(edgemt_result_count(ctx), 1);
            assert_eq!(CStr::from_ptr(edgemt_result_text(ctx, 0)).to_str().unwrap(), partial);
        }
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
    }
}

#[test]
fn alignment_on_request() {
    // params.alignment = 1: the Pharaoh line of the last translation, equal to the Rust API's.
    let model = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models/en-es-small");
    let dir = cstr(model.to_str().unwrap());
    let mut tp = edgemt_translate_params_default();
    tp.alignment = 1;
    // SAFETY: the directory is a NUL-terminated CString alive for the call; params may be NULL; status may be NULL.
    let ctx = unsafe { edgemt_load(dir.as_ptr(), std::ptr::null(), std::ptr::null_mut()) };
    assert!(!ctx.is_null());
    let text = "The file could not be opened. Save the document before closing.";
    let (st, out) = translate_with(ctx, text, &tp);
    assert_eq!(st, EDGEMT_OK);
    // SAFETY: a live context; the returned text is NUL-terminated and valid until this thread's next call on it.
    let got = unsafe { CStr::from_ptr(edgemt_result_alignment(ctx)) }.to_str().unwrap().to_string();
    let t = common::load(&model, Precision::Int8);
    let (tr, sentences) =
        t.explain(text, &edgemt::TranslateOptions::default(), edgemt::AlignmentSpec::default()).unwrap();
    assert_eq!(out, tr.best());
    assert_eq!(got, edgemt::explain::pharaoh(&sentences));
    assert!(!got.is_empty());
    // Without `alignment`, or after a failed call, there is none.
    assert_eq!(translate(ctx, text).0, EDGEMT_OK);
    // SAFETY: as above.
    assert_eq!(unsafe { CStr::from_ptr(edgemt_result_alignment(ctx)) }.to_bytes(), b"");
    assert_eq!(translate_with(ctx, text, &tp).0, EDGEMT_OK);
    let (st, _) = translate_with(ctx, "", &tp);
    assert_eq!(st, EDGEMT_ERR_INPUT);
    // SAFETY: as above.
    assert_eq!(unsafe { CStr::from_ptr(edgemt_result_alignment(ctx)) }.to_bytes(), b"");
    // SAFETY: a NULL or freed context gives "".
    assert_eq!(unsafe { CStr::from_ptr(edgemt_result_alignment(std::ptr::null())) }.to_bytes(), b"");
    // SAFETY: edgemt_free accepts any handle.
    assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
    // SAFETY: a freed handle is detected, never dereferenced.
    assert_eq!(unsafe { CStr::from_ptr(edgemt_result_alignment(ctx)) }.to_bytes(), b"");
}
