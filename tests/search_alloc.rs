//! The search allocates nothing per step: a counting global allocator (per thread) observes
//! every allocation between the first and the last decoder step of a sentence, with a fake
//! backend that itself never allocates.

mod common;

use std::sync::Arc;

use edgemt::numbers::{DigitVocab, NumberGuard};
use edgemt::search::{EarlyStopping, PieceRunGuard, SearchBuffers, SearchParams, StepModel, generate};

#[path = "common/counting.rs"]
mod counting;
use counting::allocs;

const VOCAB: usize = 500;
const EOS: u32 = 0;

/// Pseudo-random logits that depend on the beam's history (hash of fed tokens), with `</s>`
/// becoming likely after a history-dependent number of steps. Records the allocation counter
/// at every step into a preallocated array.
struct Fake {
    history: [u64; 8],
    step: usize,
    seen: [u64; 256],
}

impl StepModel for Fake {
    fn vocab_size(&self) -> usize {
        VOCAB
    }
    fn output_ids(&self) -> Option<&[u32]> {
        None
    }
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> edgemt::Result<()> {
        self.seen[self.step] = allocs();
        for (b, &t) in tokens.iter().enumerate() {
            let h = self.history[b].wrapping_mul(6364136223846793005).wrapping_add(t as u64 + 1);
            self.history[b] = h;
            let mut x = h;
            for v in logits[b * VOCAB..(b + 1) * VOCAB].iter_mut() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *v = (x % 10_000) as f32 / 1000.0;
            }
            logits[b * VOCAB + EOS as usize] = if (h >> 20) % 9 < self.step as u64 / 3 { 12.0 } else { 0.0 };
        }
        self.step += 1;
        Ok(())
    }
    fn reorder(&mut self, parents: &[usize]) -> edgemt::Result<()> {
        let old = self.history;
        for (i, &p) in parents.iter().enumerate() {
            self.history[i] = old[p];
        }
        Ok(())
    }
}

fn params(beams: usize, n_best: usize) -> SearchParams {
    SearchParams {
        num_beams: beams,
        num_return_sequences: n_best,
        max_length: 64,
        min_length: 3,
        length_penalty: 1.0,
        early_stopping: EarlyStopping::Heuristic,
        eos: EOS,
        decoder_start: VOCAB as u32 - 1,
        forced_eos: Some(EOS),
        bad_words: vec![vec![VOCAB as u32 - 1], vec![5, 6]],
        repetition_penalty: 1.3,
        no_repeat_ngram_size: 3,
        numbers: NumberGuard::new(Arc::new(DigitVocab::new((0..VOCAB).map(piece))), SOURCE, VOCAB as u32 - 1),
        piece_run: Some(PieceRunGuard::new(2, (0..VOCAB).map(|t| piece(t).is_some_and(|p| p.contains('w'))).collect())),
    }
}

/// The numbers guard's source sentence.
const SOURCE: &str = "In 1804, 25 of 2,000.";

/// The fake vocabulary's pieces: ids 10–109 digits, 110–209 digits after a space (so that
/// outputs often start numbers), 210 a full stop, the rest words.
fn piece(id: usize) -> Option<&'static str> {
    const D: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    const SD: [&str; 10] = ["▁0", "▁1", "▁2", "▁3", "▁4", "▁5", "▁6", "▁7", "▁8", "▁9"];
    match id {
        0 => None,
        10..=109 => Some(D[id % 10]),
        110..=209 => Some(SD[id % 10]),
        210 => Some("."),
        _ => Some("▁w"),
    }
}

/// The numbers of the text of `tokens` (`common::numbers`).
fn numbers(tokens: &[u32]) -> Vec<String> {
    common::numbers(&tokens.iter().filter_map(|&t| piece(t as usize)).collect::<String>())
}

fn run(beams: usize, n_best: usize) {
    let p = params(beams, n_best);
    for seed in 0..20u64 {
        let before = allocs();
        let mut bufs = SearchBuffers::new(beams, VOCAB, p.max_length);
        let mut m = Fake { history: [seed; 8], step: 0, seen: [0; 256] };
        let out = generate(&mut m, &p, &mut bufs).unwrap();
        let total = allocs() - before;
        assert!(m.step >= 3, "too few steps to say anything");
        let during = m.seen[m.step - 1] - m.seen[0];
        assert_eq!(during, 0, "beams {beams}: {during} allocations between the first and last step");
        assert_eq!(out.len(), n_best);
        // Outside the loop: the buffers once per sentence, plus the returned hypotheses.
        assert!(total <= 20 + 2 * n_best as u64, "beams {beams}: {total} allocations per sentence");
        if seed == 0 {
            eprintln!("beams {beams}: {} steps, {total} allocations for the whole sentence, 0 per step", m.step);
        }
    }
}

#[test]
fn greedy_allocates_nothing_per_step() {
    run(1, 1);
}

