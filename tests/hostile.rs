//! Hostile input from files, flags and text (issue 11): every case that used to abort, hang,
//! panic or silently translate with a configuration the weights contradict, kept as a
//! regression test. Each asserts the typed error (or, for the CLI, exit status and message)
//! that replaced the failure.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::Stdio;

use edgemt::{Backend, Error, LoadOptions, Precision, TranslateOptions, Translator};

fn load(dir: &Path, backend: Backend) -> Result<Translator, Error> {
    Translator::load(dir, &LoadOptions { precision: Some(Precision::F32), backend, ..Default::default() })
}

/// The fixture with `config.json` (or another JSON file) edited by `edit`.
fn with_json(file: &str, edit: impl Fn(&mut serde_json::Value)) -> (common::TempDir, std::path::PathBuf) {
    let (t, dir) = common::copy_fixture();
    let p = dir.join(file);
    let mut v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    edit(&mut v);
    std::fs::write(&p, v.to_string()).unwrap();
    (t, dir)
}

fn config_error(r: Result<Translator, Error>, needles: &[&str]) {
    match r {
        Err(e @ Error::Config { .. }) => {
            let msg = e.to_string();
            for n in needles {
                assert!(msg.contains(n), "{n:?} not in {msg}");
            }
        }
        other => panic!("expected a config error with {needles:?}, got {other:?}"),
    }
}

#[test]
fn config_contradicting_the_graph_is_refused_on_every_backend() {
    for backend in [Backend::Auto, Backend::Native, Backend::Tract] {
        // Heads: the weights have 4 (head size 16 at d_model 64).
        for heads in [1, 8] {
            let (_t, dir) = with_json("config.json", |c| c["decoder_attention_heads"] = heads.into());
            config_error(load(&dir, backend), &["decoder_attention_heads is", "heads of size 16", "(4 heads)"]);
        }
        let (_t, dir) = with_json("config.json", |c| c["encoder_attention_heads"] = 2.into());
        config_error(load(&dir, backend), &["encoder_attention_heads is 2"]);
        // Activation: trained with swish.
        let (_t, dir) = with_json("config.json", |c| c["activation_function"] = "relu".into());
        config_error(load(&dir, backend), &["\"relu\"", "computes swish"]);
        // Positions: the table has 256 rows (a 300-token input used to panic inside tract).
        let (_t, dir) = with_json("config.json", |c| c["max_position_embeddings"] = 1000.into());
        config_error(load(&dir, backend), &["max_position_embeddings 1000", "[256, 64]"]);
        // Layers and FFN width.
        let (_t, dir) = with_json("config.json", |c| c["decoder_layers"] = 2.into());
        config_error(load(&dir, backend), &["decoder_layers is 2", "3 layers"]);
        let (_t, dir) = with_json("config.json", |c| c["encoder_ffn_dim"] = 128.into());
        config_error(load(&dir, backend), &["encoder_ffn_dim is 128", "width of 256"]);
    }
}

#[test]
fn sizes_from_files_are_bounded_before_allocation() {
    // 2^40 positions and max_length 10^9: used to allocate 16 GB and abort.
    let (_t, dir) = with_json("config.json", |c| c["max_position_embeddings"] = (1u64 << 40).into());
    // A 32-bit usize cannot even hold it: serde refuses it while parsing (still a Config error).
    let why = if cfg!(target_pointer_width = "64") { "is larger than the 65536" } else { "expected usize" };
    config_error(load(&dir, Backend::Auto), &["1099511627776", why]);
    let (_t, dir) = with_json("generation_config.json", |c| c["max_length"] = 1_000_000_000.into());
    let t = load(&dir, Backend::Auto).unwrap();
    let err = t.translate("Hello.", &TranslateOptions::default()).unwrap_err();
    assert!(matches!(err, Error::InvalidOptions(_)) && err.to_string().contains("positions"), "{err}");
    // num_beams 10^6 in generation_config.json: used to abort on a 78 GB allocation.
    let (_t, dir) = with_json("generation_config.json", |c| c["num_beams"] = 1_000_000.into());
    let t = load(&dir, Backend::Auto).unwrap();
    let err = t.translate("Hello.", &TranslateOptions::default()).unwrap_err();
    assert!(matches!(err, Error::LimitExceeded(_)), "{err}");
    // A vocab.json id of 50,000,000 (122 KB file): used to take 1.18 GB before it was refused.
    let (_t, dir) = with_json("vocab.json", |v| v["▁hostile"] = 50_000_000.into());
    config_error(load(&dir, Backend::Auto), &["id 50000000", "8002 ids"]);
    let (_t, dir) = with_json("vocab.json", |v| v["▁hostile"] = 8002.into());
    config_error(load(&dir, Backend::Auto), &["id 8002"]);
}

