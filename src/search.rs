//! Greedy and beam search over any [`StepModel`], with the semantics of transformers'
//! `generate` (v4.57): logits processors (repetition penalty, no-repeat n-grams, bad words,
//! `min_length`, forced `</s>` at `max_length - 1`, in its order), beam candidates `2 × num_beams`, finished hypotheses scored with
//! `sum_logprobs / generated_len ^ length_penalty`, and its early-stopping heuristic.
//!
//! Every buffer is sized once per sentence in [`SearchBuffers`]; a decoding step allocates
//! nothing (checked by a test with a counting allocator).

use std::sync::Arc;

use crate::error::{Error, Result};

/// One decoder step for a batch of beams: the contract between search and a backend.
pub trait StepModel {
    /// Logits per beam: the vocabulary size, or the candidate count under a shortlist.
    fn vocab_size(&self) -> usize;
    /// The vocabulary ids the logits are for, when the model scores a subset of the vocabulary
    /// (a shortlist): logit `i` of a beam is token `ids[i]` (ascending). `None`: logit `i` is
    /// token `i`. Tokens fed to [`StepModel::step`] are always vocabulary ids. (Required, so
    /// that a wrapper cannot forget to pass it on.)
    fn output_ids(&self) -> Option<&[u32]>;
    /// Feeds `tokens[b]` as the next input of beam `b` and writes the next-token logits of every
    /// beam into `logits` (`tokens.len() * vocab_size()` values, beam-major).
    fn step(&mut self, tokens: &[u32], logits: &mut [f32]) -> Result<()>;
    /// From now on beam `i` continues what beam `parents[i]` had (KV-cache reordering).
    fn reorder(&mut self, parents: &[usize]) -> Result<()>;
}

/// transformers' `early_stopping`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EarlyStopping {
    /// `False` (default): stop when the best running beam, at its current length, cannot beat
    /// the worst finished one.
    #[default]
    Heuristic,
    /// `True`: stop as soon as `num_beams` hypotheses are finished.
    Eager,
    /// `"never"`: canonical beam search; with a positive length penalty it assumes beams may
    /// grow to `max_length`.
    Never,
}

/// Everything search needs to know, resolved from the options and `generation_config.json`.
#[derive(Debug, Clone)]
pub struct SearchParams {
    /// 1 = greedy.
    pub num_beams: usize,
    /// Hypotheses to return (≤ `num_beams`).
    pub num_return_sequences: usize,
    /// Longest decoder sequence, start token included.
    pub max_length: usize,
    /// `</s>` is banned while the sequence (start token included) is shorter than this.
    pub min_length: usize,
    /// Beam score length exponent.
    pub length_penalty: f32,
    /// Beam stopping rule.
    pub early_stopping: EarlyStopping,
    /// End-of-sequence token.
    pub eos: u32,
    /// First decoder input.
    pub decoder_start: u32,
    /// Token forced at position `max_length - 1`, if any.
    pub forced_eos: Option<u32>,
    /// Banned token sequences (the last token is banned when the others precede it).
    pub bad_words: Vec<Vec<u32>>,
    /// transformers' `repetition_penalty` (1 = off): the score `s` of every distinct token of
    /// the sequence so far (start token included) becomes `s / penalty`, or `s · penalty`
    /// when negative.
    pub repetition_penalty: f32,
    /// transformers' `no_repeat_ngram_size` (0 = off): a token that would complete an n-gram
    /// already in the sequence (start token included) is banned.
    pub no_repeat_ngram_size: usize,
    /// Numbers kept as the source writes them (applied after transformers' processors, before
    /// the forced `</s>`; inside a number, the repetition penalty and no-repeat n-grams are not
    /// applied); `None`: off. Set per source sentence.
    pub numbers: Option<crate::numbers::NumberGuard>,
    /// No piece with a letter more than so many times in a row (applied with the numbers
    /// guard); `None`: off.
    pub piece_run: Option<PieceRunGuard>,
}

/// Bans a piece that has a letter from following `max` copies of itself: the loops of a small
/// model spelling a word it does not know ("Basasasoth", "lechetetetete", "real real real").
/// edgemt's own rule, not one of transformers' processors.
#[derive(Debug, Clone)]
pub struct PieceRunGuard {
    max: usize,
    /// Per vocabulary id: whether its piece has a letter.
    lettered: Arc<[bool]>,
}

impl PieceRunGuard {
    /// At most `max` (≥ 1) copies in a row of any piece that `lettered` (per vocabulary id)
    /// marks.
    pub fn new(max: usize, lettered: Arc<[bool]>) -> PieceRunGuard {
        PieceRunGuard { max: max.max(1), lettered }
    }

