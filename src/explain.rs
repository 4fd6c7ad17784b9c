//! Alignments from the encoder–decoder attention: which source pieces each output piece looked
//! at when it was chosen, grouped into words (Pharaoh `s-t` pairs, as fast_align and Marian print
//! them), and an SVG heatmap of the weights.

use crate::tokenizer::SPACE_SYMBOL;

/// Which encoder–decoder attention an alignment reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AlignmentSpec {
    /// Decoder layer, from 0 (`None`: the last).
    pub layer: Option<usize>,
    /// Attention head, from 0 (`None`: the mean over the heads).
    pub head: Option<usize>,
}

/// The attention picture of one translated sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceAlignment {
    /// Source pieces (`</s>` included).
    pub source: Vec<String>,
    /// Output pieces (`</s>` included when generated).
    pub target: Vec<String>,
    /// `[target][source]` attention weights (each row sums to 1).
    pub weights: Vec<f32>,
    /// Source words (pieces joined; special pieces are no word).
    pub source_words: Vec<String>,
    /// Output words.
    pub target_words: Vec<String>,
    /// `(source word, target word)`: each output word aligned to the source word its pieces
    /// gave the most weight (summed over the source word's pieces, averaged over its own).
    pub words: Vec<(usize, usize)>,
}

/// Word index of every piece (`None` for special pieces such as `</s>`) and the words: a word
/// starts at a piece beginning with `▁` or after a special piece.
fn words(pieces: &[String], special: impl Fn(usize) -> bool) -> (Vec<Option<usize>>, Vec<String>) {
    let (mut of, mut words): (Vec<Option<usize>>, Vec<String>) = (Vec::new(), Vec::new());
    let mut open = false;
    for (i, p) in pieces.iter().enumerate() {
        if special(i) {
            of.push(None);
            open = false;
            continue;
        }
        if !open || p.starts_with(SPACE_SYMBOL) || words.is_empty() {
            words.push(String::new());
        }
        open = true;
        words.last_mut().expect("pushed").push_str(p.trim_start_matches(SPACE_SYMBOL));
        of.push(Some(words.len() - 1));
    }
    (of, words)
}

impl SentenceAlignment {
    /// Builds the word alignment of `weights` (`[target.len()][source.len()]`); `src_special`
    /// / `tgt_special` say which pieces are special.
    pub fn new(
        source: Vec<String>,
        target: Vec<String>,
        weights: Vec<f32>,
        src_special: impl Fn(usize) -> bool,
        tgt_special: impl Fn(usize) -> bool,
    ) -> SentenceAlignment {
        let (s, t) = (source.len(), target.len());
        assert_eq!(weights.len(), s * t);
        let (src_of, source_words) = words(&source, src_special);
        let (tgt_of, target_words) = words(&target, tgt_special);
        let mut mass = vec![0f32; source_words.len()];
        let mut pairs = Vec::new();
        for tw in 0..target_words.len() {
            mass.iter_mut().for_each(|m| *m = 0.0);
            let rows: Vec<usize> = (0..t).filter(|&r| tgt_of[r] == Some(tw)).collect();
            for &r in &rows {
                for (c, &w) in weights[r * s..][..s].iter().enumerate() {
                    if let Some(sw) = src_of[c] {
                        mass[sw] += w / rows.len() as f32;
                    }
                }
            }
            let best = mass.iter().enumerate().fold(None, |b: Option<(usize, f32)>, (i, &m)| match b {
                Some((_, bm)) if bm >= m => b,
                _ => Some((i, m)),
            });
            if let Some((sw, _)) = best {
                pairs.push((sw, tw));
            }
        }
        SentenceAlignment { source, target, weights, source_words, target_words, words: pairs }
    }

    /// Room for the labels: (left, top).
    fn labels(&self) -> (usize, usize) {
        let longest = |v: &[String]| v.iter().map(|p| p.chars().count()).max().unwrap_or(1).max(4);
        (8 * longest(&self.target) + 16, 8 * longest(&self.source) + 40)
    }

    /// Width and height of [`SentenceAlignment::svg`]'s picture.
    pub fn size(&self) -> (usize, usize) {
        let (label_w, label_h) = self.labels();
        (label_w + self.source.len() * 26 + 10, label_h + self.target.len() * 26 + 10)
    }

    /// The most-attended source piece of every output piece.
    pub fn argmax(&self) -> Vec<usize> {
        let s = self.source.len();
        self.weights
            .chunks_exact(s.max(1))
            .map(|row| row.iter().enumerate().fold(0, |b, (i, &w)| if w > row[b] { i } else { b }))
            .collect()
    }

    /// A self-contained SVG heatmap: source pieces across the top, output pieces down the
    /// left, one cell per weight (white 0 → dark blue 1), the weight in each cell's tooltip.
    pub fn svg(&self, title: &str) -> String {
        let (w, h) = self.size();
        let w = w.max(title_width(title));
        format!("{}<title>{}</title>\n{}</svg>\n", svg_open(w, h), esc(title), self.svg_body(title))
    }