#[test]
fn limits_refuse_before_allocating() {
    let t = load(&common::model_dir(), Backend::Auto).unwrap();
    let o = |beams: usize| TranslateOptions { num_beams: Some(beams), ..Default::default() };
    for beams in [65, 2000, 100_000, usize::MAX / 4] {
        assert!(matches!(t.translate("Hello.", &o(beams)), Err(Error::LimitExceeded(_))), "{beams}");
    }
    assert!(t.translate("Hello.", &o(64)).is_ok());
    // The run-state estimate grows with beams × max_length and is checked against max_memory.
    let small = edgemt::Limits { max_memory: 4 << 20, ..Default::default() };
    let t = Translator::load(
        &common::model_dir(),
        &LoadOptions { precision: Some(Precision::F32), limits: small, ..Default::default() },
    )
    .unwrap();
    assert!(t.sentence_bytes(10, 4, 48) < 4 << 20);
    assert!(t.translate("Hello.", &o(4)).is_ok());
    assert!(t.sentence_bytes(10, 64, 257) > 4 << 20);
    let r =
        t.translate("Hello.", &TranslateOptions { num_beams: Some(64), max_length: Some(257), ..Default::default() });
    assert!(matches!(&r, Err(Error::LimitExceeded(m)) if m.contains("run state")), "{r:?}");
}

#[test]
fn the_memory_estimate_covers_what_a_sentence_allocates() {
    // The budget check is only as good as the estimate: it must not be below the buffers the
    // native engine and search really allocate (encoder state + output, decoder run state,
    // search buffers), for short and long sentences, greedy and beam.
    for precision in [Precision::F32, Precision::Int8] {
        let t = common::load(&common::model_dir(), precision);
        let (enc, dec) = (t.native_encoder().unwrap(), t.native().unwrap());
        for (src, beams, max_len) in [(1, 1, 2), (12, 1, 48), (12, 4, 48), (256, 8, 257), (40, 64, 100)] {
            let ids = vec![5u32; src];
            let enc_state = enc.state(src).unwrap().bytes();
            let hidden = t.encode(&ids).unwrap();
            let run = dec.session(&hidden, beams, max_len).unwrap().state_bytes();
            let search = 4 * beams * t.vocab_size() + 16 * beams * max_len;
            let real = enc_state + 4 * hidden.len() + run + search;
            let est = t.sentence_bytes(src, beams, max_len);
            assert!(est >= real, "{precision} src {src} beams {beams}: estimate {est} < {real}");
            assert!(est < 3 * real, "{precision} src {src} beams {beams}: estimate {est} far above {real}");
        }
    }
}

#[test]
fn a_negative_length_penalty_translates() {
    // Used to panic in search.rs when no hypothesis finished.
    let t = load(&common::model_dir(), Backend::Auto).unwrap();
    for lp in [-10.0, -1.0] {
        let o =
            TranslateOptions { num_beams: Some(4), n_best: Some(4), length_penalty: Some(lp), ..Default::default() };
        let tr = t.translate("In the beginning God created the heavens and the earth.", &o).unwrap();
        assert!(!tr.hypotheses.is_empty() && !tr.best().is_empty());
        // Scores are best first, and each is the sum of its log-probabilities / len^lp: an
        // ended hypothesis (</s> last), not an empty slot.
        for w in tr.hypotheses.windows(2) {
            assert!(w[0].score >= w[1].score);
        }
        assert!(tr.hypotheses.iter().all(|h| h.tokens.last() == Some(&t.tokenizer().eos_id)));
    }
    let (_t, dir) = with_json("generation_config.json", |c| c["length_penalty"] = (-10.0).into());
    let (code, out, err) = common::run_cli(&["translate", "--model", dir.to_str().unwrap(), "Hello."], b"");
    assert_eq!(code, 0, "{err}");
    assert!(!out.trim().is_empty());
}

fn cli(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    common::run_cli(args, stdin)
}