    /// Bans the last token of `seq` when it closes a run of `max` copies of a lettered piece.
    fn apply(&self, seq: &[u32], scores: &mut [f32], out: Outputs) {
        let Some((&last, _)) = seq.split_last() else { return };
        if seq.len() < self.max || !self.lettered.get(last as usize).copied().unwrap_or(false) {
            return;
        }
        if seq[seq.len() - self.max..].iter().all(|&t| t == last)
            && let Some(i) = out.index(last, scores.len())
        {
            scores[i] = f32::NEG_INFINITY;
        }
    }
}

/// One finished (or length-capped) output sequence.
#[derive(Debug, Clone, PartialEq)]
pub struct Hypothesis {
    /// Generated ids, without the start token, with `</s>` when the model emitted it.
    pub tokens: Vec<u32>,
    /// Greedy: sum of the processed log-probabilities; beam: transformers' `sequences_scores`.
    pub score: f32,
}

#[derive(Debug, Clone, Copy, Default)]
struct Candidate {
    score: f32,
    beam: usize,
    token: u32,
}

/// All buffers of a search, allocated once per sentence.
#[derive(Debug)]
pub struct SearchBuffers {
    beams: usize,
    vocab: usize,
    max_length: usize,
    logits: Vec<f32>,
    tokens: Vec<u32>,
    parents: Vec<usize>,
    run_seq: Vec<u32>,
    run_seq_next: Vec<u32>,
    run_score: Vec<f32>,
    fin_seq: Vec<u32>,
    fin_seq_next: Vec<u32>,
    fin_score: Vec<f32>,
    fin_done: Vec<bool>,
    fin_len: Vec<usize>,
    next_fin: Vec<(f32, usize, bool, usize)>,
    cand: Vec<Candidate>,
    cand_hit: Vec<bool>,
    merged: Vec<(f32, usize)>,
    order: Vec<usize>,
    /// The model's output ids for this sentence (empty: the identity).
    ids: Vec<u32>,
    /// One sequence, sorted (the repetition penalty's distinct tokens).
    scratch: Vec<u32>,
}

impl SearchBuffers {
    /// Buffers for `beams` beams over up to `vocab` logits (a shortlisted model uses fewer),
    /// sequences up to `max_length`.
    pub fn new(beams: usize, vocab: usize, max_length: usize) -> SearchBuffers {
        let k = 2 * beams;
        SearchBuffers {
            beams,
            vocab,
            max_length,
            logits: vec![0.0; beams * vocab],
            tokens: vec![0; beams],
            parents: vec![0; beams],
            run_seq: vec![0; beams * max_length],
            run_seq_next: vec![0; beams * max_length],
            run_score: vec![0.0; beams],
            fin_seq: vec![0; beams * max_length],
            fin_seq_next: vec![0; beams * max_length],
            fin_score: vec![0.0; beams],
            fin_done: vec![false; beams],
            fin_len: vec![0; beams],
            next_fin: Vec::with_capacity(beams + k),
            cand: Vec::with_capacity(k + 1),
            cand_hit: vec![false; k],
            merged: Vec::with_capacity(beams + k),
            order: Vec::with_capacity(k),
            ids: Vec::with_capacity(vocab),
            scratch: vec![0; max_length],
        }
    }

    fn fits(&self, p: &SearchParams, vocab: usize) -> bool {
        self.beams == p.num_beams && self.vocab >= vocab && self.max_length >= p.max_length
    }
}

impl SearchParams {
    /// Checks the parameters against each other and a vocabulary size.
    pub fn validate(&self, vocab: usize) -> Result<()> {
        let bad = |m: &str| Err(Error::InvalidOptions(m.to_string()));
        if self.num_beams == 0 {
            return bad("num_beams must be at least 1");
        }
        if self.num_return_sequences == 0 || self.num_return_sequences > self.num_beams {
            return bad("the number of returned hypotheses must be between 1 and num_beams");
        }
        if self.max_length < 2 {
            return bad("max_length must be at least 2 (start token + one generated token)");
        }
        if !self.length_penalty.is_finite() {
            return bad("length_penalty must be finite");
        }
        if !(self.repetition_penalty.is_finite() && self.repetition_penalty > 0.0) {
            return bad("repetition_penalty must be a positive number (1 = off)");
        }
        let ids = [Some(self.eos), Some(self.decoder_start), self.forced_eos];
        if ids.iter().flatten().any(|&t| t as usize >= vocab)
            || self.bad_words.iter().flatten().any(|&t| t as usize >= vocab)
        {
            return bad("a special token id is outside the vocabulary");
        }
        Ok(())
    }

