//! The bundled English→Spanish model (models/en-es-small) against committed references made by
//! `models/tools/build_model.py refs`: token ids from PyTorch `generate` (f32) and from
//! transformers `generate` over onnxruntime on the very same int8 files, for held-out Bible verses
//! and UI strings plus the README's example sentence.
//!
//! A regression in the runtime (tokenizer, engine, search) or in the model files changes tokens.

mod common;

use edgemt::{Backend, LoadOptions, Precision, ShortlistChoice, TranslateOptions, Translator};

use common::bundled_dir;

fn check(backend: Backend) {
    let refs = common::refs("bundled.json");
    // The references score the whole vocabulary: the shipped shortlist is off here
    // (tests/shortlist.rs covers it).
    let opts = LoadOptions {
        precision: Some(Precision::Int8),
        backend,
        shortlist: ShortlistChoice::Off,
        ..Default::default()
    };
    let t = Translator::load(&bundled_dir(), &opts).unwrap();
    assert_eq!(t.backend(), backend);
    let cases = refs["sentences"].as_array().unwrap();
    // Every sentence is held out (the README's Genesis 1:1 sits in the dev split).
    assert!(cases.len() >= 9 && cases.iter().all(|c| c["held_out"].as_bool().unwrap()));
    let (greedy, beam) = (common::params(&t, 1, 1), common::params(&t, 4, 1));
    let mut failures = Vec::new();
    let (mut same_as_torch, mut ort_same_as_torch) = (0, 0);
    // int8 runtimes round the quantised activations differently (onnxruntime, tract and the
    // native engine): where the model is nearly indifferent between two tokens, the outputs may
    // part. Allow two such near-ties, each one checked: for greedy, the two tokens at the first
    // difference are within 0.1 in logit under edgemt; for beam, edgemt's hypothesis scores no
    // worse than 1% below onnxruntime's. A better score is accepted: over a long sentence the
    // runtimes' rounding prunes different beams, and one may find a more probable output than the
    // other (measured: the 42-token Genesis 4:15 with the model of 2026-11-27 — edgemt -1.232,
    // onnxruntime -1.285, tract -1.282, three different outputs; greedy identical).
    let mut near_ties_allowed = 2;
    for case in cases {
        let text = case["text"].as_str().unwrap();
        let input = common::ids(&case["input_ids"]);
        assert_eq!(t.tokenizer().encode(text), input, "tokenization of {text:?}");
        for (name, p) in [("greedy", &greedy), ("beam4", &beam)] {
            let hyp = t.translate_ids(&input, p).unwrap().remove(0);
            let got = hyp.tokens;
            let ort = common::ids(&case[format!("ort_int8_{name}")]);
            let torch = common::ids(&case[format!("torch_f32_{name}")]);
            same_as_torch += usize::from(got == torch);
            ort_same_as_torch += usize::from(ort == torch);
            if got == ort {
                continue;
            }
            let (near_tie, detail) = if name == "greedy" {
                let gap = logit_gap_at_divergence(&t, &input, &got, &ort);
                (gap <= 0.1, format!("logit gap at the first difference {gap}"))
            } else {
                let want = case["ort_int8_beam4_score"].as_f64().unwrap() as f32;
                (hyp.score >= want - 1e-2 * want.abs(), format!("score {} vs onnxruntime {want}", hyp.score))
            };
            if near_tie && near_ties_allowed > 0 {
                near_ties_allowed -= 1;
                eprintln!("{backend:?}: near-tie in {name} for {text:?}: {detail}");
                continue;
            }
            failures.push(format!(
                "{name} {text:?} ({detail}):\n  got      {got:?}\n  ort int8 {ort:?}\n  torch    {torch:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{backend:?}: {} differences:\n{}", failures.len(), failures.join("\n"));
    // Quantisation changes some outputs against PyTorch f32 (a different model, in effect), but
    // edgemt's int8 must agree with PyTorch as often as onnxruntime's int8 does, less the near-ties.
    let runs = 2 * cases.len();
    eprintln!("{backend:?}: {same_as_torch}/{runs} outputs equal PyTorch f32 (onnxruntime int8: {ort_same_as_torch})");
    assert!(
        same_as_torch + 2 >= ort_same_as_torch,
        "{backend:?}: only {same_as_torch}/{runs} outputs equal PyTorch f32, onnxruntime int8 {ort_same_as_torch}"
    );
}

/// Greedy decoding up to the first position where `a` and `b` differ; the difference between
/// the two tokens' logits there (how close to a tie the model was).
fn logit_gap_at_divergence(t: &Translator, input: &[u32], a: &[u32], b: &[u32]) -> f32 {
    let k = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (Some(&ta), Some(&tb)) = (a.get(k), b.get(k)) else {
        return f32::INFINITY; // one is a prefix of the other: not a token choice
    };
    let hidden = t.encode(input).unwrap();
    let start = t.search_params(&TranslateOptions::default()).unwrap().decoder_start;
    let mut logits = vec![0f32; t.vocab_size()];
    t.decode_with(&hidden, 1, k + 2, |m| {
        for &tok in std::iter::once(&start).chain(&a[..k]) {
            m.step(&[tok], &mut logits)?;
        }
        Ok(())
    })
    .unwrap();
    (logits[ta as usize] - logits[tb as usize]).abs()
}

#[test]
fn bundled_int8_matches_references_native() {
    check(Backend::Native);
}

#[test]
fn bundled_int8_matches_references_tract() {
    check(Backend::Tract);
}

/// The README's first command: no --model, the bundled model is found from the working
/// directory. Scoring the whole vocabulary (`--no-shortlist`) it prints PyTorch's (and
/// onnxruntime int8's) beam-4 translation; as printed (the bundled shortlist on) it prints what
/// the README says it prints.
#[test]
fn cli_without_model_uses_bundled_model() {
    let refs = common::refs("bundled.json");
    let readme = refs["sentences"].as_array().unwrap().iter().find(|c| c["readme"].as_bool().unwrap()).unwrap();
    let text = readme["text"].as_str().unwrap();
    let run = |extra: &[&str]| {
        let mut cmd = common::edgemt_command();
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove(edgemt::model::MODEL_ENV)
            .arg("translate")
            .args(extra)
            .arg(text);
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "edgemt translate failed: {stderr}");
        String::from_utf8(out.stdout).unwrap().trim_end().to_string()
    };
    assert_eq!(run(&["--no-shortlist"]), readme["ort_int8_text"].as_str().unwrap());
    let readme_md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let printed = readme_md
        .lines()
        .skip_while(|l| !l.contains("it prints"))
        .skip_while(|l| !l.starts_with("```"))
        .nth(1)
        .expect("the README shows the first command's output in a block")
        .trim();
    assert_eq!(run(&[]), printed);
}

/// A missing default model is a clear error naming the override, not a panic.
#[test]
fn cli_missing_default_model_is_an_error() {
    let dir = common::tempdir();
    let missing = dir.path().join("nothing-here");
    let mut cmd = common::edgemt_command();
    cmd.env(edgemt::model::MODEL_ENV, &missing).args(["translate", "Hello."]);
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("nothing-here"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Every character of ordinary Spanish text can be written, and every character of ordinary
/// English text read, by the bundled model: each one is a piece of vocab.json of its own whose
/// id the target side decodes back to it, and a text made of them encodes without `<unk>` and
/// decodes to itself. The list is `REQUIRED_CHARS` of models/tools/build_model.py, which forces
/// them into the SentencePiece vocabulary.
#[test]
fn every_spanish_and_english_character_round_trips() {
    const CHARS: &str = "¡¿ÁÉÍÓÚÜÑáéíóúüñ«»—–€$%°0123456789";
    let t = Translator::load(&bundled_dir(), &LoadOptions::default()).unwrap();
    let tok = t.tokenizer();
    let unk = tok.piece_to_id("<unk>").unwrap();
    let missing: Vec<char> = CHARS.chars().filter(|c| tok.piece_to_id(&c.to_string()).is_none()).collect();
    assert!(missing.is_empty(), "not in the vocabulary: {missing:?}");
    for c in CHARS.chars() {
        let id = tok.piece_to_id(&c.to_string()).unwrap();
        assert_eq!(tok.decode(&[id]), c.to_string(), "the target side cannot write {c:?}");
        for text in [c.to_string(), format!("a{c}b"), format!("El {c} 5 de {c}{c}.")] {
            let ids = tok.encode(&text);
            assert!(!ids.contains(&unk), "{text:?} reads as <unk>: {:?}", tok.tokenize(&text));
            assert_eq!(tok.decode(&ids), text);
        }
    }
    let text = "¡Él añadió «50 %» y 3,5 € — ¿verdad? ÚLTIMO Índice Ángel Ü ü $20 a 30° – 1987.";
    let ids = tok.encode(text);
    assert!(!ids.contains(&unk), "{:?}", tok.tokenize(text));
    assert_eq!(tok.decode(&ids), text);
}