#[test]
fn cli_flags_over_limits_are_errors() {
    let m = common::model_dir();
    let m = m.to_str().unwrap();
    for beam in ["100000", "4611686018427387904", "2000"] {
        let (code, _, err) = cli(&["translate", "--model", m, "--beam", beam, "Hello."], b"");
        if beam.len() > 10 && cfg!(target_pointer_width = "32") {
            // Does not fit a 32-bit usize: clap refuses the flag itself (usage error, status 2).
            assert_eq!(code, 2, "{err}");
            assert!(err.contains("too large"), "{err}");
            continue;
        }
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("beams (the most allowed is 64"), "{err}");
    }
    let (code, out, err) = cli(&["translate", "--model", m, "--beam", "100", "--max-beams", "100", "Hello."], b"");
    assert_eq!(code, 0, "{err}");
    assert!(!out.trim().is_empty());
    let (code, _, err) = cli(&["translate", "--model", m, "--max-memory", "64K", "Hello."], b"");
    assert_eq!(code, 1);
    assert!(err.contains("run state"), "{err}");
    let (code, _, err) = cli(&["translate", "--model", m, "--max-memory", "lots", "Hello."], b"");
    assert_eq!(code, 2, "clap rejects it: {err}");
    // `bench --cold-cache MB` allocates its eviction buffer from the flag: bounded first.
    for mb in ["0", "8193", "4294967296"] {
        let (code, _, err) = cli(&["bench", "--model", m, "--max-len", "4", "--cold-cache", mb], b"");
        assert_eq!(code, 2, "clap refuses {mb}: {err}");
        assert!(err.contains("--cold-cache"), "{err}");
    }
    let (code, out, err) = cli(&["bench", "--model", m, "--max-len", "4", "--cold-cache", "8"], b"");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("cold_cache_mb 8"), "{out}");
}

#[test]
fn a_bad_line_does_not_end_the_batch() {
    let m = common::model_dir();
    let m = m.to_str().unwrap();
    let t = load(&common::model_dir(), Backend::Auto).unwrap();
    let good = |s: &str| t.translate(s, &TranslateOptions::default()).unwrap().best().to_string();
    let long = "Hi. ".repeat(20_000); // 80 KB: over the 64 KiB line limit
    let over = vec!["word"; 400].join(" "); // one sentence over the model's positions
    let mut input = b"Hello.\n\xff\xfe\n".to_vec();
    input.extend_from_slice(format!("{long}\n{over}\n\nGood morning.\n").as_bytes());
    let (code, out, err) = cli(&["translate", "--model", m, "--precision", "f32"], &input);
    assert_eq!(code, 1, "a line failed: {err}");
    let lines: Vec<&str> = out.split('\n').collect();
    assert_eq!(lines, vec![good("Hello.").as_str(), "", "", "", "", good("Good morning.").as_str(), ""]);
    assert!(err.contains("line 2 of stdin") && err.contains("UTF-8"), "{err}");
    assert!(err.contains("line 3 of stdin") && err.contains("--max-line-bytes 65536"), "{err}");
    assert!(err.contains("line 4 of stdin") && err.contains("exceeds the model's limit"), "{err}");
    // --max-line-bytes sets the limit (a 105-byte line: refused under 64, taken under 1K);
    // --fail-fast stops at the first bad line.
    let line = "In the beginning God created the heavens and the earth. And the earth was without form.\n";
    let (code, _, err) = cli(&["translate", "--model", m, "--max-line-bytes", "64"], line.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("--max-line-bytes 64"), "{err}");
    let (code, out, err) = cli(&["translate", "--model", m, "--max-line-bytes", "1K"], line.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1);
    let (code, out, err) = cli(&["translate", "--model", m, "--precision", "f32", "--fail-fast"], &input);
    assert_eq!(code, 1);
    assert_eq!(out, format!("{}\n", good("Hello.")));
    assert!(err.contains("line 2 of stdin") && !err.contains("line 3"), "{err}");
}

/// Runs the CLI with its stdout read end closed before it writes: (exit code, stderr).
fn with_closed_reader(args: &[&str], stdin: &[u8]) -> (i32, String) {
    use std::io::Write;
    let mut child = common::edgemt_command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (child.wait().unwrap().code().unwrap_or(-1), err)
}

#[test]
fn a_closed_pipe_ends_quietly_and_a_closed_stdout_is_an_error() {
    let m = common::model_dir();
    let m = m.to_str().unwrap();
    // `edgemt info | true`, `edgemt bench | head -1`, `translate < lines | head -1`: used to
    // panic ("failed printing to stdout") or say "cannot read <stdout>: Broken pipe", exit 1.
    let lines = "Hello.\n".repeat(20);
    for (args, stdin) in [
        (vec!["info", "--model", m], ""),
        (vec!["bench", "--model", m, "--max-len", "4"], ""),
        (vec!["translate", "--model", m, "--beam", "1"], lines.as_str()),
    ] {
        let (code, err) = with_closed_reader(&args, stdin.as_bytes());
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
    // Stdout closed (`>&-`): used to exit 0 with the output lost.
    let cmd = common::edgemt_command();
    let prog = cmd.get_program().to_owned();
    let pre: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("exec \"$@\" >&-")
        .arg("sh")
        .arg(&prog)
        .args(&pre)
        .args(["translate", "--model", m, "Hello."])
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("stdout is closed"), "{err}");
}