    /// The logits processors of `generate`, in its order, on one beam's scores.
    /// `seq` is the beam's sequence so far (start token included); `out` maps vocabulary ids to
    /// score positions (an id the shortlist left out has no score to change); `scratch` holds
    /// at least `seq.len()` ids.
    fn process(&self, seq: &[u32], scores: &mut [f32], out: Outputs, scratch: &mut [u32]) {
        let n = scores.len();
        let cur_len = seq.len();
        // Digits that go on with one of the source's numbers are copied, not repeated: inside a
        // number the guard leaves only those, and the repetition rules do not ban them (a
        // no-repeat trigram would cut "100,000" at "100,00").
        let numbers = self.numbers.as_ref().map(|g| (g, g.state(seq)));
        let copying = numbers.as_ref().is_some_and(|(g, s)| g.inside(s));
        if self.repetition_penalty != 1.0 && !copying {
            // Each distinct token once (transformers gathers and scatters the same value).
            let sorted = &mut scratch[..cur_len];
            sorted.copy_from_slice(seq);
            sorted.sort_unstable();
            for (j, &t) in sorted.iter().enumerate() {
                if j > 0 && sorted[j - 1] == t {
                    continue;
                }
                if let Some(i) = out.index(t, n) {
                    let s = scores[i];
                    scores[i] = if s < 0.0 { s * self.repetition_penalty } else { s / self.repetition_penalty };
                }
            }
        }
        let ng = self.no_repeat_ngram_size;
        if ng > 0 && cur_len + 1 >= ng && !copying {
            // Every earlier n-gram whose first n − 1 tokens are the last n − 1 of `seq` bans
            // its last token (fairseq's rule, as transformers copies it).
            let prefix = &seq[cur_len + 1 - ng..];
            for start in 0..cur_len + 1 - ng {
                if seq[start..start + ng - 1] == *prefix
                    && let Some(i) = out.index(seq[start + ng - 1], n)
                {
                    scores[i] = f32::NEG_INFINITY;
                }
            }
        }
        for bw in &self.bad_words {
            let Some((&last, prefix)) = bw.split_last() else {
                continue;
            };
            if bw.len() == 1 && last == self.eos {
                continue; // transformers drops bad words equal to </s>
            }
            if seq.ends_with(prefix)
                && let Some(i) = out.index(last, n)
            {
                scores[i] = f32::NEG_INFINITY;
            }
        }
        if cur_len < self.min_length
            && let Some(i) = out.index(self.eos, n)
        {
            scores[i] = f32::NEG_INFINITY;
        }
        if let Some((g, s)) = &numbers {
            g.apply(s, scores, |i| out.id(i), |t| out.index(t, n));
        }
        if let Some(r) = &self.piece_run {
            r.apply(seq, scores, out);
        }
        if let Some(f) = self.forced_eos
            && cur_len == self.max_length - 1
        {
            scores.fill(f32::NEG_INFINITY);
            if let Some(i) = out.index(f, n) {
                scores[i] = 0.0;
            }
        }
    }
}

/// Score positions ↔ vocabulary ids for one sentence: the identity, or a shortlist's ids.
#[derive(Clone, Copy)]
struct Outputs<'a> {
    /// Ascending vocabulary ids; empty for the identity.
    ids: &'a [u32],
}

impl Outputs<'_> {
    /// The vocabulary id of score position `i`.
    fn id(&self, i: usize) -> u32 {
        if self.ids.is_empty() { i as u32 } else { self.ids[i] }
    }

    /// The score position of vocabulary id `id` among `n`, if the model scores it.
    fn index(&self, id: u32, n: usize) -> Option<usize> {
        if self.ids.is_empty() { ((id as usize) < n).then_some(id as usize) } else { self.ids.binary_search(&id).ok() }
    }
}

/// `log_softmax` in place, as torch computes it: `x - max - ln(sum(exp(x - max)))`.
pub fn log_softmax(x: &mut [f32]) {
    let max = max_of(x);
    if !max.is_finite() {
        return;
    }
    let lse = max + sum_exp(x, max).ln();
    for v in x.iter_mut() {
        *v -= lse;
    }
}

/// The largest value (NaN skipped; −∞ for an empty or all-NaN slice): eight lanes, then the
/// remainder and the lanes in order. AVX2 where the CPU has it, bit-identical.
fn max_of(x: &[f32]) -> f32 {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        return unsafe { x86::max_of(x) };
    }
    max_of_scalar(x)
}

