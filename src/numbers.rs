//! Numbers kept as the source writes them ([`crate::TranslateOptions::keep_numbers`]): a
//! constraint on the search under which every number the translation writes is one of the
//! source's, digit for digit. Small models garble numbers ("1804" → "18004", "2011" →
//! "20101"); the constraint takes from the search only the continuations that would do that.
//!
//! A *number* is a run of ASCII digits with single `.` or `,` between them (`1,000.5`); its
//! *digits* are the run without separators, so a translation may change the separators as the
//! target language writes them (`1.000,5`). While the output is inside a number, the next piece
//! must keep its digits a prefix of one of the source's numbers, and the number may only end
//! (a piece that writes anything else, or `</s>`) when its digits equal one of them; each is
//! written at most as often as the source writes it. A source without numbers lets the output
//! write none. Where the shortlist or the other constraints
//! leave no digit to finish a started number, the search may end it anyway (it is never left
//! without a token to choose).
//!
//! The state of a hypothesis is recomputed from its tokens at each step (no per-beam buffer to
//! reorder); nothing is allocated per step.

use std::sync::Arc;

/// What one character of a piece is to the number rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ch {
    Digit(u8),
    Sep,
    Other,
}

fn class(c: char) -> Ch {
    match c {
        '0'..='9' => Ch::Digit(c as u8 - b'0'),
        '.' | ',' => Ch::Sep,
        _ => Ch::Other,
    }
}

/// The pieces of a target vocabulary that write digits or separators, built once per model.
#[derive(Debug, Default)]
pub struct DigitVocab {
    /// Per vocabulary id: the range of its characters in `codes` (empty range: a piece without
    /// digits or separators, which ends a number when it writes anything).
    spans: Vec<(u32, u32)>,
    /// The ids with a non-empty span, ascending.
    ids: Vec<u32>,
    /// Characters of those pieces: 0–9 digits, 10 a separator, 11 anything else.
    codes: Vec<u8>,
}

const SEP: u8 = 10;
const OTHER: u8 = 11;

impl DigitVocab {
    /// From each id's piece text (`None`: an id without text, e.g. a special token). The
    /// SentencePiece word boundary `▁` counts as a space.
    pub fn new<'a>(pieces: impl IntoIterator<Item = Option<&'a str>>) -> DigitVocab {
        let mut v = DigitVocab::default();
        for (id, piece) in pieces.into_iter().enumerate() {
            let start = v.codes.len() as u32;
            let piece = piece.unwrap_or("");
            if piece.chars().any(|c| class(c) != Ch::Other) {
                v.codes.extend(piece.chars().map(|c| match class(c) {
                    Ch::Digit(d) => d,
                    Ch::Sep => SEP,
                    Ch::Other => OTHER,
                }));
                v.ids.push(id as u32);
            }
            v.spans.push((start, v.codes.len() as u32));
        }
        v
    }

    /// The characters of `id` that matter (empty: a piece without digits or separators).
    fn codes(&self, id: u32) -> &[u8] {
        match self.spans.get(id as usize) {
            Some(&(a, b)) => &self.codes[a as usize..b as usize],
            None => &[],
        }
    }

    /// How many pieces write digits or separators.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no piece writes digits or separators.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// Most distinct numbers one source sentence may have for the constraint to apply (above, the
/// sentence is translated without it).
pub const MAX_NUMBERS: usize = 64;

/// The constraint for one source sentence.
#[derive(Debug, Clone)]
pub struct NumberGuard {
    vocab: Arc<DigitVocab>,
    /// The source's distinct numbers, digits only, concatenated.
    digits: Vec<u8>,
    /// Where each number's digits end in `digits`.
    ends: Vec<usize>,
    /// How often the source writes each (at most 255 counted).
    counts: Vec<u8>,
    /// The decoder start token (not part of the output).
    start: u32,
}

