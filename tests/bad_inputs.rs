//! Bad input gets a typed error, never a panic: missing, truncated or hostile model files,
//! wrong configuration, mismatched vocabulary, unusable text. The CLI exits non-zero with a
//! message and no panic.

mod common;

use std::path::{Path, PathBuf};

use edgemt::{Backend, Error, LoadOptions, Precision, TranslateOptions, Translator};

/// A copy of the fixture's f32 model (and its text files) in a temporary directory.
fn copy_model() -> (common::TempDir, PathBuf) {
    common::copy_fixture()
}

fn load(dir: &Path) -> Result<Translator, Error> {
    Translator::load(dir, &LoadOptions { precision: Some(Precision::F32), ..Default::default() })
}

fn cli(args: &[&str], stdin: Option<&[u8]>) -> (i32, String, String) {
    common::run_cli(args, stdin.unwrap_or_default())
}

#[test]
fn missing_directory_and_files() {
    assert!(matches!(load(Path::new("/nonexistent/model")), Err(Error::MissingFile { .. })));
    let (_t, dir) = copy_model();
    std::fs::remove_file(dir.join("vocab.json")).unwrap();
    match load(&dir) {
        Err(Error::MissingFile { path, .. }) => assert!(path.ends_with("vocab.json")),
        other => panic!("{other:?}"),
    }
    // decoder_with_past_model is needed by the tract backend only.
    let (_t, dir) = copy_model();
    std::fs::remove_file(dir.join("decoder_with_past_model.onnx")).unwrap();
    let tract = LoadOptions { precision: Some(Precision::F32), backend: Backend::Tract, ..Default::default() };
    assert!(matches!(Translator::load(&dir, &tract), Err(Error::MissingFile { .. })));
    assert_eq!(load(&dir).unwrap().backend(), Backend::Native);
    // Asking for a precision that is not there.
    let (_t, dir) = copy_model();
    let r = Translator::load(&dir, &LoadOptions { precision: Some(Precision::Int8), ..Default::default() });
    assert!(matches!(r, Err(Error::MissingFile { .. })), "{r:?}");
}

#[test]
fn merged_decoder_only_names_the_export_flag_for_tract() {
    let (_t, dir) = copy_model();
    std::fs::rename(dir.join("decoder_model.onnx"), dir.join("decoder_model_merged.onnx")).unwrap();
    std::fs::remove_file(dir.join("decoder_with_past_model.onnx")).unwrap();
    // The native engine reads its weights from the merged file; tract cannot run it.
    assert_eq!(load(&dir).unwrap().backend(), Backend::Native);
    let tract = LoadOptions { precision: Some(Precision::F32), backend: Backend::Tract, ..Default::default() };
    let err = Translator::load(&dir, &tract).unwrap_err();
    assert!(matches!(err, Error::MissingFile { .. }));
    assert!(err.to_string().contains("--no-post-process"), "{err}");
}