/// [`max_of`] without SIMD intrinsics (the loop auto-vectorises).
fn max_of_scalar(x: &[f32]) -> f32 {
    let mut m = [f32::NEG_INFINITY; 8];
    let mut chunks = x.chunks_exact(8);
    for c in &mut chunks {
        for (m, &v) in m.iter_mut().zip(c) {
            *m = if v > *m { v } else { *m };
        }
    }
    max_fold(chunks.remainder(), &m)
}

/// The remainder's and the eight lanes' maximum, in that order (shared by both forms).
fn max_fold(rest: &[f32], lanes: &[f32; 8]) -> f32 {
    rest.iter().chain(lanes).fold(f32::NEG_INFINITY, |a, &v| if v > a { v } else { a })
}

/// Σ e^(v − max) in eight partial sums of a branch-free exp (libm's expf per element cost
/// ~0.4 ms per step over a 65k vocabulary). AVX2 where the CPU has it, bit-identical.
fn sum_exp(x: &[f32], max: f32) -> f32 {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        return unsafe { x86::sum_exp(x, max) };
    }
    sum_exp_scalar(x, max)
}

/// [`sum_exp`] without SIMD intrinsics.
fn sum_exp_scalar(x: &[f32], max: f32) -> f32 {
    let mut acc = [0f32; 8];
    let mut chunks = x.chunks_exact(8);
    for c in &mut chunks {
        for (a, &v) in acc.iter_mut().zip(c) {
            *a += exp_nonpositive(v - max);
        }
    }
    sum_fold(chunks.remainder(), max, &acc)
}

/// The eight partial sums and the remainder's terms, in one fixed order (shared by both forms).
fn sum_fold(rest: &[f32], max: f32, acc: &[f32; 8]) -> f32 {
    let tail: f32 = rest.iter().map(|&v| exp_nonpositive(v - max)).sum();
    ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7])) + tail
}

/// The search's passes over a step's logits (65k per beam at opus-mt size, on one thread
/// between the model's steps) in AVX2: the scalar forms' operations lane by lane, in the same
/// order (no FMA), so every result is bit-identical. (The compiler vectorised the scalar exp
/// loop only four lanes wide with scalar inserts: 12% of an opus-size beam-4 step.)
#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    /// See [`super::max_of`].
    #[target_feature(enable = "avx2")]
    pub(super) fn max_of(x: &[f32]) -> f32 {
        let mut m = _mm256_set1_ps(f32::NEG_INFINITY);
        let chunks = x.chunks_exact(8);
        let rest = chunks.remainder();
        for c in chunks {
            // SAFETY: `c` holds eight floats.
            let v = unsafe { _mm256_loadu_ps(c.as_ptr()) };
            // `v > m ? v : m` per lane: maxps returns its second operand when either is NaN
            // or when they are equal.
            m = _mm256_max_ps(v, m);
        }
        super::max_fold(rest, &lanes(m))
    }

    /// See [`super::sum_exp`].
    #[target_feature(enable = "avx2")]
    pub(super) fn sum_exp(x: &[f32], max: f32) -> f32 {
        let (mut acc, mx) = (_mm256_setzero_ps(), _mm256_set1_ps(max));
        let chunks = x.chunks_exact(8);
        let rest = chunks.remainder();
        for c in chunks {
            // SAFETY: `c` holds eight floats.
            let v = unsafe { _mm256_loadu_ps(c.as_ptr()) };
            acc = _mm256_add_ps(acc, exp_nonpositive(_mm256_sub_ps(v, mx)));
        }
        super::sum_fold(rest, max, &lanes(acc))
    }

    /// The first index holding `m` (`==`: NaN never matches), eight values per compare.
    #[target_feature(enable = "avx2")]
    pub(super) fn position(x: &[f32], m: f32) -> Option<usize> {
        let mv = _mm256_set1_ps(m);
        let chunks = x.chunks_exact(8);
        let rest = chunks.remainder();
        for (i, c) in chunks.enumerate() {
            // SAFETY: `c` holds eight floats.
            let v = unsafe { _mm256_loadu_ps(c.as_ptr()) };
            let hits = _mm256_movemask_ps(_mm256_cmp_ps::<_CMP_EQ_OQ>(v, mv));
            if hits != 0 {
                return Some(8 * i + hits.trailing_zeros() as usize);
            }
        }
        rest.iter().position(|&v| v == m).map(|j| x.len() - rest.len() + j)
    }

    #[target_feature(enable = "avx2")]
    fn lanes(v: __m256) -> [f32; 8] {
        let mut l = [0f32; 8];
        // SAFETY: `l` holds eight floats.
        unsafe { _mm256_storeu_ps(l.as_mut_ptr(), v) };
        l
    }

    /// [`super::exp_nonpositive`] on eight lanes, step by step.
    #[target_feature(enable = "avx2")]
    fn exp_nonpositive(d: __m256) -> __m256 {
        use super::exp_consts::*;
        // `d.max(−87)`: −87 for NaN too (maxps returns its second operand then).
        let d = _mm256_max_ps(d, _mm256_set1_ps(-87.0));
        let round = _mm256_set1_ps(ROUND);
        let t = _mm256_add_ps(_mm256_mul_ps(d, _mm256_set1_ps(LOG2E)), round);
        let k = _mm256_sub_ps(t, round);
        let ki = _mm256_sub_epi32(_mm256_castps_si256(t), _mm256_set1_epi32(ROUND.to_bits() as i32));
        let r =
            _mm256_sub_ps(_mm256_sub_ps(d, _mm256_mul_ps(k, _mm256_set1_ps(C1))), _mm256_mul_ps(k, _mm256_set1_ps(C2)));
        let z = _mm256_mul_ps(r, r);
        let mut p = _mm256_set1_ps(P[0]);
        for &c in &P[1..] {
            p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(c));
        }
        let p = _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(p, z), r), _mm256_set1_ps(1.0));
        let two_k = _mm256_slli_epi32::<23>(_mm256_add_epi32(ki, _mm256_set1_epi32(127)));
        _mm256_mul_ps(p, _mm256_castsi256_ps(two_k))
    }
}