/// Where a hypothesis stands: inside a number (`open`) or not.
#[derive(Debug, Clone, Copy)]
struct Run {
    open: bool,
    /// A separator right after the run's last digit (the run goes on only if a digit follows).
    sep: bool,
    /// Digits so far.
    len: usize,
    /// The source numbers whose digits begin with the run's (among those not yet written as
    /// often as the source writes them).
    mask: u64,
    /// How often the output so far wrote each source number.
    used: [u8; MAX_NUMBERS],
}

/// Where a hypothesis stands ([`NumberGuard::state`]): read once per beam and step, for
/// [`NumberGuard::inside`] and [`NumberGuard::apply`].
#[derive(Debug, Clone, Copy)]
pub struct NumberState(Run);

impl NumberGuard {
    /// The constraint for source text `source` over `vocab`; `None` when `source` has more than
    /// [`MAX_NUMBERS`] distinct numbers. `start` is the decoder start token.
    pub fn new(vocab: Arc<DigitVocab>, source: &str, start: u32) -> Option<NumberGuard> {
        let mut g = NumberGuard { vocab, digits: Vec::new(), ends: Vec::new(), counts: Vec::new(), start };
        let mut cur: Vec<u8> = Vec::new();
        let mut sep = false;
        let flush = |cur: &mut Vec<u8>, g: &mut NumberGuard| {
            if !cur.is_empty() {
                match (0..g.ends.len()).find(|&i| g.number(i) == &cur[..]) {
                    Some(i) => g.counts[i] = g.counts[i].saturating_add(1),
                    None => {
                        g.digits.extend_from_slice(cur);
                        g.ends.push(g.digits.len());
                        g.counts.push(1);
                    }
                }
                cur.clear();
            }
        };
        for c in source.chars() {
            match class(c) {
                Ch::Digit(d) => {
                    cur.push(d);
                    sep = false;
                }
                Ch::Sep if !cur.is_empty() && !sep => sep = true,
                _ => {
                    flush(&mut cur, &mut g);
                    sep = false;
                }
            }
        }
        flush(&mut cur, &mut g);
        (g.ends.len() <= MAX_NUMBERS).then_some(g)
    }

    /// The digits of source number `i`.
    fn number(&self, i: usize) -> &[u8] {
        let a = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.digits[a..self.ends[i]]
    }

    /// How many distinct numbers the source has.
    pub fn numbers(&self) -> usize {
        self.ends.len()
    }

    /// The source numbers the output may still write.
    fn available(&self, r: &Run) -> u64 {
        (0..self.ends.len()).filter(|&i| r.used[i] < self.counts[i]).fold(0, |m, i| m | 1 << i)
    }

    /// The source number the run's digits equal, if any.
    fn complete(&self, r: &Run) -> Option<usize> {
        (0..self.ends.len()).find(|&i| r.mask & (1 << i) != 0 && self.number(i).len() == r.len)
    }

    /// Feeds one character code; `false` when it breaks the rules.
    fn feed(&self, r: &mut Run, code: u8) -> bool {
        match code {
            0..=9 => {
                if !r.open {
                    (r.open, r.len, r.mask) = (true, 0, self.available(r));
                }
                r.sep = false;
                let mut m = r.mask;
                while m != 0 {
                    let i = m.trailing_zeros() as usize;
                    m &= m - 1;
                    if self.number(i).get(r.len) != Some(&code) {
                        r.mask &= !(1 << i);
                    }
                }
                r.len += 1;
                r.mask != 0
            }
            SEP if r.open && !r.sep => {
                r.sep = true;
                true
            }
            _ => self.close(r),
        }
    }

    /// Ends the run (if any), counting the number it wrote; `false` when its digits are not
    /// one of the source's numbers still to write.
    fn close(&self, r: &mut Run) -> bool {
        let ok = if r.open {
            match self.complete(r) {
                Some(i) => {
                    r.used[i] += 1;
                    true
                }
                None => false,
            }
        } else {
            true
        };
        r.open = false;
        r.sep = false;
        ok
    }

    /// Feeds a whole piece (a piece without digits or separators ends the run).
    fn feed_piece(&self, r: &mut Run, id: u32) -> bool {
        let codes = self.vocab.codes(id);
        if codes.is_empty() {
            return self.close(r);
        }
        codes.iter().all(|&c| self.feed(r, c))
    }