#[test]
fn beam_search_allocates_nothing_per_step() {
    run(4, 2);
}

#[test]
fn min_length_bad_words_and_numbers_are_enforced() {
    let mut written = 0;
    for beams in [1, 4] {
        let p = params(beams, 1);
        let mut bufs = SearchBuffers::new(beams, VOCAB, p.max_length);
        for seed in 0..50u64 {
            let mut m = Fake { history: [seed; 8], step: 0, seen: [0; 256] };
            let out = generate(&mut m, &p, &mut bufs).unwrap();
            let toks = &out[0].tokens;
            // Decoder sequence = start + tokens; </s> not before min_length.
            if let Some(pos) = toks.iter().position(|&t| t == EOS) {
                assert!(pos + 2 >= p.min_length, "</s> at {pos} with min_length {}", p.min_length);
                assert_eq!(pos, toks.len() - 1, "tokens after </s>");
            } else {
                assert_eq!(toks.len(), p.max_length - 1);
            }
            assert!(!toks.contains(&(VOCAB as u32 - 1)), "pad generated");
            assert!(!toks.windows(2).any(|w| w == [5, 6]), "bad word [5, 6] generated");
            // Every number written is one of the source's, at most as often as the source writes
            // it; the last one of an output cut at max_length (or ended by the forced </s> there)
            // may be cut short: a prefix of one.
            let nums = numbers(toks);
            for (i, n) in nums.iter().enumerate() {
                let last_open = i + 1 == nums.len() && toks.len() + 1 >= p.max_length;
                let ok = ["1804", "25", "2000"].iter().any(|s| *s == n || (last_open && s.starts_with(n.as_str())));
                assert!(ok, "number {n} is not the source's: {toks:?}");
            }
            for s in ["1804", "25", "2000"] {
                let times = nums.iter().filter(|n| *n == s).count();
                assert!(times <= 1, "{s} written {times} times, once in the source: {toks:?}");
            }
            written += nums.len();
            // No word piece three times in a row.
            assert!(
                !toks.windows(3).any(|w| w[0] == w[1] && w[1] == w[2] && piece(w[0] as usize) == Some("▁w")),
                "a word piece three times in a row: {toks:?}"
            );
            assert!(toks.len() < p.max_length);
        }
    }
    assert!(written >= 20, "only {written} numbers written: the guard was hardly tested");
}

/// Logits that favour repeating the token just fed (a model stuck in a loop), `</s>` after 20
/// steps.
struct Looping {
    step: usize,
}

impl StepModel for Looping {
    fn vocab_size(&self) -> usize {
        VOCAB
    }
    fn output_ids(&self) -> Option<&[u32]> {
        None
    }
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> edgemt::Result<()> {
        for (b, &t) in tokens.iter().enumerate() {
            let row = &mut logits[b * VOCAB..(b + 1) * VOCAB];
            for (i, v) in row.iter_mut().enumerate() {
                *v = ((i * 7 + self.step * 13) % 97) as f32 / 97.0;
            }
            row[t as usize] = 5.0;
            row[EOS as usize] = if self.step >= 20 { 9.0 } else { -9.0 };
        }
        self.step += 1;
        Ok(())
    }
    fn reorder(&mut self, _parents: &[usize]) -> edgemt::Result<()> {
        Ok(())
    }
}

#[test]
fn piece_runs_are_cut_at_the_limit() {
    let lettered: Arc<[bool]> = (0..VOCAB).map(|t| piece(t).is_some_and(|p| p.contains('w'))).collect();
    for beams in [1, 4] {
        let mut p = params(beams, 1);
        (p.repetition_penalty, p.no_repeat_ngram_size, p.bad_words, p.numbers, p.piece_run) =
            (1.0, 0, Vec::new(), None, None);
        p.decoder_start = 300; // a word piece: the loop starts at once
        let mut bufs = SearchBuffers::new(beams, VOCAB, p.max_length);
        let free = generate(&mut Looping { step: 0 }, &p, &mut bufs).unwrap().remove(0).tokens;
        assert!(free.starts_with(&[300, 300, 300]), "beams {beams}: the fake model does not loop: {free:?}");
        for max in [1, 2, 3] {
            p.piece_run = Some(PieceRunGuard::new(max, lettered.clone()));
            let seq: Vec<u32> = std::iter::once(300)
                .chain(generate(&mut Looping { step: 0 }, &p, &mut bufs).unwrap().remove(0).tokens)
                .collect();
            let longest = seq
                .chunk_by(|a, b| a == b)
                .filter(|r| piece(r[0] as usize) == Some("▁w"))
                .map(<[u32]>::len)
                .max()
                .unwrap();
            // The start token counts as the first copy, as the search sees it.
            assert_eq!(longest, max, "beams {beams}, max {max}: {seq:?}");
        }
    }
}