/// e^d for d ≤ 0, within 2 ulp of `f32::exp` for d ≥ −87; below −87 (terms a sum holding
/// e^0 = 1 cannot see) it returns about e^−87, and so does NaN (the sum skips NaN logits as
/// before). Branch-free, so that loops over it vectorise.
#[inline]
fn exp_nonpositive(d: f32) -> f32 {
    exp_in_range(d.max(-87.0))
}

/// The constants of [`exp_in_range`].
mod exp_consts {
    pub(super) const LOG2E: f32 = std::f32::consts::LOG2_E;
    /// ln 2 in two parts (Cody–Waite).
    pub(super) const C1: f32 = 0.693_359_4;
    pub(super) const C2: f32 = -2.121_944_4e-4;
    /// Round to nearest without a libm call: adding 1.5·2²³ leaves the integer part.
    pub(super) const ROUND: f32 = 12_582_912.0;
    /// The polynomial's coefficients, highest first (Horner), the last being ½.
    pub(super) const P: [f32; 6] = [1.987_569_2e-4, 1.398_199_9e-3, 8.333_452e-3, 4.166_579_6e-2, 1.666_666_5e-1, 0.5];
}

/// e^d for d in [−87, 88], within 2 ulp of `f32::exp` (Cephes expf: Cody–Waite reduction by
/// ln 2, degree-6 polynomial). Branch-free and without float→int conversions (whose
/// saturation checks keep loops scalar), so that loops over it vectorise. Shared with the
/// engine's swish.
#[inline]
pub(crate) fn exp_in_range(d: f32) -> f32 {
    use exp_consts::*;
    let t = d * LOG2E + ROUND;
    let k = t - ROUND;
    // k as an integer from t's mantissa (t's ulp is 1).
    let ki = t.to_bits().wrapping_sub(ROUND.to_bits());
    let r = d - k * C1 - k * C2;
    let z = r * r;
    let p = ((((P[0] * r + P[1]) * r + P[2]) * r + P[3]) * r + P[4]) * r + P[5];
    let p = p * z + r + 1.0;
    // 2^k with k in −126 ..= 127: the exponent field alone.
    p * f32::from_bits(ki.wrapping_add(127) << 23)
}

/// Index of the first maximum (torch.argmax semantics); NaN never wins.
fn argmax(x: &[f32]) -> usize {
    let m = max_of(x);
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        return unsafe { x86::position(x, m) }.unwrap_or(0);
    }
    x.iter().position(|&v| v == m).unwrap_or(0)
}

