//! Token-exact parity of the tract backend + our search with transformers' `generate`:
//! PyTorch for f32, and `generate` over onnxruntime (optimum's ORTModelForSeq2SeqLM) on the very
//! same ONNX files for int8 (per-channel and per-tensor) and fp16.

mod common;

use edgemt::{Backend, LoadOptions, Precision, Translator};

/// `score_tol` is relative: f32 must agree with PyTorch closely; int8 and fp16 runtimes round
/// quantised activations / half-precision products in different orders, which moves summed beam
/// log-probabilities by up to ~0.3% while the chosen tokens stay identical.
fn check(dir: &std::path::Path, precision: Precision, reference: &str, score_tol: f32) {
    for backend in [Backend::Native, Backend::Tract] {
        check_backend(dir, precision, backend, reference, score_tol);
    }
}

fn check_backend(dir: &std::path::Path, precision: Precision, backend: Backend, reference: &str, score_tol: f32) {
    let refs = common::refs("generate.json");
    let t = Translator::load(dir, &LoadOptions { precision: Some(precision), backend, ..Default::default() }).unwrap();
    assert_eq!(t.backend(), backend);
    let greedy = common::params(&t, 1, 1);
    let beam = common::params(&t, 4, 2);
    assert_eq!(greedy.max_length as u64, refs["max_length"].as_u64().unwrap());
    let cases = refs[reference].as_array().unwrap();
    assert!(cases.len() >= 50);
    let mut failures = Vec::new();
    // Quantised activations make exact ties between runner-up hypotheses of this repetitive
    // fixture model break either way; allow at most two such flips (never for f32).
    let mut tie_flips_allowed = if precision == Precision::F32 { 0 } else { 2 };
    for case in cases {
        let text = case["text"].as_str().unwrap();
        let input = common::ids(&case["input_ids"]);
        assert_eq!(t.tokenizer().encode(text), input, "tokenization of {text:?}");
        let g = t.translate_ids(&input, &greedy).unwrap();
        if g[0].tokens != common::ids(&case["greedy"]) {
            failures.push(format!("greedy {text:?}:\n  got  {:?}\n  want {}", g[0].tokens, case["greedy"]));
        }
        let b = t.translate_ids(&input, &beam).unwrap();
        let want: Vec<Vec<u32>> = case["beam4_nbest2"].as_array().unwrap().iter().map(common::ids).collect();
        let got: Vec<Vec<u32>> = b.iter().map(|h| h.tokens.clone()).collect();
        if got != want {
            let want_scores: Vec<f32> =
                case["beam4_scores"].as_array().unwrap().iter().map(|s| s.as_f64().unwrap() as f32).collect();
            // A runner-up that differs only where two hypotheses tie (scores equal to the int8
            // rounding noise) is a tie flip, not a search difference: the best hypothesis must
            // still match and the scores must agree.
            let tie_flip = tie_flips_allowed > 0
                && got[0] == want[0]
                && b.iter().zip(&want_scores).all(|(h, w)| (h.score - w).abs() <= score_tol * w.abs().max(1.0));
            if tie_flip {
                tie_flips_allowed -= 1;
                eprintln!(
                    "{precision} {backend:?}: tie flip in the runner-up of {text:?}: {:?} vs {want_scores:?}",
                    b.iter().map(|h| h.score).collect::<Vec<_>>()
                );
            } else {
                failures.push(format!("beam {text:?}:\n  got  {got:?}\n  want {want:?}"));
            }
            continue;
        }
        for (h, s) in b.iter().zip(case["beam4_scores"].as_array().unwrap()) {
            let s = s.as_f64().unwrap() as f32;
            if (h.score - s).abs() > score_tol * s.abs().max(1.0) {
                failures.push(format!("beam score {text:?}: got {} want {s}", h.score));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{precision} {backend:?} vs {reference}: {} of {} sentences differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn f32_matches_pytorch() {
    check(&common::model_dir(), Precision::F32, "torch_f32", 1e-4);
}

#[test]
fn int8_per_channel_matches_onnxruntime_generate() {
    check(&common::model_dir(), Precision::Int8, "ort_int8", 5e-3);
}

#[test]
fn int8_per_tensor_matches_onnxruntime_generate() {
    check(&common::per_tensor_dir(), Precision::Int8, "ort_int8_per_tensor", 5e-3);
}

#[test]
fn fp16_matches_onnxruntime_generate() {
    check(&common::model_dir(), Precision::Fp16, "ort_fp16", 5e-3);
}
