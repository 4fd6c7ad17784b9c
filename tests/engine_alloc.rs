//! The native engine allocates nothing per decoded token: a counting global allocator (per
//! thread) reads the count at every step; it must not move between the first and the last step
//! of a sentence, for greedy and beam 4, in f32, int8 and fp16. Allocations per sentence
//! outside the loop (run state, search buffers, results) are bounded and printed.

mod common;

use edgemt::search::{SearchBuffers, generate};
use edgemt::{Backend, LoadOptions, TranslateOptions, Translator};

#[path = "common/counting.rs"]
mod counting;
use counting::{Watch, allocs};

#[test]
fn zero_allocations_per_encoder_pass() {
    let refs = common::refs("generate.json");
    for (dir, precision) in common::weight_variants() {
        let t = Translator::load(
            &dir,
            &LoadOptions { precision: Some(precision), backend: Backend::Native, ..Default::default() },
        )
        .unwrap();
        let enc = t.native_encoder().unwrap();
        for case in refs["torch_f32"].as_array().unwrap().iter().take(10) {
            let ids = common::ids(&case["input_ids"]);
            let mut state = enc.state(ids.len()).unwrap();
            let before = allocs();
            let out = enc.forward(&ids, &mut state).unwrap();
            assert_eq!(allocs() - before, 0, "{precision}: allocations inside the encoder's layers");
            assert_eq!(out.len(), ids.len() * t.config().d_model);
        }
        eprintln!("{} {precision}: 0 allocations per encoder pass", dir.display());
    }
}

#[test]
fn zero_allocations_per_token() {
    let refs = common::refs("generate.json");
    let cases = refs["torch_f32"].as_array().unwrap();
    for (dir, precision) in common::weight_variants() {
        let t = Translator::load(
            &dir,
            &LoadOptions { precision: Some(precision), backend: Backend::Native, ..Default::default() },
        )
        .unwrap();
        let native = t.native().unwrap();
        for beams in [1, 4] {
            let params = t.search_params(&TranslateOptions { num_beams: Some(beams), ..Default::default() }).unwrap();
            let mut worst_outside = 0;
            for case in cases.iter().take(10) {
                let h = t.encode(&common::ids(&case["input_ids"])).unwrap();
                let h = &h[..];
                let mut seen = Vec::with_capacity(512);
                let before = allocs();
                let mut session = native.session(h, beams, params.max_length).unwrap();
                let mut bufs = SearchBuffers::new(beams, native.vocab_size(), params.max_length);
                let out =
                    generate(&mut Watch { inner: &mut session, seen: &mut seen, count: allocs }, &params, &mut bufs)
                        .unwrap();
                drop(session);
                let total = allocs() - before;
                let n = seen.len();
                assert!(n > 3 && !out.is_empty());
                assert_eq!(seen[n - 1] - seen[0], 0, "{precision} beams {beams}: allocations during decoding");
                worst_outside = worst_outside.max(total);
            }
            eprintln!(
                "{precision} beams {beams}: 0 allocations per token, {worst_outside} per sentence outside the loop"
            );
            assert!(worst_outside <= 40, "{precision} beams {beams}: {worst_outside} allocations per sentence");
        }
    }
}
