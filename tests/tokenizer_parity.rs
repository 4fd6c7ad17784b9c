//! Tokenizer parity with Python sentencepiece + transformers' MarianTokenizer on the committed
//! corpus (Bible verses in English and Spanish, synthetic mixes with digits, emoji, CJK,
//! fullwidth forms, special tokens, language codes, odd whitespace).

mod common;

use edgemt::tokenizer::MarianTokenizer;

#[test]
fn ids_and_decoding_match_transformers() {
    let tok = MarianTokenizer::load(&common::model_dir()).unwrap();
    let text = std::fs::read_to_string(common::fixtures().join("refs/tokenizer.jsonl")).unwrap();
    let (mut n, mut bad_ids, mut bad_text) = (0, Vec::new(), Vec::new());
    for line in text.lines() {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let src = case["text"].as_str().unwrap();
        let want = common::ids(&case["ids"]);
        let got = tok.encode(src);
        if got != want {
            let pieces: Vec<_> = got.iter().map(|&i| tok.id_to_piece(i).unwrap_or("?")).collect();
            bad_ids.push(format!("{src:?}\n  got  {pieces:?}\n  want {}", case["pieces"]));
        }
        let decoded = tok.decode(&want);
        if decoded != case["decoded"].as_str().unwrap() {
            bad_text.push(format!("{src:?}: got {decoded:?}, want {}", case["decoded"]));
        }
        n += 1;
    }
    assert!(n >= 2000, "only {n} cases");
    assert!(bad_ids.is_empty(), "{} of {n} id mismatches:\n{}", bad_ids.len(), bad_ids.join("\n"));
    assert!(bad_text.is_empty(), "{} of {n} decode mismatches:\n{}", bad_text.len(), bad_text.join("\n"));
}