    /// The heatmap's elements (a title line, labels, cells), for [`SentenceAlignment::svg`]
    /// and [`svg_document`].
    fn svg_body(&self, title: &str) -> String {
        const CELL: usize = 26;
        let s = self.source.len();
        let (label_w, label_h) = self.labels();
        let mut o = String::new();
        o.push_str(&format!("<text x=\"4\" y=\"16\" font-weight=\"bold\">{}</text>\n", esc(title)));
        for (c, p) in self.source.iter().enumerate() {
            let (x, y) = (label_w + c * CELL + CELL / 2 + 4, label_h - 6);
            o.push_str(&format!(
                "<text class=\"source\" x=\"{x}\" y=\"{y}\" transform=\"rotate(-60 {x} {y})\">{}</text>\n",
                esc(&shown(p))
            ));
        }
        for (r, p) in self.target.iter().enumerate() {
            let y = label_h + r * CELL + CELL / 2 + 5;
            o.push_str(&format!(
                "<text class=\"target\" x=\"{}\" y=\"{y}\" text-anchor=\"end\">{}</text>\n",
                label_w - 6,
                esc(&shown(p))
            ));
            for c in 0..s {
                let v = self.weights[r * s + c].clamp(0.0, 1.0);
                let shade = |from: f32, to: f32| (from + (to - from) * v).round() as u8;
                o.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{CELL}\" height=\"{CELL}\" fill=\"rgb({},{},{})\"><title>{} → {}: {:.3}</title></rect>\n",
                    label_w + c * CELL,
                    label_h + r * CELL,
                    shade(255.0, 8.0),
                    shade(255.0, 48.0),
                    shade(255.0, 107.0),
                    esc(&self.target[r]),
                    esc(&self.source[c]),
                    self.weights[r * s + c]
                ));
            }
        }
        o
    }
}

/// A piece as a label: SentencePiece's word-start mark `▁` shown as `_` (fonts without it
/// draw nothing).
fn shown(piece: &str) -> String {
    piece.replace(SPACE_SYMBOL, "_")
}

/// XML text escaping.
fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => o.push('\u{FFFD}'),
            c => o.push(c),
        }
    }
    o
}

/// Pixels the bold title line takes (about 8 per character at 13 px).
fn title_width(title: &str) -> usize {
    8 * title.chars().count() + 10
}

/// The opening tag of a standalone SVG document of `w` × `h` pixels.
fn svg_open(w: usize, h: usize) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"sans-serif\" font-size=\"13\">\n"
    )
}

/// One SVG document with every sentence's heatmap ([`SentenceAlignment::svg`]) one below the
/// other.
pub fn svg_document(sentences: &[SentenceAlignment], title: &str) -> String {
    let w = sentences.iter().map(|a| a.size().0).max().unwrap_or(100).max(title_width(title));
    let h: usize = sentences.iter().map(|a| a.size().1).sum::<usize>().max(20);
    let mut o = format!("{}<title>{}</title>\n", svg_open(w, h), esc(title));
    let mut y = 0;
    for (i, a) in sentences.iter().enumerate() {
        let label = if sentences.len() > 1 { format!("sentence {}", i + 1) } else { title.to_string() };
        o.push_str(&format!("<g transform=\"translate(0,{y})\">\n{}</g>\n", a.svg_body(&label)));
        y += a.size().1;
    }
    o.push_str("</svg>\n");
    o
}

/// A small self-contained HTML page: the source text, the translation, the Pharaoh line, each
/// output word with the source word it looked at most, and the heatmaps ([`svg_document`]).
/// Well-formed XML too (XHTML), so it can be checked and transformed as such.
pub fn html_document(source: &str, translation: &str, sentences: &[SentenceAlignment]) -> String {
    let mut o = String::from(
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n",
    );
    o.push_str(&format!("<title>{}</title>\n", esc(translation)));
    o.push_str(
        "<style>body{font-family:sans-serif;margin:2em}td,th{padding:2px 10px;text-align:left}code{background:#eef}</style>\n</head>\n<body>\n",
    );
    o.push_str(&format!("<p class=\"source\">{}</p>\n", esc(source)));
    o.push_str(&format!("<p class=\"translation\"><b>{}</b></p>\n", esc(translation)));
    o.push_str(&format!("<p>Alignment (Pharaoh): <code>{}</code></p>\n", esc(&pharaoh(sentences))));
    o.push_str("<table>\n<tr><th>output word</th><th>looked at</th></tr>\n");
    for a in sentences {
        for &(s, t) in &a.words {
            o.push_str(&format!("<tr><td>{}</td><td>{}</td></tr>\n", esc(&a.target_words[t]), esc(&a.source_words[s])));
        }
    }
    o.push_str("</table>\n");
    o.push_str(&svg_document(sentences, &format!("{source} → {translation}")));
    o.push_str("</body>\n</html>\n");
    o
}

/// Pharaoh format over several sentences: `s-t` pairs with word indices counted across the
/// sentences, space-separated.
pub fn pharaoh(sentences: &[SentenceAlignment]) -> String {
    let (mut so, mut to) = (0, 0);
    let mut out = Vec::new();
    for a in sentences {
        out.extend(a.words.iter().map(|&(s, t)| format!("{}-{}", s + so, t + to)));
        so += a.source_words.len();
        to += a.target_words.len();
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_group_into_words_and_align() {
        let src: Vec<String> = ["▁The", "▁cat", "s", "</s>"].iter().map(|s| s.to_string()).collect();
        let tgt: Vec<String> = ["▁Los", "▁gat", "os", "</s>"].iter().map(|s| s.to_string()).collect();
        #[rustfmt::skip]
        let w = vec![
            0.7, 0.1, 0.1, 0.1,
            0.1, 0.5, 0.3, 0.1,
            0.1, 0.2, 0.6, 0.1,
            0.1, 0.1, 0.1, 0.7,
        ];
        let a = SentenceAlignment::new(src, tgt, w, |i| i == 3, |i| i == 3);
        assert_eq!(a.source_words, ["The", "cats"]);
        assert_eq!(a.target_words, ["Los", "gatos"]);
        assert_eq!(a.words, [(0, 0), (1, 1)]);
        assert_eq!(a.argmax(), [0, 1, 2, 3]);
        assert_eq!(pharaoh(&[a.clone(), a]), "0-0 1-1 2-2 3-3");
        assert_eq!(esc("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
