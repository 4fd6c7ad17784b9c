//! Logits of the first decoder steps against onnxruntime on the same ONNX files
//! (step 0 through decoder_model, then decoder_with_past_model, feeding the argmax token),
//! for the tract backend and the native engine.

mod common;

use edgemt::search::StepModel;
use edgemt::{Backend, Precision};

fn check(dir: &std::path::Path, precision: Precision, key: &str, tolerance: f32) {
    for backend in [Backend::Tract, Backend::Native] {
        check_backend(dir, precision, backend, key, tolerance);
    }
}

fn check_backend(dir: &std::path::Path, precision: Precision, backend: Backend, key: &str, tolerance: f32) {
    let meta = common::refs("logits.json");
    let steps = meta["steps"].as_u64().unwrap() as usize;
    let vocab = meta["vocab"].as_u64().unwrap() as usize;
    let file = common::fixtures().join("refs").join(meta["files"][key].as_str().unwrap());
    let bytes = std::fs::read(file).unwrap();
    let reference: Vec<f32> = bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    let t = common::load_backend(dir, precision, backend);
    let sentences = meta["sentences"].as_array().unwrap();
    assert_eq!(reference.len(), sentences.len() * steps * vocab);
    let mut worst = 0f32;
    for (si, s) in sentences.iter().enumerate() {
        let ids = t.tokenizer().encode(s.as_str().unwrap());
        let hidden = t.encode(&ids).unwrap();
        let mut session: Box<dyn StepModel> = match t.native() {
            Some(n) => Box::new(n.session(&hidden, 1, steps + 1).unwrap()),
            None => Box::new(t.tract().session(&hidden, 1).unwrap()),
        };
        let mut logits = vec![0f32; vocab];
        let mut token = t.search_params(&Default::default()).unwrap().decoder_start;
        for step in 0..steps {
            session.step(&[token], &mut logits).unwrap();
            let want = &reference[(si * steps + step) * vocab..][..vocab];
            for (a, b) in logits.iter().zip(want) {
                worst = worst.max((a - b).abs());
            }
            // Feed onnxruntime's argmax, as the reference did.
            token = want.iter().enumerate().fold(0, |best, (i, &v)| if v > want[best] { i } else { best }) as u32;
        }
    }
    eprintln!("{precision} ({key}) {backend:?}: max |edgemt - onnxruntime| = {worst:e}");
    assert!(worst <= tolerance, "{precision} {backend:?}: max abs logit difference {worst} > {tolerance}");
}

#[test]
fn f32_logits_within_1e4() {
    check(&common::model_dir(), Precision::F32, "f32", 1e-4);
}

#[test]
fn int8_per_channel_logits_within_1e4() {
    check(&common::model_dir(), Precision::Int8, "int8", 1e-4);
}

#[test]
fn int8_per_tensor_logits_within_1e4() {
    check(&common::per_tensor_dir(), Precision::Int8, "int8_per_tensor", 1e-4);
}

#[test]
fn fp16_logits_within_one_half_ulp_at_logit_scale() {
    check(&common::model_dir(), Precision::Fp16, "fp16", 1e-2);
}
