//! A graph the native engine cannot take runs on tract, and the user is told so without
//! `RUST_LOG`: `Translator::fallbacks` (Rust), one `edgemt: note:` line per graph on stderr
//! (CLI), `edgemt_fallbacks` (C). The model here is the fixture with an activation the engine
//! does not implement named in config.json; tract runs the graphs as exported.

mod common;

use std::ffi::{CStr, CString};

use edgemt::ffi::*;
use edgemt::{Backend, LoadOptions, Precision, Translator};

fn unsupported_copy() -> (common::TempDir, std::path::PathBuf) {
    let (tmp, dir) = common::copy_fixture();
    let cfg = std::fs::read_to_string(dir.join("config.json")).unwrap();
    let cfg = cfg.replace("\"activation_function\": \"swish\"", "\"activation_function\": \"gelu_accurate\"");
    assert!(cfg.contains("gelu_accurate"));
    std::fs::write(dir.join("config.json"), cfg).unwrap();
    (tmp, dir)
}

#[test]
fn fallback_is_said_by_every_entry() {
    let (_tmp, dir) = unsupported_copy();
    let t = Translator::load(&dir, &LoadOptions { precision: Some(Precision::F32), ..Default::default() }).unwrap();
    assert_eq!((t.encoder_backend(), t.backend()), (Backend::Tract, Backend::Tract));
    let notes = t.fallbacks();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].contains("encoder") && notes[0].contains("gelu_accurate") && notes[0].contains("tract"));
    assert!(notes[1].contains("decoder"), "{notes:?}");
    // Native only: the same reason is the error.
    let err = Translator::load(
        &dir,
        &LoadOptions { precision: Some(Precision::F32), backend: Backend::Native, ..Default::default() },
    )
    .unwrap_err();
    assert!(err.to_string().contains("gelu_accurate"), "{err}");

    // CLI: the translation on stdout, one note per graph on stderr, exit 0.
    let (code, out, err) = common::run_cli(
        &["translate", "--model", dir.to_str().unwrap(), "--precision", "f32", "In the beginning."],
        b"",
    );
    assert_eq!(code, 0, "{err}");
    assert!(!out.trim().is_empty());
    let notes: Vec<&str> =
        err.lines().filter(|l| l.starts_with("edgemt: note: native engine cannot run the")).collect();
    assert_eq!(notes.len(), 2, "{err}");

    // C API.
    let cdir = CString::new(dir.to_str().unwrap()).unwrap();
    let mut params = edgemt_load_params_default();
    params.precision = edgemt_precision::EDGEMT_PRECISION_F32 as i32;
    // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
    let ctx = unsafe { edgemt_load(cdir.as_ptr(), &params, std::ptr::null_mut()) };
    assert!(!ctx.is_null());
    // SAFETY: edgemt_fallbacks never returns NULL; its text is NUL-terminated and lives as long as the context (a static one for an invalid handle).
    let text = unsafe { CStr::from_ptr(edgemt_fallbacks(ctx)) }.to_str().unwrap().to_string();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("gelu_accurate"));
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    unsafe { edgemt_free(ctx) };

    // The fixture as exported: nothing to say.
    let cdir = CString::new(common::model_dir().to_str().unwrap()).unwrap();
    // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
    let ctx = unsafe { edgemt_load(cdir.as_ptr(), &params, std::ptr::null_mut()) };
    // SAFETY: edgemt_fallbacks never returns NULL; its text is NUL-terminated and lives as long as the context (a static one for an invalid handle).
    assert_eq!(unsafe { CStr::from_ptr(edgemt_fallbacks(ctx)) }.to_bytes(), b"");
    // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
    unsafe { edgemt_free(ctx) };
    // SAFETY: edgemt_fallbacks never returns NULL; its text is NUL-terminated and lives as long as the context (a static one for an invalid handle).
    assert!(!unsafe { CStr::from_ptr(edgemt_fallbacks(ctx)) }.to_bytes().is_empty(), "freed context");
}