/// Runs greedy search (`num_beams == 1`) or beam search on `model`.
///
/// `bufs` must come from [`SearchBuffers::new`] with the same beam count, the model's vocabulary
/// and at least `max_length`; it can be reused across sentences.
pub fn generate(model: &mut dyn StepModel, p: &SearchParams, bufs: &mut SearchBuffers) -> Result<Vec<Hypothesis>> {
    let n = model.vocab_size();
    if !bufs.fits(p, n) {
        return Err(Error::InvalidOptions("search buffers do not match the search parameters".into()));
    }
    bufs.ids.clear();
    match model.output_ids() {
        None => p.validate(n)?,
        Some(ids) => {
            // Input ids are checked by the model; the ids the search must emit have to be scored.
            p.validate(usize::MAX)?;
            if ids.len() != n || !ids.windows(2).all(|w| w[0] < w[1]) {
                return Err(Error::Inference(format!("{} shortlist ids for {n} logits, or not ascending", ids.len())));
            }
            let missing = [Some(p.eos), p.forced_eos].into_iter().flatten().find(|t| ids.binary_search(t).is_err());
            if let Some(t) = missing {
                return Err(Error::InvalidOptions(format!(
                    "the shortlist leaves out token {t}, which the search must be able to emit"
                )));
            }
            // Within capacity: n ≤ the buffers' vocabulary (checked by `fits`).
            bufs.ids.extend_from_slice(ids);
        }
    }
    if p.num_beams == 1 { greedy(model, p, bufs, n) } else { beam(model, p, bufs, n) }
}

fn greedy(model: &mut dyn StepModel, p: &SearchParams, b: &mut SearchBuffers, n: usize) -> Result<Vec<Hypothesis>> {
    let out = Outputs { ids: &b.ids };
    let seq = &mut b.run_seq;
    let logits = &mut b.logits[..n];
    seq[0] = p.decoder_start;
    let mut len = 1;
    let mut score = 0.0f32;
    while len < p.max_length {
        b.tokens[0] = seq[len - 1];
        model.step(&b.tokens[..1], logits)?;
        p.process(&seq[..len], logits, out, &mut b.scratch);
        let best = argmax(logits);
        // log_softmax of the chosen token only: the others are not needed.
        let max = logits[best];
        if max.is_finite() {
            score += -sum_exp(logits, max).ln();
        } else {
            score += max;
        }
        let next = out.id(best);
        seq[len] = next;
        len += 1;
        if next == p.eos {
            break;
        }
    }
    Ok(vec![Hypothesis { tokens: seq[1..len].to_vec(), score }])
}

/// Top `k` of `(score, index)` by score, descending; ties keep the lower index first. Writes
/// into `out` (capacity ≥ k + 1, no allocation).
fn push_top(out: &mut Vec<Candidate>, k: usize, c: Candidate, key: impl Fn(&Candidate) -> (f32, usize)) {
    let (s, i) = key(&c);
    if out.len() == k {
        let (ls, li) = key(&out[k - 1]);
        if !(s > ls || (s == ls && i < li)) {
            return;
        }
    }
    let mut pos = out.len();
    while pos > 0 {
        let (ps, pi) = key(&out[pos - 1]);
        if s > ps || (s == ps && i < pi) {
            pos -= 1;
        } else {
            break;
        }
    }
    out.insert(pos, c);
    if out.len() > k {
        out.pop();
    }
}

