//! The CLI as a user runs it, checked against the reference token ids decoded by the library.

mod common;

use edgemt::Precision;

fn edgemt(args: &[&str], stdin: &str) -> String {
    let (code, out, err) = common::run_cli(args, stdin.as_bytes());
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn translate_argument_stdin_and_n_best_match_pytorch() {
    let refs = common::refs("generate.json");
    let t = common::load(&common::model_dir(), Precision::F32);
    let cases = &refs["torch_f32"].as_array().unwrap()[..3];
    let m = common::model_dir();
    let m = m.to_str().unwrap();
    let expect = |key: &str, i: usize, c: &serde_json::Value| t.tokenizer().decode(&common::ids(&c[key][i]));

    // One argument, greedy.
    let text = cases[0]["text"].as_str().unwrap();
    // PyTorch translated each text as one piece: --no-split.
    let out = edgemt(&["translate", "--model", m, "--precision", "f32", "--no-split", "--beam", "1", text], "");
    assert_eq!(out.trim_end(), t.tokenizer().decode(&common::ids(&cases[0]["greedy"])));

    // stdin, line by line, beam 4 (generation_config default), empty line kept.
    let input = format!("{}\n\n{}\n", cases[1]["text"].as_str().unwrap(), cases[2]["text"].as_str().unwrap());
    let out = edgemt(&["translate", "--model", m, "--precision", "f32", "--no-split"], &input);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        vec![expect("beam4_nbest2", 0, &cases[1]).as_str(), "", expect("beam4_nbest2", 0, &cases[2]).as_str()]
    );

    // n-best 2: rank, score, text.
    let out = edgemt(
        &["translate", "--model", m, "--precision", "f32", "--no-split", "--beam", "4", "--n-best", "2", text],
        "",
    );
    let lines: Vec<Vec<&str>> = out.lines().map(|l| l.splitn(3, '\t').collect()).collect();
    assert_eq!(lines.len(), 2);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l[0], i.to_string());
        let score: f32 = l[1].parse().unwrap();
        let want = cases[0]["beam4_scores"][i].as_f64().unwrap() as f32;
        assert!((score - want).abs() < 1e-3, "{score} vs {want}");
        assert_eq!(l[2], expect("beam4_nbest2", i, &cases[0]));
    }
}

#[test]
fn info_describes_the_model() {
    let m = common::model_dir();
    let out = edgemt(&["info", "--model", m.to_str().unwrap()], "");
    assert!(out.contains("marian"), "{out}");
    assert!(out.contains("precision         int8 (_quantized files in"), "{out}");
    for variant in [
        "int8, quantized  *_quantized.onnx native",
        "f32              *.onnx         native",
        "fp16             *_fp16.onnx    native",
    ] {
        assert!(out.contains(variant), "{variant}: {out}");
    }
    assert!(out.contains("encoder backend   native"), "{out}");
    assert!(out.contains("d_model           64"), "{out}");
    assert!(out.contains("encoder_model_quantized.onnx"), "{out}");
    // Plain values, not Rust debug text.
    assert!(out.contains("generation        num_beams 4, max_length 48, bad words (token ids) 8001"), "{out}");
    assert!(!out.contains("Some("), "{out}");
    assert!(out.contains("shortlist         none"), "{out}");
}

/// What a new user meets when a name is wrong: errors that say what is wrong and, for a bad
/// value, which values are valid; usage errors exit 2 (clap), every other error 1 with the
/// `edgemt: error:` prefix, as the README says.
#[test]
fn mistakes_get_errors_that_say_what_to_do() {
    let readme = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let (code, _, err) = common::run_cli(&["translate", "--model", readme, "Hello."], b"");
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("edgemt: error: ") && err.contains("is a file, not a model directory"), "{err}");
    let mut cmd = common::edgemt_command();
    let out = cmd.env(edgemt::model::MODEL_ENV, "/nonexistent/model").args(["translate", "Hello."]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("does not exist (from EDGEMT_MODEL)"), "{err}");
    let m = common::model_dir();
    let (code, _, err) =
        common::run_cli(&["translate", "--model", m.to_str().unwrap(), "--early-stopping", "maybe", "Hi."], b"");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("heuristic (or false), eager (or true) or never"), "{err}");
    let (code, _, err) = common::run_cli(&["translate", "--no-such-flag"], b"");
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("error: "), "{err}");
    let (code, _, err) = common::run_cli(&["translate", "--shortlist", "x", "--no-shortlist", "Hi."], b"");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn jobs_translate_in_parallel_in_input_order() {
    // --jobs 3: the same lines, the same errors (same line numbers), the same exit status as
    // one job, output in input order although sentences finish out of order.
    let m = common::model_dir();
    let m = m.to_str().unwrap();
    let refs = common::refs("generate.json");
    let mut input: Vec<u8> = Vec::new();
    for (i, case) in refs["torch_f32"].as_array().unwrap().iter().take(12).enumerate() {
        input.extend_from_slice(case["text"].as_str().unwrap().as_bytes());
        input.push(b'\n');
        if i == 4 {
            input.extend_from_slice(b"\n\xff\xfe\n");
        }
    }
    input.extend_from_slice(format!("{}\n", vec!["word"; 400].join(" ")).as_bytes());
    let args = ["translate", "--model", m, "--precision", "f32", "--beam", "1"];
    let (code1, out1, err1) = common::run_cli(&args, &input);
    let mut more = args.to_vec();
    more.extend(["--jobs", "3"]);
    let (code3, out3, err3) = common::run_cli(&more, &input);
    assert_eq!(code1, 1);
    assert_eq!((code3, &out3, &err3), (code1, &out1, &err1));
    assert_eq!(out3.lines().count(), 15);
    let (code, _, err) = common::run_cli(&["translate", "--model", m, "--jobs", "0"], b"Hello.\n");
    assert_eq!(code, 2, "{err}");
}
