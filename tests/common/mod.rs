//! Shared helpers for the integration tests: fixture paths and reference files.
#![allow(dead_code)]

use std::path::PathBuf;

use edgemt::search::SearchParams;
use edgemt::{Backend, LoadOptions, Precision, TranslateOptions, Translator};

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn model_dir() -> PathBuf {
    fixtures().join("tiny-marian")
}

/// The bundled model's directory (models/en-es-small).
pub fn bundled_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models").join(edgemt::model::BUNDLED_MODEL)
}

/// The numbers of `text` as digit strings, in order: digit runs with single `.`/`,` between
/// digits, separators dropped (the model card's "numbers copied" rule; written here apart from
/// `edgemt::numbers`, which the tests check).
pub fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let (mut out, mut cur) = (Vec::new(), String::new());
    for (i, &c) in chars.iter().enumerate() {
        let inner = matches!(c, '.' | ',')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
            && chars.get(i - 1).is_some_and(|p| p.is_ascii_digit());
        if c.is_ascii_digit() {
            cur.push(c);
        } else if !inner && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub fn per_tensor_dir() -> PathBuf {
    fixtures().join("tiny-marian-int8-per-tensor")
}

/// A fresh directory under the system's temporary directory, removed when dropped: what the
/// tests need of the `tempfile` crate, without that dev-dependency (it turns on a default
/// feature of `rustix`, a dependency of tract's, so `cargo test` used to rebuild tract after
/// `cargo build`).
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn tempdir() -> TempDir {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let dir = std::env::temp_dir().join(format!(
        "edgemt-test-{}-{}-{nanos}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}

/// A copy of the fixture's f32 model (its five text files and three f32 graphs) in a temporary
/// directory, to be altered by a test: (the guard, the model directory).
pub fn copy_fixture() -> (TempDir, PathBuf) {
    let tmp = tempdir();
    let dir = tmp.path().join("model");
    std::fs::create_dir(&dir).unwrap();
    for f in edgemt::model::REQUIRED_FILES {
        std::fs::copy(model_dir().join(f), dir.join(f)).unwrap();
    }
    for part in edgemt::model::ONNX_PARTS {
        std::fs::copy(model_dir().join(format!("{part}.onnx")), dir.join(format!("{part}.onnx"))).unwrap();
    }
    (tmp, dir)
}

/// Every weight format the engine reads: the Optimum fixture's f32 / int8 / fp16 and the
/// transformers.js layout's uint8 (zero points), q4 (`MatMulNBits`) and `_quantized` (its
/// lm_head a `DequantizeLinear` of the tied embedding).
pub fn weight_variants() -> Vec<(PathBuf, Precision)> {
    let js = fixtures().join("tiny-marian-js");
    vec![
        (model_dir(), Precision::F32),
        (model_dir(), Precision::Int8),
        (model_dir(), Precision::Fp16),
        (js.clone(), Precision::Uint8),
        (js.clone(), Precision::Q4),
        (js, Precision::Quantized),
    ]
}

pub fn refs(name: &str) -> serde_json::Value {
    let p = fixtures().join("refs").join(name);
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))).unwrap()
}

pub fn load(dir: &std::path::Path, precision: Precision) -> Translator {
    Translator::load(dir, &LoadOptions { precision: Some(precision), ..Default::default() })
        .unwrap_or_else(|e| panic!("loading {} {precision}: {e}", dir.display()))
}

pub fn ids(v: &serde_json::Value) -> Vec<u32> {
    v.as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as u32).collect()
}

/// The model's search parameters with `beams` beams returning `n_best` hypotheses.
pub fn params(t: &Translator, beams: usize, n_best: usize) -> SearchParams {
    t.search_params(&TranslateOptions { num_beams: Some(beams), n_best: Some(n_best), ..Default::default() }).unwrap()
}

pub fn load_backend(dir: &std::path::Path, precision: Precision, backend: Backend) -> Translator {
    Translator::load(dir, &LoadOptions { precision: Some(precision), backend, ..Default::default() })
        .unwrap_or_else(|e| panic!("loading {} {precision} {backend:?}: {e}", dir.display()))
}

/// The `edgemt` binary built with the tests. Under qemu-user a test cannot exec a foreign binary
/// directly (no binfmt_misc): `EDGEMT_CLI_RUNNER=qemu-aarch64` (set by cross/build-and-test.sh)
/// runs it through the emulator.
pub fn edgemt_command() -> std::process::Command {
    let bin = env!("CARGO_BIN_EXE_edgemt");
    match std::env::var("EDGEMT_CLI_RUNNER") {
        Ok(runner) if !runner.is_empty() => {
            let mut c = std::process::Command::new(runner);
            c.arg(bin);
            c
        }
        _ => std::process::Command::new(bin),
    }
}

/// Runs the CLI with `args` and `stdin`: (exit code, stdout, stderr). Fails the test if the
/// CLI panicked.
pub fn run_cli(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = edgemt_command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A CLI that stops reading early (--fail-fast) closes its stdin: not a test failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!stderr.contains("panicked"), "panic in CLI: {stderr}");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).to_string(), stderr)
}

/// The native decoder's logits of the first step (the decoder start token) for source `ids`.
#[allow(dead_code)]
pub fn first_step_logits(t: &Translator, ids: &[u32]) -> Vec<f32> {
    use edgemt::search::StepModel;
    let hidden = t.encode(ids).unwrap();
    let mut session = t.native().unwrap().session(&hidden, 1, 2).unwrap();
    let mut logits = vec![0f32; t.config().vocab_size];
    let start = t.search_params(&Default::default()).unwrap().decoder_start;
    session.step(&[start], &mut logits).unwrap();
    logits
}