fn beam(model: &mut dyn StepModel, p: &SearchParams, b: &mut SearchBuffers, v: usize) -> Result<Vec<Hypothesis>> {
    const NEG: f32 = -1.0e9;
    let nb = p.num_beams;
    let k = 2 * nb;
    // Candidates carry score positions; `out` turns them into vocabulary ids.
    let out = Outputs { ids: &b.ids };
    let ml = b.max_length;
    for i in 0..nb {
        b.run_seq[i * ml] = p.decoder_start;
        b.run_score[i] = if i == 0 { 0.0 } else { NEG };
        // An empty slot: below every real score, whatever the length penalty does to those
        // (a negative one makes finished scores far below NEG).
        b.fin_score[i] = f32::NEG_INFINITY;
        b.fin_done[i] = false;
        b.fin_len[i] = 0;
    }
    let mut cur_len = 1usize;
    let mut heuristic_unsatisfied = true;
    loop {
        for i in 0..nb {
            b.tokens[i] = b.run_seq[i * ml + cur_len - 1];
        }
        model.step(&b.tokens, &mut b.logits[..nb * v])?;
        b.cand.clear();
        for i in 0..nb {
            let row = &mut b.logits[i * v..(i + 1) * v];
            log_softmax(row);
            p.process(&b.run_seq[i * ml..i * ml + cur_len], row, out, &mut b.scratch);
            let base = b.run_score[i];
            // In blocks of 64: once `k` candidates are held, a block whose best score cannot
            // reach the worst of them (ties included: they are ordered by index) is skipped
            // after one vectorised max — the same candidates, without a comparison per token.
            const BLOCK: usize = 64;
            for (bi, block) in row.chunks(BLOCK).enumerate() {
                if b.cand.len() >= k
                    && matches!(
                        (max_of(block) + base).partial_cmp(&b.cand[k - 1].score),
                        Some(std::cmp::Ordering::Less) | None
                    )
                {
                    continue;
                }
                for (j, &lp) in block.iter().enumerate() {
                    let c = Candidate { score: lp + base, beam: i, token: (bi * BLOCK + j) as u32 };
                    push_top(&mut b.cand, k, c, |c| (c.score, c.beam * v + c.token as usize));
                }
            }
        }
        let at_max = cur_len + 1 >= p.max_length;
        for (j, c) in b.cand.iter().enumerate() {
            b.cand_hit[j] = out.id(c.token as usize) == p.eos || at_max;
        }
        let all_hit = b.cand_hit[..b.cand.len()].iter().all(|&h| h);

        // Running beams for the next step: best nb candidates once finished ones are pushed down.
        b.order.clear();
        b.order.extend(0..b.cand.len());
        let adjusted = |j: usize| b.cand[j].score + if b.cand_hit[j] { NEG } else { 0.0 };
        // Stable insertion sort of ≤ 2·nb indices by adjusted score, descending.
        for x in 1..b.order.len() {
            let mut y = x;
            while y > 0 && adjusted(b.order[y]) > adjusted(b.order[y - 1]) {
                b.order.swap(y, y - 1);
                y -= 1;
            }
        }
        for i in 0..nb {
            let j = b.order[i];
            let c = b.cand[j];
            let (src, dst) = (c.beam * ml, i * ml);
            b.run_seq_next[dst..dst + cur_len].copy_from_slice(&b.run_seq[src..src + cur_len]);
            b.run_seq_next[dst + cur_len] = out.id(c.token as usize);
            b.parents[i] = c.beam;
            b.run_score[i] = adjusted(j);
        }

        // Finished hypotheses: merge the old ones with the candidates that just finished.
        let all_done = b.fin_done.iter().all(|&d| d);
        let denom = ((cur_len + 1 - 1) as f64).powf(p.length_penalty as f64) as f32;
        b.next_fin.clear();
        for i in 0..nb {
            b.next_fin.push((b.fin_score[i], i, b.fin_done[i], b.fin_len[i]));
        }
        for (j, c) in b.cand.iter().enumerate() {
            let just_finished = b.cand_hit[j] && j < nb;
            // A candidate that may not be added ranks below every slot, empty ones included.
            let barred =
                !just_finished || !heuristic_unsatisfied || (all_done && p.early_stopping == EarlyStopping::Eager);
            let s = if barred { f32::NEG_INFINITY } else { c.score / denom };
            b.next_fin.push((s, nb + j, just_finished, cur_len + 1));
        }
        b.merged.clear();
        for (idx, e) in b.next_fin.iter().enumerate() {
            b.merged.push((e.0, idx));
        }
        // Stable selection of the best nb (ties: earlier entry first).
        for x in 1..b.merged.len() {
            let mut y = x;
            while y > 0 && b.merged[y].0 > b.merged[y - 1].0 {
                b.merged.swap(y, y - 1);
                y -= 1;
            }
        }
        for i in 0..nb {
            let (_, idx) = b.merged[i];
            let (score, src, done, len) = b.next_fin[idx];
            let dst = i * ml;
            if src < nb {
                let s = src * ml;
                b.fin_seq_next[dst..dst + len].copy_from_slice(&b.fin_seq[s..s + len]);
            } else {
                let c = b.cand[src - nb];
                let s = c.beam * ml;
                b.fin_seq_next[dst..dst + cur_len].copy_from_slice(&b.run_seq[s..s + cur_len]);
                b.fin_seq_next[dst + cur_len] = out.id(c.token as usize);
            }
            b.fin_score[i] = score;
            b.fin_done[i] = done;
            b.fin_len[i] = len;
        }
        std::mem::swap(&mut b.fin_seq, &mut b.fin_seq_next);
        std::mem::swap(&mut b.run_seq, &mut b.run_seq_next);

        cur_len += 1;
        let hyp_len = if p.early_stopping == EarlyStopping::Never && p.length_penalty > 0.0 {
            p.max_length - 1
        } else {
            cur_len - 1
        };
        let best_running = b.run_score[0] / ((hyp_len as f64).powf(p.length_penalty as f64) as f32);
        // While a slot is empty the search goes on (transformers compares with the −1e9 of its
        // empty slots, which only differs when a negative length penalty pushes real scores
        // below it); once all are filled, while the best running beam can still beat the worst.
        let worst_finished = b.fin_score.iter().copied().fold(f32::INFINITY, f32::min);
        let improvable = b.fin_done.iter().any(|&done| !done) || best_running > worst_finished;
        heuristic_unsatisfied &= improvable;
        let exists_open = !(b.fin_done.iter().all(|&d| d) && p.early_stopping == EarlyStopping::Eager);
        if !(heuristic_unsatisfied && exists_open && !all_hit) {
            break;
        }
        model.reorder(&b.parents)?;
    }
    let mut hyps = Vec::with_capacity(p.num_return_sequences);
    // Slots are best first; an empty slot (no hypothesis reached it) ends the list.
    for i in (0..p.num_return_sequences).take_while(|&i| b.fin_len[i] > 0) {
        let s = i * ml;
        hyps.push(Hypothesis { tokens: b.fin_seq[s + 1..s + b.fin_len[i]].to_vec(), score: b.fin_score[i] });
    }
    if hyps.is_empty() {
        return Err(Error::Inference("beam search finished no hypothesis".into()));
    }
    Ok(hyps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simd_passes_equal_the_scalar_ones_bit_for_bit() {
        // Logits-like values with the edge cases: NaN, ±∞, ±0, far below the max (exp
        // underflow), and every remainder length.
        let mut x: Vec<f32> = (0..1000).map(|i| ((i * 7919 % 2003) as f32 - 1000.0) * 0.037).collect();
        x[3] = f32::NAN;
        x[10] = f32::NEG_INFINITY;
        x[17] = -0.0;
        x[40] = -500.0;
        for len in (0..40).chain([999, 1000]) {
            let s = &x[..len];
            assert_eq!(max_of(s).to_bits(), max_of_scalar(s).to_bits(), "max, {len} values");
            let m = max_of(s);
            if m.is_finite() {
                assert_eq!(sum_exp(s, m).to_bits(), sum_exp_scalar(s, m).to_bits(), "sum_exp, {len} values");
            }
        }
        let mut y = x.clone();
        y[500] = f32::INFINITY;
        assert_eq!(max_of(&y), max_of_scalar(&y));
        // argmax: the first of equal maxima, in the vectors and in the remainder.
        for (at, len) in [(0, 1000), (7, 1000), (8, 1000), (500, 1000), (998, 999), (5, 6)] {
            let mut z = vec![1.0f32; len];
            z[at] = 2.0;
            z[len - 1] = 2.0;
            assert_eq!(argmax(&z), at, "{len} values, first maximum at {at}");
        }
        assert_eq!(argmax(&[f32::NAN, f32::NEG_INFINITY, f32::NEG_INFINITY]), 1);
        assert_eq!(argmax(&[f32::NAN; 3]), 0);
        // A slice of NaN only: −∞ either way.
        assert_eq!(max_of(&[f32::NAN; 9]), f32::NEG_INFINITY);
        assert_eq!(max_of_scalar(&[f32::NAN; 9]), f32::NEG_INFINITY);
    }

    #[test]
    fn exp_nonpositive_is_within_two_ulp_of_expf() {
        let mut worst = 0f32;
        for i in 0..=870_000 {
            let d = -(i as f32) * 1e-4;
            let (got, want) = (exp_nonpositive(d), d.exp());
            let ulp = (want.to_bits() as i64 - got.to_bits() as i64).abs();
            assert!(ulp <= 2, "e^{d}: {got} vs {want} ({ulp} ulp)");
            worst = worst.max((got - want).abs() / want);
        }
        assert!(worst < 3e-7, "{worst}");
        assert!(exp_nonpositive(-1000.0) < 1e-37 && exp_nonpositive(f32::NAN) < 1e-37);
        assert_eq!(exp_nonpositive(0.0), 1.0);
    }

    #[test]
    fn log_softmax_matches_the_f64_definition() {
        let mut x: Vec<f32> = (0..65_001).map(|i| ((i * 7919) % 1000) as f32 * 0.03 - 12.0).collect();
        x[5] = 40.0;
        let max = x.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b as f64));
        let lse = max + x.iter().map(|&v| (v as f64 - max).exp()).sum::<f64>().ln();
        let want: Vec<f64> = x.iter().map(|&v| v as f64 - lse).collect();
        log_softmax(&mut x);
        for (g, w) in x.iter().zip(&want) {
            assert!((*g as f64 - w).abs() < 1e-5, "{g} vs {w}");
        }
    }
}
