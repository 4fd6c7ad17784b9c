//! The layouts and weight variants users download, each run on the native engine end to end:
//! the fixture checkpoint exported by two toolchains (models/tools/build_variants.py):
//! `tiny-marian-js` (transformers.js / onnx-community layout: graphs under `onnx/`, merged
//! decoder only, `_quantized` `_int8` `_uint8` `_fp16` `_q4` variants; torch 2.15 + optimum 2.1)
//! and `tiny-marian-legacy` (root layout, merged decoder, opset-14 LayerNorm decomposition,
//! torch 2.9 + transformers 4.46 + optimum 1.23). Both write the tied lm_head as
//! `Transpose(model.shared.weight)` (and the quantised ones as `DequantizeLinear(Transpose(q))`).
//!
//! References: PyTorch `generate` (greedy and beam 4, refs/generate.json) for f32; onnxruntime
//! greedy decoding of the very same files for every variant (refs/variants.json).

mod common;

use edgemt::{Backend, LoadOptions, Precision, Q4Compute, Translator};

const VARIANTS: [(&str, &str, Precision); 8] = [
    ("tiny-marian-js", "", Precision::F32),
    ("tiny-marian-js", "_quantized", Precision::Quantized),
    ("tiny-marian-js", "_int8", Precision::Int8),
    ("tiny-marian-js", "_uint8", Precision::Uint8),
    ("tiny-marian-js", "_fp16", Precision::Fp16),
    ("tiny-marian-js", "_q4", Precision::Q4),
    ("tiny-marian-legacy", "", Precision::F32),
    ("tiny-marian-legacy", "_quantized", Precision::Int8),
];

fn load(dir: &str, precision: Precision) -> Translator {
    load_q4(dir, precision, Q4Compute::default())
}

fn load_q4(dir: &str, precision: Precision, q4_compute: Q4Compute) -> Translator {
    let t = Translator::load(
        &common::fixtures().join(dir),
        &LoadOptions { precision: Some(precision), backend: Backend::Auto, q4_compute, ..Default::default() },
    )
    .unwrap_or_else(|e| panic!("{dir} {precision}: {e}"));
    assert!(t.fallbacks().is_empty(), "{dir} {precision}: {:?}", t.fallbacks());
    assert_eq!((t.encoder_backend(), t.backend()), (Backend::Native, Backend::Native), "{dir} {precision}");
    t
}

#[test]
fn every_variant_runs_natively_and_matches_onnxruntime() {
    let refs = common::refs("variants.json");
    let cases = refs["cases"].as_array().unwrap();
    // q4 twice: as onnxruntime computes the file (f32 activations) and 4-bit end to end (int8
    // activations, the f32 lm_head quantised at load), measured 16/16 identical here as well.
    let q4_modes = [Q4Compute::F32, Q4Compute::Int8];
    let runs = VARIANTS.iter().flat_map(|&(dir, suffix, precision)| {
        let modes: &[Q4Compute] = if precision == Precision::Q4 { &q4_modes } else { &q4_modes[1..] };
        modes.iter().map(move |&m| (dir, suffix, precision, m))
    });
    for (dir, suffix, precision, q4) in runs {
        let t = load_q4(dir, precision, q4);
        assert_eq!(
            t.model_dir().files.suffix,
            if precision == Precision::Int8 && suffix.is_empty() { "" } else { suffix }
        );
        let want = refs[format!("{dir}{suffix}")].as_array().unwrap();
        let params = common::params(&t, 1, 1);
        let mut same = 0;
        for (case, want) in cases.iter().zip(want) {
            let ids = common::ids(&case["input_ids"]);
            assert_eq!(t.tokenizer().encode(case["text"].as_str().unwrap()), ids);
            let got = t.translate_ids(&ids, &params).unwrap();
            if got[0].tokens == common::ids(want) {
                same += 1;
            } else {
                eprintln!("{dir}{suffix}: {:?}\n  got  {:?}\n  want {want}", case["text"], got[0].tokens);
            }
        }
        eprintln!(
            "{dir}{suffix} ({precision}, q4 {q4:?}): {same}/{} greedy outputs identical to onnxruntime",
            cases.len()
        );
        assert_eq!(same, cases.len(), "{dir}{suffix} q4 {q4:?}");
    }
}

