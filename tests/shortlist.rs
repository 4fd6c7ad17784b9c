//! Vocabulary shortlist (src/shortlist.rs): the decoder scores only a sentence's candidate
//! ids, each logit bit-identical to the full computation's; greedy search under a shortlist
//! returns the full-vocabulary output whenever the candidates hold it; nothing is allocated per
//! token; damaged or contradicting shortlist files are typed errors.

mod common;

use edgemt::search::{SearchBuffers, StepModel, generate};
use edgemt::{Backend, Error, LoadOptions, Precision, Shortlist, ShortlistChoice, TranslateOptions, Translator};

#[path = "common/counting.rs"]
mod counting;
use counting::{Watch, allocs};

use common::bundled_dir;

fn load(dir: &std::path::Path, precision: Precision, threads: usize, shortlist: ShortlistChoice) -> Translator {
    let opts = LoadOptions {
        precision: Some(precision),
        backend: Backend::Native,
        threads: Some(threads),
        shortlist,
        ..Default::default()
    };
    Translator::load(dir, &opts).unwrap_or_else(|e| panic!("{} {precision}: {e}", dir.display()))
}

/// Held-out sentences of the bundled model (its evaluation files), `n` from each of `files`.
fn held_out(n: usize, files: &[&str]) -> Vec<String> {
    let eval = bundled_dir().join("eval");
    files
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(eval.join(f)).unwrap().lines().take(n).map(str::to_string).collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn shortlisted_logits_are_the_full_logits_of_those_ids() {
    let refs = common::refs("generate.json");
    let case = &refs["torch_f32"].as_array().unwrap()[0];
    let src = common::ids(&case["input_ids"]);
    for (dir, precision) in common::weight_variants() {
        for threads in [1, 2] {
            let t = load(&dir, precision, threads, ShortlistChoice::Off);
            let native = t.native().unwrap();
            let v = native.vocab_size();
            // Every 7th id and the first 40: whole panels, partial panels and lone ids.
            let outputs: Vec<u32> = (0..v as u32).filter(|i| i % 7 == 3 || *i < 40).collect();
            let n = outputs.len();
            let hidden = t.encode(&src).unwrap();
            for beams in [1, 5] {
                let mut full = native.session(&hidden, beams, 8).unwrap();
                let mut short = native.session_with_outputs(&hidden, beams, 8, outputs.clone()).unwrap();
                assert_eq!((short.vocab_size(), short.output_ids()), (n, Some(&outputs[..])));
                let (mut lf, mut ls) = (vec![0f32; beams * v], vec![0f32; beams * n]);
                let mut tokens = vec![t.search_params(&TranslateOptions::default()).unwrap().decoder_start; beams];
                for step in 0..4 {
                    full.step(&tokens, &mut lf).unwrap();
                    short.step(&tokens, &mut ls).unwrap();
                    for b in 0..beams {
                        for (j, &id) in outputs.iter().enumerate() {
                            let (a, e) = (ls[b * n + j], lf[b * v + id as usize]);
                            assert_eq!(
                                a.to_bits(),
                                e.to_bits(),
                                "{precision} threads {threads} beams {beams} step {step} beam {b} id {id}: {a} vs {e}"
                            );
                        }
                        // Next input: a different candidate per beam.
                        tokens[b] = outputs[(step * 13 + b * 29) % n];
                    }
                }
            }
        }
        eprintln!("{} {precision}: shortlisted logits bit-identical (1 and 2 threads)", dir.display());
    }
}

#[test]
fn the_bundled_shortlist_keeps_greedy_outputs_it_covers() {
    let on = load(&bundled_dir(), Precision::Int8, 1, ShortlistChoice::Auto);
    let off = load(&bundled_dir(), Precision::Int8, 1, ShortlistChoice::Off);
    let sl = on.shortlist().expect("models/en-es-small ships lex.s2t.bin");
    assert!(sl.path().ends_with("lex.s2t.bin") && off.shortlist().is_none());
    let greedy = common::params(&on, 1, 1);
    let beam = common::params(&on, 4, 2);
    let (mut covered, mut same, mut total, mut cands) = (0, 0, 0, 0);
    for text in held_out(20, &["bible.test.en", "ui.test.en"]) {
        let ids = on.tokenizer().encode(&text);
        let outputs = on.output_ids(&ids, &greedy).unwrap();
        assert!(outputs.windows(2).all(|w| w[0] < w[1]) && outputs.binary_search(&greedy.eos).is_ok());
        cands += outputs.len();
        let full = off.translate_ids(&ids, &greedy).unwrap().remove(0).tokens;
        let short = on.translate_ids(&ids, &greedy).unwrap().remove(0).tokens;
        assert!(short.iter().all(|t| outputs.binary_search(t).is_ok()), "{text}: output outside the candidates");
        if full.iter().all(|t| outputs.binary_search(t).is_ok()) {
            // Every logit the full search compared the winner with is there, bit for bit.
            assert_eq!(short, full, "{text}: the candidates hold the full output, greedy must find it");
            covered += 1;
        }
        same += (short == full) as usize;
        total += 1;
        for h in on.translate_ids(&ids, &beam).unwrap() {
            assert!(h.tokens.iter().all(|t| outputs.binary_search(t).is_ok()), "{text}: beam output outside");
            assert_eq!(h.tokens.last(), Some(&beam.eos));
        }
    }
    eprintln!(
        "bundled shortlist: {} candidates per sentence on average (of {}), full greedy output covered {covered}/{total}, identical {same}/{total}",
        cands / total,
        on.vocab_size()
    );
    assert!(covered >= total / 2, "the shortlist covers only {covered}/{total} full outputs");
    assert!(cands / total < on.vocab_size() / 4);
}

#[test]
fn zero_allocations_per_token_with_a_shortlist() {
    let t = load(&bundled_dir(), Precision::Int8, 1, ShortlistChoice::Auto);
    let native = t.native().unwrap();
    for beams in [1, 4] {
        let params = common::params(&t, beams, 1);
        let mut bufs = SearchBuffers::new(beams, t.vocab_size(), params.max_length);
        // Verses: long enough outputs for steps to compare.
        for text in held_out(3, &["bible.test.en"]) {
            let ids = t.tokenizer().encode(&text);
            let hidden = t.encode(&ids).unwrap();
            let outputs = t.output_ids(&ids, &params).unwrap();
            let mut session = native.session_with_outputs(&hidden, beams, params.max_length, outputs).unwrap();
            let mut seen = Vec::with_capacity(512);
            let out = generate(&mut Watch { inner: &mut session, seen: &mut seen, count: allocs }, &params, &mut bufs)
                .unwrap();
            let n = seen.len();
            assert!(n > 3 && !out.is_empty());
            assert_eq!(seen[n - 1] - seen[0], 0, "beams {beams}: allocations while decoding {text:?}");
        }
    }
}

#[test]
fn bad_shortlists_are_typed_errors() {
    let (_tmp, dir) = common::copy_fixture();
    let open = |choice: ShortlistChoice| {
        Translator::load(
            &dir,
            &LoadOptions { precision: Some(Precision::F32), shortlist: choice, ..Default::default() },
        )
    };
    let good = Shortlist::new(10, 2, &[vec![5, 6], vec![7]]);
    // A damaged file in the directory: refused, naming the file.
    let mut bytes = good.to_bytes();
    *bytes.last_mut().unwrap() ^= 0x40;
    std::fs::write(dir.join("lex.s2t.bin"), &bytes).unwrap();
    let e = open(ShortlistChoice::Auto).unwrap_err();
    assert!(matches!(e, Error::Config { .. }) && e.to_string().contains("lex.s2t.bin"), "{e}");
    // Turned off, the same directory loads.
    assert!(open(ShortlistChoice::Off).unwrap().shortlist().is_none());
    std::fs::remove_file(dir.join("lex.s2t.bin")).unwrap();
    // Two Bergamot-named files and no lex.s2t.bin: which one is ambiguous.
    std::fs::write(dir.join("lex.50.50.enes.s2t.bin"), good.to_bytes()).unwrap();
    assert!(open(ShortlistChoice::Auto).unwrap().shortlist().is_some());
    std::fs::write(dir.join("lex.100.100.enes.s2t.bin"), good.to_bytes()).unwrap();
    let e = open(ShortlistChoice::Auto).unwrap_err();
    assert!(e.to_string().contains("several shortlists"), "{e}");
    // An id beyond the model's vocabulary, from a file and already loaded.
    let vocab = common::load(&common::model_dir(), Precision::F32).vocab_size() as u32;
    let beyond = Shortlist::new(10, 1, &[vec![vocab]]);
    let path = dir.join("beyond.bin");
    std::fs::write(&path, beyond.to_bytes()).unwrap();
    let e = open(ShortlistChoice::File(path)).unwrap_err();
    assert!(e.to_string().contains("outside the model's"), "{e}");
    let e = open(ShortlistChoice::Loaded(std::sync::Arc::new(beyond))).unwrap_err();
    assert!(matches!(e, Error::InvalidOptions(_)), "{e}");
    // A missing file given explicitly.
    let e = open(ShortlistChoice::File(dir.join("nope.bin"))).unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e}");
}

#[test]
fn the_tract_backend_says_it_does_not_use_the_shortlist() {
    let opts = LoadOptions { precision: Some(Precision::Int8), backend: Backend::Tract, ..Default::default() };
    let t = Translator::load(&bundled_dir(), &opts).unwrap();
    assert!(t.shortlist().is_none());
    assert!(t.fallbacks().iter().any(|f| f.contains("shortlist")), "{:?}", t.fallbacks());
}