    /// Where `seq` (decoder start token first) stands. A sequence the rules would not have
    /// allowed (the fallback of [`NumberGuard::apply`]) is read on as if it had.
    pub fn state(&self, seq: &[u32]) -> NumberState {
        let mut r = Run { open: false, sep: false, len: 0, mask: 0, used: [0; MAX_NUMBERS] };
        let from = usize::from(seq.first() == Some(&self.start));
        for &t in &seq[from..] {
            if !self.feed_piece(&mut r, t) && r.open {
                r.open = false;
            }
        }
        NumberState(r)
    }

    /// Whether the sequence of `state` ends inside a number that is not yet one of the
    /// source's (only digits or separators may follow).
    pub fn inside(&self, state: &NumberState) -> bool {
        state.0.open && self.complete(&state.0).is_none()
    }

    /// Sets to −∞ the scores of the tokens that would break the rules after the sequence of
    /// `state`. `id(i)` is the vocabulary id of score position `i`, `index(id)` the reverse
    /// (`None`: not scored).
    pub(crate) fn apply(
        &self,
        state: &NumberState,
        scores: &mut [f32],
        id: impl Fn(usize) -> u32,
        index: impl Fn(u32) -> Option<usize>,
    ) {
        let r = state.0;
        let allowed = |t: u32| {
            let mut s = r;
            self.feed_piece(&mut s, t)
        };
        if !r.open || self.complete(&r).is_some() {
            // Pieces without digits or separators may follow: only those with them are checked.
            for &t in &self.vocab.ids {
                if let Some(i) = index(t)
                    && !allowed(t)
                {
                    scores[i] = f32::NEG_INFINITY;
                }
            }
            return;
        }
        // Inside a number that is not yet one of the source's: only a piece that goes on with
        // it, if one is left to choose.
        let any = self.vocab.ids.iter().any(|&t| index(t).is_some_and(|i| scores[i] > f32::NEG_INFINITY) && allowed(t));
        if !any {
            return;
        }
        for (i, s) in scores.iter_mut().enumerate() {
            let t = id(i);
            if self.vocab.codes(t).is_empty() || !allowed(t) {
                *s = f32::NEG_INFINITY;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy vocabulary: id 0 the start token, 1 `</s>`, then the pieces.
    fn vocab() -> (Arc<DigitVocab>, Vec<&'static str>) {
        let pieces = vec![
            "<pad>", "</s>", "▁el", "▁1", "8", "0", "4", "▁20", "02", "2002", ".", ",", "▁", "5", "000", "%", "st", "1",
        ];
        let v = DigitVocab::new(pieces.iter().enumerate().map(|(i, p)| (i > 1).then_some(*p)));
        (Arc::new(v), pieces)
    }

    fn ids(pieces: &[&str], text: &[&str]) -> Vec<u32> {
        std::iter::once(0).chain(text.iter().map(|t| pieces.iter().position(|p| p == t).unwrap() as u32)).collect()
    }

    /// The pieces the guard allows after `prefix`.
    fn allowed(g: &NumberGuard, pieces: &[&str], prefix: &[&str]) -> Vec<&'static str> {
        let (_, all) = vocab();
        let mut scores = vec![0f32; pieces.len()];
        g.apply(&g.state(&ids(pieces, prefix)), &mut scores, |i| i as u32, |t| Some(t as usize));
        all.iter().zip(&scores).filter(|(_, s)| s.is_finite()).map(|(p, _)| *p).collect()
    }

    #[test]
    fn source_numbers_are_digit_runs_with_single_separators() {
        let (v, _) = vocab();
        let g = NumberGuard::new(v.clone(), "In 1804, 1,000.5 of them; 1804 again, 3rd. 7..8", 0).unwrap();
        let nums: Vec<Vec<u8>> = (0..g.numbers()).map(|i| g.number(i).to_vec()).collect();
        assert_eq!(nums, vec![vec![1, 8, 0, 4], vec![1, 0, 0, 0, 5], vec![3], vec![7], vec![8]]);
        assert_eq!(NumberGuard::new(v.clone(), "no digits", 0).unwrap().numbers(), 0);
        let many: String = (0..65).map(|i| format!("{i} ")).collect();
        assert!(NumberGuard::new(v, &many, 0).is_none());
    }

    #[test]
    fn a_started_number_can_only_become_a_source_number() {
        let (v, p) = vocab();
        let g = NumberGuard::new(v, "In 1804 and 2002, 5%.", 0).unwrap();
        // Outside a number: any piece but those starting a number that is no source prefix.
        let free = allowed(&g, &p, &["▁el"]);
        for ok in ["</s>", "▁el", "▁1", "▁20", "2002", ".", ",", "▁", "5", "%", "st", "1"] {
            assert!(free.contains(&ok), "{ok} after text: {free:?}");
        }
        for bad in ["8", "0", "4", "02", "000"] {
            assert!(!free.contains(&bad), "{bad} after text: {free:?}");
        }
        // "▁1" "8": only "0" goes on to 1804, or a separator (18.04 has its digits); nothing may
        // end the number yet.
        assert_eq!(allowed(&g, &p, &["▁el", "▁1", "8"]), vec!["0", ".", ","]);
        assert_eq!(allowed(&g, &p, &["▁el", "▁1", "8", "."]), vec!["0"]);
        // 1804 complete: it may end; no digit may follow (18040… is no source number).
        let done = allowed(&g, &p, &["▁1", "8", "0", "4"]);
        assert!(done.contains(&"</s>") && done.contains(&"▁el") && done.contains(&".") && done.contains(&"%"));
        assert!(!done.iter().any(|t| t.chars().next().is_some_and(|c| c.is_ascii_digit())), "{done:?}");
        // 20 + 02 = 2002 (a separator may sit between digits: 20.02 has the same digits).
        assert!(allowed(&g, &p, &["▁20"]).contains(&"02"));
        assert!(allowed(&g, &p, &["▁20", "."]).contains(&"02"));
        // "▁20" alone is no source number: the sentence may not end there.
        assert!(!allowed(&g, &p, &["▁20"]).contains(&"</s>"));
        // A separator then a non-digit ends the number: "5." then "▁" is 5 then punctuation.
        assert!(allowed(&g, &p, &["▁", "5", "."]).contains(&"▁"));
    }

    #[test]
    fn each_number_is_written_as_often_as_the_source_writes_it() {
        let (v, p) = vocab();
        let g = NumberGuard::new(v.clone(), "5 of 1804", 0).unwrap();
        assert!(allowed(&g, &p, &["▁el"]).contains(&"5"));
        assert!(!allowed(&g, &p, &["▁", "5", "▁el", "▁"]).contains(&"5"));
        assert!(allowed(&g, &p, &["▁", "5", "▁el"]).contains(&"▁1"));
        let twice = NumberGuard::new(v, "5 and 5", 0).unwrap();
        assert!(allowed(&twice, &p, &["▁", "5", "▁el", "▁"]).contains(&"5"));
        assert!(!allowed(&twice, &p, &["▁", "5", "▁el", "▁", "5", "▁"]).contains(&"5"));
    }

    #[test]
    fn a_source_without_numbers_allows_no_digits() {
        let (v, p) = vocab();
        let g = NumberGuard::new(v, "The price rose.", 0).unwrap();
        let free = allowed(&g, &p, &["▁el"]);
        assert_eq!(free, vec!["<pad>", "</s>", "▁el", ".", ",", "▁", "%", "st"]);
    }

    #[test]
    fn no_continuation_left_lets_the_number_end() {
        let (v, p) = vocab();
        let g = NumberGuard::new(v, "1804", 0).unwrap();
        let mut scores = vec![0f32; p.len()];
        // "0" (the only way on from "18.") already banned by another rule.
        scores[5] = f32::NEG_INFINITY;
        g.apply(&g.state(&ids(&p, &["▁1", "8", "."])), &mut scores, |i| i as u32, |t| Some(t as usize));
        assert!(scores[1].is_finite() && scores[2].is_finite(), "{scores:?}");
    }
}
