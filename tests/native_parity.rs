//! The native engine against the tract backend (itself checked against onnxruntime): logits at
//! every decoder step of every fixture sentence, both fed the PyTorch/onnxruntime greedy tokens.

mod common;

use edgemt::engine::kernels;
use edgemt::engine::{NativeDecoder, NativeEncoder};
use edgemt::model::OnnxSource;
use edgemt::search::{SearchBuffers, StepModel, generate};
use edgemt::{Backend, LoadOptions, Precision, TranslateOptions, Translator};

/// `tolerance` bounds the worst step, `median_tol` the typical one. f32 differs only by
/// summation order. int8: onnxruntime, tract and this engine all quantise activations with
/// `round_half_to_even(x / scale)`, but compute the float around the integer product in
/// different orders, so an activation within an ulp of a rounding tie lands one quantisation
/// step apart (on about 1% of steps here): the typical step agrees to ~1e-6, the worst by a few
/// hundredths. fp16: tract computes activations in fp16, the engine in f32 over fp16 weights.
fn check(dir: &std::path::Path, precision: Precision, reference: &str, tolerance: f32, median_tol: f32) {
    let refs = common::refs("generate.json");
    let t = Translator::load(
        dir,
        &LoadOptions { precision: Some(precision), backend: Backend::Native, ..Default::default() },
    )
    .unwrap();
    let native = t.native().expect("native engine loaded");
    let tract = common::load_backend(dir, precision, Backend::Tract);
    let vocab = t.vocab_size();
    let start = t.search_params(&Default::default()).unwrap().decoder_start;
    let (mut worst, mut steps) = (0f32, 0usize);
    let mut per_step = Vec::new();
    for case in refs[reference].as_array().unwrap() {
        let ids = common::ids(&case["input_ids"]);
        // Both decoders get tract's encoder output: this compares decoders only.
        let hidden = tract.encode(&ids).unwrap();
        let mut a = tract.tract().session(&hidden, 1).unwrap();
        let mut b = native.session(&hidden, 1, 64).unwrap();
        let (mut la, mut lb) = (vec![0f32; vocab], vec![0f32; vocab]);
        let mut token = start;
        for &next in common::ids(&case["greedy"]).iter() {
            a.step(&[token], &mut la).unwrap();
            b.step(&[token], &mut lb).unwrap();
            let step_worst = la.iter().zip(&lb).map(|(x, y)| (x - y).abs()).fold(0f32, f32::max);
            worst = worst.max(step_worst);
            per_step.push(step_worst);
            steps += 1;
            token = next;
        }
    }
    per_step.sort_by(f32::total_cmp);
    let median = per_step[per_step.len() / 2];
    let p99 = per_step[per_step.len() * 99 / 100];
    eprintln!(
        "{precision} native vs tract, {steps} steps, kernels {}: max |logit diff| = {worst:e}, per-step median {median:e}, p99 {p99:e}",
        native.kernels().name
    );
    assert!(worst <= tolerance, "{precision}: native vs tract logits differ by {worst} > {tolerance}");
    assert!(median <= median_tol, "{precision}: median step differs by {median} > {median_tol}");
}

#[test]
fn f32_native_matches_tract_within_1e4() {
    check(&common::model_dir(), Precision::F32, "torch_f32", 1e-4, 1e-5);
}

#[test]
fn int8_native_matches_tract() {
    check(&common::model_dir(), Precision::Int8, "ort_int8", 0.1, 1e-5);
    check(&common::per_tensor_dir(), Precision::Int8, "ort_int8_per_tensor", 0.1, 1e-5);
}

#[test]
fn fp16_native_matches_tract() {
    check(&common::model_dir(), Precision::Fp16, "ort_fp16", 2e-2, 5e-3);
}

#[test]
fn every_kernel_set_gives_the_reference_tokens() {
    // The portable scalar path and each SIMD path this CPU has, end to end on int8 and f32.
    let refs = common::refs("generate.json");
    for (precision, reference) in [(Precision::Int8, "ort_int8"), (Precision::F32, "torch_f32")] {
        let t = common::load(&common::model_dir(), precision);
        let path = t.model_dir().onnx("decoder_model");
        let mut native = NativeDecoder::load(&OnnxSource::File(&path), t.config()).unwrap();
        let enc_path = t.model_dir().onnx("encoder_model");
        let mut encoder = NativeEncoder::load(&OnnxSource::File(&enc_path), t.config()).unwrap();
        let params = t.search_params(&TranslateOptions { num_beams: Some(1), ..Default::default() }).unwrap();
        for k in kernels::available() {
            let k: &'static kernels::Kernels = Box::leak(Box::new(k));
            native.set_kernels(k);
            encoder.set_kernels(k);
            for case in refs[reference].as_array().unwrap().iter().take(12) {
                let hidden = encoder.encode(&common::ids(&case["input_ids"])).unwrap();
                let mut s = native.session(&hidden, 1, params.max_length).unwrap();
                let mut bufs = SearchBuffers::new(1, native.vocab_size(), params.max_length);
                let out = generate(&mut s, &params, &mut bufs).unwrap();
                assert_eq!(out[0].tokens, common::ids(&case["greedy"]), "{precision} kernels {}", k.name);
            }
        }
    }
}

/// Native encoder output against tract's on every fixture sentence: the largest difference
/// relative to the largest magnitude of tract's output.
fn encoder_check(dir: &std::path::Path, precision: Precision, reference: &str, tolerance: f32) {
    let refs = common::refs("generate.json");
    let native = common::load_backend(dir, precision, Backend::Native);
    assert!(native.native_encoder().is_some());
    let tract = common::load_backend(dir, precision, Backend::Tract);
    let (mut worst, mut n) = (0f32, 0);
    for case in refs[reference].as_array().unwrap() {
        let ids = common::ids(&case["input_ids"]);
        let a = tract.encode(&ids).unwrap();
        let b = native.encode(&ids).unwrap();
        assert_eq!(a.len(), b.len());
        let scale = a.iter().fold(0f32, |m, v| m.max(v.abs()));
        let diff = a.iter().zip(&b).fold(0f32, |m, (x, y)| m.max((x - y).abs()));
        worst = worst.max(diff / scale);
        n += 1;
    }
    eprintln!("{precision} encoder native vs tract, {n} sentences: max relative difference {worst:e}");
    assert!(worst <= tolerance, "{precision}: encoder outputs differ by {worst} (relative) > {tolerance}");
}

#[test]
fn f32_native_encoder_matches_tract_within_1e5() {
    encoder_check(&common::model_dir(), Precision::F32, "torch_f32", 1e-5);
}

/// int8: the same quantisation arithmetic, but an activation within an ulp of a rounding tie
/// can land one quantisation step apart (see `check`): measured 1.7e-4 per-channel, 2.5e-5
/// per-tensor.
#[test]
fn int8_native_encoder_matches_tract() {
    encoder_check(&common::model_dir(), Precision::Int8, "ort_int8", 1e-3);
    encoder_check(&common::per_tensor_dir(), Precision::Int8, "ort_int8_per_tensor", 1e-3);
}

/// fp16: tract computes the activations in fp16 (ulp 2⁻¹⁰ relative), the engine in f32 over
/// the same fp16 weights: measured 4.3e-4.
#[test]
fn fp16_native_encoder_matches_tract() {
    encoder_check(&common::model_dir(), Precision::Fp16, "ort_fp16", 2e-3);
}