#[test]
fn truncated_and_random_onnx() {
    let (_t, dir) = copy_model();
    let p = dir.join("decoder_model.onnx");
    let bytes = std::fs::read(&p).unwrap();
    std::fs::write(&p, &bytes[..bytes.len() / 2]).unwrap();
    assert!(matches!(load(&dir), Err(Error::Onnx { .. })), "truncated");

    let (_t, dir) = copy_model();
    let mut x: u32 = 12345;
    let noise: Vec<u8> = (0..100_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    std::fs::write(dir.join("encoder_model.onnx"), &noise).unwrap();
    assert!(matches!(load(&dir), Err(Error::Onnx { .. })), "random bytes");

    // A valid ONNX file of the wrong kind: the encoder where a decoder should be. The tract
    // backend reads decoder_with_past_model, the native engine decoder_model.
    let (_t, dir) = copy_model();
    std::fs::copy(dir.join("encoder_model.onnx"), dir.join("decoder_with_past_model.onnx")).unwrap();
    let r = Translator::load(
        &dir,
        &LoadOptions { precision: Some(Precision::F32), backend: Backend::Tract, ..Default::default() },
    );
    assert!(matches!(r, Err(Error::Graph { .. }) | Err(Error::Onnx { .. })), "{r:?}");
    let (_t, dir) = copy_model();
    std::fs::copy(dir.join("encoder_model.onnx"), dir.join("decoder_model.onnx")).unwrap();
    let r = Translator::load(
        &dir,
        &LoadOptions { precision: Some(Precision::F32), backend: Backend::Native, ..Default::default() },
    );
    match r {
        Err(Error::Graph { message, .. }) => assert!(message.contains("/model/decoder/layers.0"), "{message}"),
        other => panic!("{other:?}"),
    }
    // Auto falls back to tract, which then refuses the graph too.
    assert!(load(&dir).is_err());
}

#[test]
fn config_with_wrong_types_or_values() {
    let (_t, dir) = copy_model();
    let cfg = std::fs::read_to_string(dir.join("config.json")).unwrap();
    std::fs::write(dir.join("config.json"), cfg.replace("\"d_model\": 64", "\"d_model\": \"sixty-four\"")).unwrap();
    assert!(matches!(load(&dir), Err(Error::Config { .. })));
    std::fs::write(dir.join("config.json"), cfg.replace("\"d_model\": 64", "\"d_model\": 63")).unwrap();
    assert!(matches!(load(&dir), Err(Error::Config { .. })));
    std::fs::write(dir.join("config.json"), "{ not json").unwrap();
    assert!(matches!(load(&dir), Err(Error::Config { .. })));
    std::fs::write(dir.join("config.json"), &cfg).unwrap();
    std::fs::write(dir.join("generation_config.json"), r#"{"num_beams": "four"}"#).unwrap();
    assert!(matches!(load(&dir), Err(Error::Config { .. })));
}

#[test]
fn vocab_and_spm_mismatch() {
    let (_t, dir) = copy_model();
    std::fs::write(dir.join("vocab.json"), r#"{"</s>": 0, "<unk>": 1, "▁a": 2, "<pad>": 3}"#).unwrap();
    let err = load(&dir).unwrap_err();
    assert!(matches!(err, Error::Config { .. }) && err.to_string().contains("belong together"), "{err}");

    let (_t, dir) = copy_model();
    std::fs::write(dir.join("vocab.json"), r#"{"</s>": 0, "<unk>": -1}"#).unwrap();
    assert!(matches!(load(&dir), Err(Error::Config { .. })));

    let (_t, dir) = copy_model();
    std::fs::write(dir.join("source.spm"), b"\x0a\xff\xff\xff\xff garbage").unwrap();
    assert!(matches!(load(&dir), Err(Error::Tokenizer { .. })));
}

#[test]
fn unusable_text_and_options() {
    let t = common::load(&common::model_dir(), Precision::F32);
    let o = TranslateOptions::default();
    assert!(matches!(t.translate("", &o), Err(Error::InvalidInput(_))));
    assert!(matches!(t.translate(" \t ", &o), Err(Error::InvalidInput(_))));
    assert!(matches!(t.translate(&"x".repeat(edgemt::MAX_INPUT_BYTES + 1), &o), Err(Error::InvalidInput(_))));
    // 10,000 words with no sentence boundary: refused, not truncated.
    let line = vec!["word"; 10_000].join(" ");
    assert!(matches!(t.translate(&line, &o), Err(Error::SentenceTooLong { .. })));
    let bad = |o: TranslateOptions| matches!(t.translate("Hello.", &o), Err(Error::InvalidOptions(_)));
    assert!(bad(TranslateOptions { num_beams: Some(0), ..Default::default() }));
    assert!(bad(TranslateOptions { num_beams: Some(2), n_best: Some(3), ..Default::default() }));
    assert!(bad(TranslateOptions { max_length: Some(100_000), ..Default::default() }));
}

#[test]
fn long_text_is_split_at_sentences() {
    let t = common::load(&common::model_dir(), Precision::F32);
    let o = TranslateOptions { num_beams: Some(1), max_length: Some(8), ..Default::default() };
    let sentence = "And God saw the light, that it was good, and God divided the light from the darkness.";
    let text = vec![sentence; 40].join(" ");
    assert!(t.tokenizer().encode(&text).len() > t.max_source_tokens());
    let tr = t.translate(&text, &o).unwrap();
    assert!(tr.chunks > 1, "{} chunks", tr.chunks);
    // Every chunk was translated: its output ends with the forced </s> or a real one.
    let eos = t.tokenizer().eos_id;
    assert_eq!(tr.hypotheses[0].tokens.iter().filter(|&&x| x == eos).count(), tr.chunks);
}

#[test]
fn cli_errors_exit_nonzero_without_panicking() {
    let model = common::model_dir();
    let m = model.to_str().unwrap();
    let (code, _, err) = cli(&["translate", "--model", "/nonexistent", "Hello"], None);
    assert_ne!(code, 0);
    assert!(err.contains("missing model file"), "{err}");
    let (code, _, err) = cli(&["translate", "--model", m, "--precision", "f32", ""], None);
    assert_ne!(code, 0);
    assert!(err.contains("empty text"), "{err}");
    let (code, _, err) =
        cli(&["translate", "--model", m, "--precision", "f32", "--beam", "1"], Some(b"Hello.\n\xff\xfe bad\n"));
    assert_ne!(code, 0);
    assert!(err.contains("not valid UTF-8"), "{err}");
    let (code, _, err) = cli(&["translate", "--model", m, "--precision", "bf16", "Hi"], None);
    assert_ne!(code, 0);
    assert!(err.contains("unknown precision"), "{err}");
    let line = vec!["word"; 10_000].join(" ");
    let (code, _, err) = cli(&["translate", "--model", m, "--precision", "f32", "--beam", "1"], Some(line.as_bytes()));
    assert_ne!(code, 0);
    assert!(err.contains("exceeds the model's limit"), "{err}");
}