/// 4-bit with int8 activations and a 4-bit lm_head against the same file computed in f32 (as
/// onnxruntime does): the lm_head is quantised at load (no longer the embedding's rows) and
/// the logits of every step stay close.
#[test]
fn q4_int8_compute_stays_close_to_f32_compute() {
    let exact = load_q4("tiny-marian-js", Precision::Q4, Q4Compute::F32);
    let fast = load_q4("tiny-marian-js", Precision::Q4, Q4Compute::Int8);
    assert_eq!(exact.native().unwrap().shared_tables(), (true, true));
    assert_eq!(fast.native().unwrap().shared_tables(), (true, false));
    assert!(fast.native().unwrap().weight_bytes() > exact.native().unwrap().weight_bytes());
    // The yardstick: how far the file's own 4-bit layers already are from the f32 model.
    let f32 = load("tiny-marian-js", Precision::F32);
    let refs = common::refs("variants.json");
    let (mut worst, mut file_q4, mut scale) = (0f32, 0f32, 0f32);
    for case in refs["cases"].as_array().unwrap() {
        let ids = common::ids(&case["input_ids"]);
        let (a, b) = (common::first_step_logits(&exact, &ids), common::first_step_logits(&fast, &ids));
        let full = common::first_step_logits(&f32, &ids);
        for ((x, y), z) in a.iter().zip(&b).zip(&full) {
            worst = worst.max((x - y).abs());
            file_q4 = file_q4.max((x - z).abs());
            scale = scale.max(x.abs());
        }
    }
    eprintln!(
        "first-step logits: q4 int8 vs f32 compute differ by at most {worst}, the q4 file vs the f32 one by {file_q4} (|logit| up to {scale})"
    );
    // Measured: 0.048 against the file's own 0.175 (|logit| ≤ 10.3); a 4-bit lm_head instead
    // of int8 gave 0.51. A different computation (> 0) that adds less than the file's own
    // 4-bit rounding.
    assert!(worst > 0.0 && worst < file_q4, "{worst} vs the file's {file_q4}");
}

#[test]
fn f32_exports_of_both_toolchains_match_pytorch_beam_search() {
    let refs = common::refs("generate.json");
    for dir in ["tiny-marian-js", "tiny-marian-legacy"] {
        let t = load(dir, Precision::F32);
        let (greedy, beam) = (common::params(&t, 1, 1), common::params(&t, 4, 2));
        for case in refs["torch_f32"].as_array().unwrap() {
            let ids = common::ids(&case["input_ids"]);
            assert_eq!(t.translate_ids(&ids, &greedy).unwrap()[0].tokens, common::ids(&case["greedy"]), "{dir}");
            let got: Vec<Vec<u32>> = t.translate_ids(&ids, &beam).unwrap().into_iter().map(|h| h.tokens).collect();
            let want: Vec<Vec<u32>> = case["beam4_nbest2"].as_array().unwrap().iter().map(common::ids).collect();
            assert_eq!(got, want, "{dir} beam 4 of {:?}", case["text"]);
        }
    }
}

#[test]
fn tract_backend_refuses_a_merged_only_layout_by_name() {
    let err = Translator::load(
        &common::fixtures().join("tiny-marian-js"),
        &LoadOptions { precision: Some(Precision::F32), backend: Backend::Tract, ..Default::default() },
    )
    .unwrap_err();
    assert!(err.to_string().contains("decoder_model_merged.onnx"), "{err}");
}

#[test]
fn unsupported_variants_name_the_file() {
    let dir = common::tempdir();
    let src = common::fixtures().join("tiny-marian-js");
    for f in ["config.json", "generation_config.json", "source.spm", "target.spm", "vocab.json"] {
        std::fs::copy(src.join(f), dir.path().join(f)).unwrap();
    }
    std::fs::create_dir(dir.path().join("onnx")).unwrap();
    for part in ["encoder_model", "decoder_model_merged"] {
        std::fs::copy(src.join(format!("onnx/{part}_q4.onnx")), dir.path().join(format!("onnx/{part}_q4f16.onnx")))
            .unwrap();
    }
    let err = Translator::load(dir.path(), &LoadOptions { precision: Some(Precision::Q4f16), ..Default::default() })
        .unwrap_err();
    assert!(err.to_string().contains("encoder_model_q4f16.onnx") && err.to_string().contains("q4f16"), "{err}");
    // Automatic selection skips it and says there is nothing to run.
    assert!(Translator::load(dir.path(), &LoadOptions::default()).is_err());
}

#[test]
fn tied_tables_are_held_once() {
    // f32 (transformers.js, lm_head = Transpose(shared)): encoder table, decoder table and
    // lm_head are one buffer. int8 (Optimum): the two uint8 embedding tables are one; the
    // lm_head is its own per-channel int8 matrix.
    let js = load("tiny-marian-js", Precision::F32);
    assert_eq!(js.native().unwrap().shared_tables(), (true, true));
    let legacy = load("tiny-marian-legacy", Precision::F32);
    assert_eq!(legacy.native().unwrap().shared_tables(), (true, true));
    let int8 = Translator::load(
        &common::model_dir(),
        &LoadOptions { precision: Some(Precision::Int8), backend: Backend::Native, ..Default::default() },
    )
    .unwrap();
    assert_eq!(int8.native().unwrap().shared_tables(), (true, false));
    let f32 = common::load_backend(&common::model_dir(), Precision::F32, Backend::Native);
    let (vocab, d) = (f32.config().vocab_size, f32.config().d_model);
    // Counted once: the decoder's bytes leave out the shared embedding and lm_head.
    let dec = f32.native().unwrap().weight_bytes();
    let with_tables = dec + 2 * vocab * d * 4;
    assert_eq!(f32.native().unwrap().shared_tables(), (true, true), "decoder {dec} bytes vs {with_tables}");
}
