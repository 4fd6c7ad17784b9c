//! Splitting text that is too long for the model's positions at sentence boundaries.

use crate::error::{Error, Result};

/// Sentence-final punctuation (Latin, CJK fullwidth, ellipsis).
const FINAL: &[char] = &['.', '!', '?', '。', '！', '？', '…', ';', '；'];
/// Characters that may follow the final punctuation inside the sentence (closing quotes and
/// brackets).
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '」', '』'];

/// Splits `text` into sentences: after final punctuation (and any closing quotes) that is
/// followed by whitespace, after CJK full stops, and at line breaks. Pieces are trimmed; empty
/// ones dropped.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let mut cut = None;
        if c == '\n' || c == '\r' {
            cut = Some((pos, pos + c.len_utf8()));
        } else if FINAL.contains(&c) {
            let mut j = i + 1;
            while j < chars.len() && (FINAL.contains(&chars[j].1) || CLOSERS.contains(&chars[j].1)) {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            let cjk = matches!(c, '。' | '！' | '？' | '；');
            if j == chars.len() || chars[j].1.is_whitespace() || cjk {
                cut = Some((end, end));
                i = j.saturating_sub(1);
            }
        }
        if let Some((end, next)) = cut {
            let piece = text[start..end].trim();
            if !piece.is_empty() {
                out.push(piece);
            }
            start = next;
        }
        i += 1;
    }
    let piece = text[start..].trim();
    if !piece.is_empty() {
        out.push(piece);
    }
    out
}

/// Pieces of `text` each of at most `limit` tokens by `count`: the whole text when it fits,
/// otherwise consecutive sentences packed greedily. A sentence over the limit on its own is
/// [`Error::SentenceTooLong`].
pub fn fit_chunks(text: &str, limit: usize, count: impl Fn(&str) -> usize) -> Result<Vec<String>> {
    let whole = count(text);
    if whole <= limit {
        return Ok(vec![text.to_string()]);
    }
    let mut chunks = Vec::new();
    let mut current = String::new();
    for s in sentences(text) {
        if !current.is_empty() {
            let candidate = format!("{current} {s}");
            if count(&candidate) <= limit {
                current = candidate;
                continue;
            }
            chunks.push(std::mem::take(&mut current));
        }
        let n = count(s);
        if n > limit {
            return Err(Error::SentenceTooLong { tokens: n, limit });
        }
        current = s.to_string();
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    log::info!("input of {whole} tokens split into {} chunks of at most {limit}", chunks.len());
    Ok(chunks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            sentences("He said “Stop.” Then left! Version 3.5 is out? Yes…  Done"),
            vec!["He said “Stop.”", "Then left!", "Version 3.5 is out?", "Yes…", "Done"]
        );
        assert_eq!(sentences("一つ。二つ。\nthree"), vec!["一つ。", "二つ。", "three"]);
    }

    #[test]
    fn packs_sentences_and_refuses_one_too_long() {
        let words = |s: &str| s.split_whitespace().count();
        let text = "a b c. d e. f g h i. j.";
        assert_eq!(fit_chunks(text, 100, words).unwrap(), vec![text]);
        assert_eq!(fit_chunks(text, 5, words).unwrap(), vec!["a b c. d e.", "f g h i. j."]);
        match fit_chunks(text, 3, words) {
            Err(Error::SentenceTooLong { tokens: 4, limit: 3 }) => {}
            other => panic!("{other:?}"),
        }
    }
}
