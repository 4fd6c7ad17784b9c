//! Seeded mutation fuzzing on stable Rust (no nightly, no cargo-fuzz): bounded harnesses for
//! the ONNX graphs, the SentencePiece models, the JSON files, input text with search options,
//! and the C API. Every case must end in a result or a typed error: a panic (even one caught
//! at the public entry and returned as `Error::Internal`), an abort or a case running past the
//! hang bound fails the test.
//!
//! CI runs a few hundred cases per target (fewer under emulation). Benchmark mode, as reported
//! in issue 11's closing note:
//!
//! ```text
//! EDGEMT_FUZZ_CASES=10000 cargo test --release --test fuzz -- --nocapture --test-threads 1
//! ```
//!
//! `EDGEMT_FUZZ_SEED` changes the seed (default fixed, so a failure reproduces).

mod common;

use std::collections::BTreeMap;
use std::ffi::{CString, c_char};
use std::time::{Duration, Instant};

use edgemt::ffi::edgemt_status::*;
use edgemt::ffi::*;
use edgemt::tokenizer::MarianTokenizer;
use edgemt::{Error, LoadOptions, ModelBytes, Precision, TranslateOptions, Translator};

/// xorshift64*: small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn new(target: &str) -> Rng {
        let seed: u64 = std::env::var("EDGEMT_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
        let h = target.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
        Rng((seed ^ h) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

/// Cases per target: `EDGEMT_FUZZ_CASES`, else `ci` natively and a tenth of it under emulation.
fn cases(ci: usize) -> usize {
    if let Some(n) = std::env::var("EDGEMT_FUZZ_CASES").ok().and_then(|s| s.parse().ok()) {
        return n;
    }
    if cfg!(target_arch = "x86_64") { ci } else { (ci / 10).max(10) }
}

/// A case running longer than this fails the test as a hang. Issue 11 counts a case over
/// [`SLOW`] as a hang in benchmark mode, which the report line gives; the assertion is looser
/// so that a loaded 2-core CI machine (or emulation, ~20× slower) does not fail by noise.
fn hang_bound() -> Duration {
    Duration::from_secs(if cfg!(target_arch = "x86_64") { 30 } else { 300 })
}

/// A case slower than this is reported.
const SLOW: Duration = Duration::from_secs(5);

/// Mutates `data` in place with 1–8 random edits: bit flips, interesting bytes, varint-sized
/// values, insertions, deletions, duplicated or truncated ranges. Half of the edits land in the
/// first or last 4 KiB, where protobuf headers and graph structure are. Edits that move bytes
/// mostly break protobuf framing (a parse error): [`mutate_in_place`] keeps the framing.
fn mutate(r: &mut Rng, data: &mut Vec<u8>) {
    mutate_with(r, data, 8)
}

/// As [`mutate`] with only the edits that keep the length (values, dims, types, names change;
/// the file still parses, the graph or the weights it describes do not make sense).
fn mutate_in_place(r: &mut Rng, data: &mut Vec<u8>) {
    mutate_with(r, data, 3)
}

fn mutate_with(r: &mut Rng, data: &mut Vec<u8>, kinds: usize) {
    const INTERESTING: [u8; 8] = [0, 1, 0x7f, 0x80, 0xff, 0xfe, 0x40, 0x3f];
    for _ in 0..1 + r.below(8) {
        if data.is_empty() {
            data.push(r.next() as u8);
            continue;
        }
        let n = data.len();
        let pos = match r.below(4) {
            0 => r.below(n.min(4096)),
            1 => n - 1 - r.below(n.min(4096)),
            _ => r.below(n),
        };
        match r.below(kinds) {
            0 => data[pos] ^= 1 << r.below(8),
            1 => data[pos] = *r.pick(&INTERESTING),
            2 => data[pos] = r.next() as u8,
            3 => {
                let v = [0xff, 0xff, 0xff, 0xff, 0x0f];
                data.splice(pos..pos, v.iter().copied().take(1 + r.below(5)));
            }
            4 => {
                let end = (pos + 1 + r.below(64)).min(n);
                data.drain(pos..end);
            }
            5 => {
                let end = (pos + 1 + r.below(256)).min(n);
                let chunk: Vec<u8> = data[pos..end].to_vec();
                let at = r.below(data.len());
                data.splice(at..at, chunk);
            }
            6 => data.truncate(pos),
            _ => {
                let end = (pos + 4).min(n);
                for b in &mut data[pos..end] {
                    *b = r.next() as u8;
                }
            }
        }
    }
}

/// Outcomes of one target, printed at the end.
#[derive(Default)]
struct Tally {
    outcomes: BTreeMap<String, usize>,
    slowest: Duration,
    over_slow: usize,
}

impl Tally {
    fn record(&mut self, target: &str, case: usize, dt: Duration, outcome: Result<(), Error>) {
        let kind = match &outcome {
            Ok(()) => "ok".to_string(),
            Err(Error::Internal(m)) => panic!("{target} case {case}: caught panic: {m}"),
            Err(e) => format!("{e:?}").split([' ', '(', '{']).next().unwrap_or("?").to_string(),
        };
        self.record_kind(target, case, dt, kind);
    }
    fn record_kind(&mut self, target: &str, case: usize, dt: Duration, kind: String) {
        assert!(dt < hang_bound(), "{target} case {case}: {dt:?} (hang)");
        self.slowest = self.slowest.max(dt);
        self.over_slow += (dt > SLOW) as usize;
        *self.outcomes.entry(kind).or_default() += 1;
    }
    fn report(&self, target: &str, n: usize) {
        println!(
            "fuzz {target}: {n} cases, 0 crashes / panics / aborts, {} over {SLOW:?}, slowest {:.0} ms, outcomes {:?}",
            self.over_slow,
            self.slowest.as_secs_f64() * 1e3,
            self.outcomes
        );
    }
}

struct Files {
    text: [Vec<u8>; 5],
    encoder: [Vec<u8>; 2],
    decoder: [Vec<u8>; 2],
}

const TEXT_FILES: [&str; 5] = ["config.json", "generation_config.json", "source.spm", "target.spm", "vocab.json"];

fn files() -> Files {
    let d = common::model_dir();
    let read = |f: &str| std::fs::read(d.join(f)).unwrap();
    Files {
        text: TEXT_FILES.map(read),
        encoder: [read("encoder_model.onnx"), read("encoder_model_quantized.onnx")],
        decoder: [read("decoder_model.onnx"), read("decoder_model_quantized.onnx")],
    }
}

/// Loads a model from (possibly mutated) bytes and, when it loads, translates with it.
fn load_and_translate(f: &Files, text: &[Vec<u8>; 5], q: usize, enc: &[u8], dec: &[u8]) -> Result<(), Error> {
    let bytes = ModelBytes {
        config_json: &text[0],
        generation_config_json: &text[1],
        source_spm: &text[2],
        target_spm: &text[3],
        vocab_json: &text[4],
        encoder_onnx: enc,
        decoder_onnx: dec,
        decoder_with_past_onnx: None,
    };
    let _ = f;
    let precision = if q == 0 { Precision::F32 } else { Precision::Int8 };
    let t = Translator::load_from_bytes(&bytes, &LoadOptions { precision: Some(precision), ..Default::default() })?;
    let o = TranslateOptions { max_length: Some(12), num_beams: Some(2), ..Default::default() };
    t.translate("In the beginning God created the heavens and the earth.", &o).map(|_| ())
}

#[test]
fn fuzz_onnx_graphs() {
    let f = files();
    let mut r = Rng::new("onnx");
    let (n, mut tally) = (cases(150), Tally::default());
    for case in 0..n {
        let q = r.below(2);
        let (mut enc, mut dec) = (f.encoder[q].clone(), f.decoder[q].clone());
        let target = if r.chance(50) { &mut enc } else { &mut dec };
        if r.chance(75) {
            mutate_in_place(&mut r, target);
        } else {
            mutate(&mut r, target);
        }
        let t0 = Instant::now();
        let out = load_and_translate(&f, &f.text, q, &enc, &dec);
        tally.record("onnx", case, t0.elapsed(), out);
    }
    tally.report("onnx", n);
}

#[test]
fn fuzz_sentencepiece_models() {
    let f = files();
    let mut r = Rng::new("spm");
    let (n, mut tally) = (cases(400), Tally::default());
    let texts =
        ["café au lait", "Hello, world!", ">>spa<< ¿Qué?", "a\u{0}b\u{200b}\u{fffd}", "  \t", "日本語のテキスト"];
    for case in 0..n {
        let mut spm = f.text[2 + r.below(2)].clone();
        if r.chance(75) {
            mutate_in_place(&mut r, &mut spm);
        } else {
            mutate(&mut r, &mut spm);
        }
        let t0 = Instant::now();
        let out = MarianTokenizer::from_bytes(&spm, &f.text[3], &f.text[4]).map(|t| {
            for s in texts {
                let ids = t.encode(s);
                let _ = t.decode(&ids);
            }
        });
        tally.record("spm", case, t0.elapsed(), out);
    }
    tally.report("spm", n);
}

/// Structure-aware JSON mutation: a value replaced by an extreme or ill-typed one, a key
/// removed or added; otherwise raw byte mutation.
fn mutate_json(r: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(bytes) else { return bytes.to_vec() };
    if r.chance(25) {
        let mut raw = bytes.to_vec();
        mutate(r, &mut raw);
        return raw;
    }
    let extremes: Vec<serde_json::Value> = vec![
        0.into(),
        1.into(),
        (-1).into(),
        65.into(),
        1_000_000.into(),
        (1u64 << 40).into(),
        u64::MAX.into(),
        (-10.5).into(),
        1e308.into(),
        "relu".into(),
        "never".into(),
        serde_json::Value::Null,
        true.into(),
        serde_json::json!([0, 8001, 99999]),
        serde_json::json!([[8001], [], [0, 0]]),
    ];
    if let Some(obj) = v.as_object_mut() {
        for _ in 0..1 + r.below(3) {
            let keys: Vec<String> = obj.keys().cloned().collect();
            if keys.is_empty() {
                break;
            }
            let k = r.pick(&keys).clone();
            match r.below(4) {
                0 => {
                    obj.remove(&k);
                }
                1 => {
                    obj.insert(format!("▁fuzz{}", r.below(1000)), r.pick(&extremes).clone());
                }
                _ => {
                    obj.insert(k, r.pick(&extremes).clone());
                }
            }
        }
    }
    v.to_string().into_bytes()
}

#[test]
fn fuzz_json_files() {
    let f = files();
    let mut r = Rng::new("json");
    let (n, mut tally) = (cases(300), Tally::default());
    let generation_keys = [
        "num_beams",
        "max_length",
        "min_length",
        "length_penalty",
        "early_stopping",
        "bad_words_ids",
        "forced_eos_token_id",
        "eos_token_id",
        "decoder_start_token_id",
        "num_return_sequences",
    ];
    for case in 0..n {
        let mut text = f.text.clone();
        let which = *r.pick(&[0usize, 1, 1, 4]);
        text[which] = mutate_json(&mut r, &text[which]);
        if which == 1 && r.chance(50) {
            // Make sure generation settings themselves get extreme values often.
            let mut g: serde_json::Value = serde_json::from_slice(&f.text[1]).unwrap();
            g[*r.pick(&generation_keys)] = serde_json::json!(*r.pick(&[0i64, -1, 1, 64, 65, 1_000_000, 1 << 40]));
            text[1] = g.to_string().into_bytes();
        }
        let t0 = Instant::now();
        let out = load_and_translate(&f, &text, 1, &f.encoder[1], &f.decoder[1]);
        tally.record("json", case, t0.elapsed(), out);
    }
    tally.report("json", n);
}

/// Random text: mutated sentences, random code points (controls, surrogates' neighbours,
/// combining marks, emoji), language tags, long runs.
fn random_text(r: &mut Rng) -> String {
    let base = [
        "In the beginning God created the heavens and the earth.",
        ">>spa<< Hello.",
        "café",
        "Mr. Smith went to Washington. He said: \"no!\"",
        "",
    ];
    let mut s: Vec<char> = r.pick(&base).chars().collect();
    for _ in 0..r.below(12) {
        let c = match r.below(6) {
            0 => char::from_u32(r.below(0x80) as u32).unwrap_or('a'),
            1 => char::from_u32(0x300 + r.below(0x70) as u32).unwrap_or('a'),
            2 => char::from_u32(0x1F600 + r.below(0x50) as u32).unwrap_or('a'),
            3 => char::from_u32(r.below(0x11_0000) as u32).unwrap_or('\u{fffd}'),
            4 => *r.pick(&['.', '!', '?', ' ', '\n', '\t', '\u{0}', '▁', '<', '>']),
            _ => *r.pick(&['a', 'é', 'ß', '日', 'я']),
        };
        let at = r.below(s.len() + 1);
        s.insert(at, c);
    }
    let mut s: String = s.into_iter().collect();
    if r.chance(5) {
        s = s.repeat(1 + r.below(200));
    }
    s
}

#[test]
fn fuzz_text_and_options() {
    let t = common::load(&common::model_dir(), Precision::Int8);
    let mut r = Rng::new("text");
    let (n, mut tally) = (cases(400), Tally::default());
    for case in 0..n {
        let text = random_text(&mut r);
        let beams = *r.pick(&[1usize, 1, 2, 4, 8, 64, 65]);
        let o = TranslateOptions {
            num_beams: Some(beams),
            n_best: r.chance(30).then(|| 1 + r.below(beams + 1)),
            max_length: r.chance(60).then(|| *r.pick(&[0usize, 1, 2, 3, 8, 48, 256, 257, 258])),
            min_length: r.chance(30).then(|| *r.pick(&[0usize, 5, 40, 300])),
            length_penalty: r.chance(30).then(|| *r.pick(&[-10.0f32, -1.0, 0.0, 2.0, f32::NAN, f32::INFINITY])),
            early_stopping: r.chance(30).then(|| {
                *r.pick(&[edgemt::EarlyStopping::Heuristic, edgemt::EarlyStopping::Eager, edgemt::EarlyStopping::Never])
            }),
            repetition_penalty: r
                .chance(20)
                .then(|| *r.pick(&[0.0f32, -1.0, 1e-30, 0.5, 1.3, 1e30, f32::NAN, f32::INFINITY])),
            no_repeat_ngram_size: r.chance(20).then(|| *r.pick(&[0usize, 1, 2, 3, 300, usize::MAX])),
            no_split: r.chance(30),
            keep_numbers: r.chance(50).then(|| r.chance(50)),
            max_piece_run: r.chance(30).then(|| *r.pick(&[0usize, 1, 2, 5, usize::MAX])),
        };
        let t0 = Instant::now();
        let out = t.translate(&text, &o).map(|_| ());
        tally.record("text", case, t0.elapsed(), out);
    }
    tally.report("text", n);
}

#[test]
fn fuzz_c_api() {
    let dir = CString::new(common::model_dir().to_str().unwrap()).unwrap();
    let mut r = Rng::new("c-api");
    let (n, mut tally) = (cases(300), Tally::default());
    let mut live: Vec<*mut edgemt_context> = Vec::new();
    let mut dead: Vec<*mut edgemt_context> = Vec::new();
    let foreign = [0u64; 4];
    for case in 0..n {
        let t0 = Instant::now();
        let st = match r.below(6) {
            0 if live.len() < 3 => {
                let mut p = edgemt_load_params_default();
                p.threads = *r.pick(&[0, 1, 1, 2]);
                p.precision = *r.pick(&[0, 1, 2, 3, 7, -1, i32::MIN]);
                p.backend = *r.pick(&[0, 1, 2, 3, -3]);
                p.max_beams = *r.pick(&[0, 1, 64, -2]);
                p.max_memory = *r.pick(&[0u64, 1, 1 << 20, u64::MAX]);
                let mut st = EDGEMT_ERR_INTERNAL;
                // SAFETY: the directory is NULL or a NUL-terminated CString alive for the call; params and status are NULL or live locals.
                let ctx = unsafe { edgemt_load(dir.as_ptr(), &p, &mut st) };
                if !ctx.is_null() {
                    live.push(ctx);
                }
                st
            }
            1..=3 => {
                let ctx = match r.below(5) {
                    0 => std::ptr::null_mut(),
                    1 => dead.last().copied().unwrap_or(std::ptr::null_mut()),
                    2 => foreign.as_ptr() as *mut edgemt_context,
                    _ => live.get(r.below(live.len().max(1))).copied().unwrap_or(std::ptr::null_mut()),
                };
                let mut bytes = random_text(&mut r).into_bytes();
                if r.chance(20) {
                    mutate(&mut r, &mut bytes);
                }
                bytes.retain(|&b| b != 0);
                let text = CString::new(bytes).unwrap();
                let cap = *r.pick(&[0usize, 1, 8, 4096]);
                let mut out = vec![0 as c_char; cap.max(1)];
                let out_ptr = if r.chance(10) { std::ptr::null_mut() } else { out.as_mut_ptr() };
                let mut needed = 0usize;
                let mut tp = edgemt_translate_params_default();
                tp.beam_size = *r.pick(&[0, 1, 4, -1, 65, i32::MAX]);
                tp.n_best = *r.pick(&[0, 1, 2, 5, -1, i32::MAX]);
                tp.repetition_penalty = *r.pick(&[0.0f32, 1.0, 1.2, -1.0, f32::NAN]);
                tp.no_repeat_ngram_size = *r.pick(&[0, -1, 3, -7, i32::MAX]);
                tp.max_length = *r.pick(&[0, 2, 20, 257, -5, i32::MAX]);
                tp.no_split = *r.pick(&[0, 1, 2, -1]);
                tp.alignment = *r.pick(&[0, 0, 1, 3]);
                let tp_ptr = if r.chance(20) { std::ptr::null() } else { &tp as *const edgemt_translate_params };
                // SAFETY: text is NULL or a NUL-terminated CString alive for the call, params NULL or a live local, out is NULL or writable for the capacity passed, out_len NULL or a live local; the handle is looked up, never dereferenced.
                let st = unsafe { edgemt_translate(ctx, text.as_ptr(), tp_ptr, out_ptr, cap, &mut needed) };
                // The getters answer whatever happened.
                // SAFETY: any handle is looked up, never dereferenced; the texts are never NULL.
                unsafe {
                    let n = edgemt_result_count(ctx);
                    for i in -1..=n {
                        let _ = std::ffi::CStr::from_ptr(edgemt_result_text(ctx, i));
                        let _ = edgemt_result_score(ctx, i);
                    }
                    let _ = std::ffi::CStr::from_ptr(edgemt_result_alignment(ctx));
                }
                // SAFETY: edgemt_last_error never returns NULL; its text is NUL-terminated and valid until this thread's next call on that handle.
                let msg = unsafe { std::ffi::CStr::from_ptr(edgemt_last_error(ctx)) };
                assert!(st == EDGEMT_OK || !msg.is_empty() || ctx.is_null(), "{st:?} without a message");
                assert_ne!(st, EDGEMT_ERR_INTERNAL, "case {case}: {msg:?}");
                st
            }
            4 if !live.is_empty() => {
                let ctx = live.swap_remove(r.below(live.len()));
                // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
                let st = unsafe { edgemt_free(ctx) };
                assert_eq!(st, EDGEMT_OK);
                dead.push(ctx);
                st
            }
            _ => {
                let ctx = *r.pick(&[
                    std::ptr::null_mut(),
                    foreign.as_ptr() as *mut edgemt_context,
                    dead.last().copied().unwrap_or(std::ptr::null_mut()),
                ]);
                // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
                let st = unsafe { edgemt_free(ctx) };
                assert!(matches!(st, EDGEMT_OK | EDGEMT_ERR_INVALID_CONTEXT), "{st:?}");
                // SAFETY: edgemt_fallbacks accepts any handle (looked up, never dereferenced).
                let _ = unsafe { edgemt_fallbacks(ctx) };
                st
            }
        };
        tally.record_kind("c-api", case, t0.elapsed(), format!("{st:?}"));
    }
    for ctx in live {
        // SAFETY: edgemt_free accepts any handle: live, freed or foreign ones are looked up in the registry, never dereferenced.
        assert_eq!(unsafe { edgemt_free(ctx) }, EDGEMT_OK);
    }
    tally.report("c-api", n);
}
