//! transformers' repetition logits processors (`repetition_penalty`, `no_repeat_ngram_size`)
//! against PyTorch `generate` on the fixture checkpoint (refs/processors.json, written by
//! models/tools/build_processor_refs.py): every token of greedy and beam-4 (2-best) outputs,
//! and the beam scores, for the native engine and tract. The fixture model loops
//! ("x y z x y z …"), so every setting but one changes every output (the script counts it).

mod common;

use edgemt::{Backend, LoadOptions, Precision, TranslateOptions, Translator};

#[test]
fn repetition_processors_match_pytorch_generate() {
    let refs = common::refs("processors.json");
    for backend in [Backend::Native, Backend::Tract] {
        let t = Translator::load(
            &common::model_dir(),
            &LoadOptions { precision: Some(Precision::F32), backend, ..Default::default() },
        )
        .unwrap();
        for (name, setting) in refs["settings"].as_object().unwrap() {
            let kw = &setting["kwargs"];
            let beams = kw["num_beams"].as_u64().unwrap() as usize;
            let opts = TranslateOptions {
                num_beams: Some(beams),
                n_best: kw["num_return_sequences"].as_u64().map(|n| n as usize),
                repetition_penalty: kw["repetition_penalty"].as_f64().map(|p| p as f32),
                no_repeat_ngram_size: kw["no_repeat_ngram_size"].as_u64().map(|n| n as usize),
                ..Default::default()
            };
            let params = t.search_params(&opts).unwrap();
            let cases = setting["cases"].as_array().unwrap();
            assert!(cases.len() >= 50);
            // tract (the reference backend, slow beam search: 10 of the 14 s on x86) on a fifth
            // of the sentences; the native engine on all of them. Under emulation (ARM CI, about
            // 30× slower; the search logic is the same code there) on 8 and 3.
            let (native_n, tract_n) = if cfg!(target_arch = "x86_64") { (cases.len(), 12) } else { (8, 3) };
            let cases = &cases[..if backend == Backend::Tract { tract_n } else { native_n }];
            let mut same = 0;
            for case in cases {
                let ids = common::ids(&case["input_ids"]);
                let got = t.translate_ids(&ids, &params).unwrap();
                let want: Vec<Vec<u32>> = case["tokens"].as_array().unwrap().iter().map(common::ids).collect();
                let tokens: Vec<Vec<u32>> = got.iter().map(|h| h.tokens.clone()).collect();
                if tokens == want {
                    same += 1;
                } else {
                    eprintln!("{backend:?} {name} {:?}:\n  got  {tokens:?}\n  want {want:?}", case["text"]);
                }
                if let (true, Some(scores)) = (tokens == want, case["scores"].as_array()) {
                    for (h, s) in got.iter().zip(scores) {
                        let s = s.as_f64().unwrap() as f32;
                        assert!((h.score - s).abs() <= 1e-4 * s.abs().max(1.0), "{name}: score {} vs {s}", h.score);
                    }
                }
            }
            eprintln!("{backend:?} {name}: {same}/{} identical to PyTorch", cases.len());
            assert_eq!(same, cases.len(), "{backend:?} {name}");
            assert!(same >= 3);
        }
    }
}

#[test]
fn repetition_options_are_checked() {
    let t = common::load(&common::model_dir(), Precision::F32);
    for p in [0.0, -1.0, f32::NAN, f32::INFINITY] {
        let err = t.search_params(&TranslateOptions { repetition_penalty: Some(p), ..Default::default() }).unwrap_err();
        assert!(err.to_string().contains("repetition_penalty"), "{p}: {err}");
    }
    // An n-gram longer than any output bans nothing.
    let ids = t.tokenizer().encode("In the beginning God created the heavens and the earth.");
    let plain = t.translate_ids(&ids, &common::params(&t, 1, 1)).unwrap();
    let long = t.search_params(&TranslateOptions {
        num_beams: Some(1),
        no_repeat_ngram_size: Some(1000),
        ..Default::default()
    });
    assert_eq!(t.translate_ids(&ids, &long.unwrap()).unwrap(), plain);
}
