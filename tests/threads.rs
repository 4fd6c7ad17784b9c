//! Threads (`LoadOptions::threads`): the native engine splits its large products across a pool
//! started at load. Results must not depend on the thread count — every output is computed by
//! the same kernel, only on another core — and decoding must still allocate nothing per token
//! on any thread (this binary counts allocations process-wide; it holds one test, so that the
//! harness reports nothing — and allocates nothing — while it runs).

mod common;

use edgemt::search::{SearchBuffers, generate};
use edgemt::{Backend, LoadOptions, Precision, TranslateOptions, Translator};

#[path = "common/counting.rs"]
mod counting;
use counting::{Watch, process_allocs};

fn load(dir: &std::path::Path, precision: Precision, threads: usize) -> Translator {
    let o = LoadOptions {
        precision: Some(precision),
        backend: Backend::Native,
        threads: Some(threads),
        ..Default::default()
    };
    let t = Translator::load(dir, &o).unwrap();
    assert_eq!(t.threads(), threads);
    t
}

#[test]
fn threads_change_nothing_but_speed() {
    results_do_not_depend_on_the_thread_count();
    no_thread_allocates_per_token();
}

/// Sentences per check, and thread counts compared with one: fewer under emulation, where a
/// pool on two host cores runs ~20× slower (this test took 231 s per qemu run at full size).
fn sizes() -> (usize, &'static [usize]) {
    if cfg!(target_arch = "x86_64") { (6, &[2, 3]) } else { (2, &[2]) }
}

fn results_do_not_depend_on_the_thread_count() {
    let refs = common::refs("generate.json");
    let (n, counts) = sizes();
    let cases: Vec<_> = refs["torch_f32"].as_array().unwrap().iter().take(n).collect();
    for (dir, precision) in common::weight_variants() {
        let one = load(&dir, precision, 1);
        for &threads in counts {
            let many = load(&dir, precision, threads);
            for case in &cases {
                let ids = common::ids(&case["input_ids"]);
                let (a, b) = (one.encode(&ids).unwrap(), many.encode(&ids).unwrap());
                assert!(
                    a.iter().zip(&b).all(|(x, y)| x.to_bits() == y.to_bits()),
                    "{precision} encoder, {threads} threads"
                );
                for beams in [1, 4] {
                    let o =
                        TranslateOptions { num_beams: Some(beams), n_best: Some(beams.min(2)), ..Default::default() };
                    let text = case["text"].as_str().unwrap();
                    let (x, y) = (one.translate(text, &o).unwrap(), many.translate(text, &o).unwrap());
                    for (hx, hy) in x.hypotheses.iter().zip(&y.hypotheses) {
                        assert_eq!(hx.tokens, hy.tokens, "{precision} beams {beams}, {threads} threads");
                        assert_eq!(hx.score.to_bits(), hy.score.to_bits(), "{precision} beams {beams}");
                    }
                }
            }
        }
    }
    // Out-of-range thread counts are refused.
    for threads in [0, edgemt::MAX_THREADS + 1] {
        let o = LoadOptions { threads: Some(threads), ..Default::default() };
        assert!(Translator::load(&common::model_dir(), &o).is_err(), "{threads}");
    }
}

fn no_thread_allocates_per_token() {
    let refs = common::refs("generate.json");
    for (dir, precision) in common::weight_variants() {
        let t = load(&dir, precision, 2);
        for beams in [1, 4] {
            let params = t.search_params(&TranslateOptions { num_beams: Some(beams), ..Default::default() }).unwrap();
            for case in refs["torch_f32"].as_array().unwrap().iter().take(sizes().0.min(5)) {
                let h = t.encode(&common::ids(&case["input_ids"])).unwrap();
                // Allocations by every thread of the process between the first and the last step.
                let during = || {
                    let mut bufs = SearchBuffers::new(beams, t.vocab_size(), params.max_length);
                    // Capacity for every step: recording allocates nothing.
                    let mut seen = Vec::with_capacity(params.max_length + 1);
                    t.decode_with(&h, beams, params.max_length, |m| {
                        generate(&mut Watch { inner: m, seen: &mut seen, count: process_allocs }, &params, &mut bufs)
                    })
                    .unwrap();
                    assert!(seen.len() > 3);
                    seen[seen.len() - 1] - seen[0]
                };
                // The count is the whole process's: once a test runs past 60 s (under qemu),
                // libtest's main thread prints "has been running for over 60 seconds", and that
                // allocates. Such an allocation does not come back when the same sentence is
                // decoded again; one of the engine's would.
                let first = during();
                let n = if first == 0 { 0 } else { during() };
                assert_eq!(
                    n, 0,
                    "{precision} beams {beams}: {n} allocations while decoding on 2 threads (first run {first})"
                );
            }
        }
    }
}
