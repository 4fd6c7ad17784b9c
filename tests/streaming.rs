//! One pipeline for every way of translating: sentences split and joined, tokens streamed to
//! an observer (greedy as decided, beam at the end of each sentence), cancellation with the
//! text so far, and the CLI's `--stream`, `--input`/`--output` and `--no-split` on top of it.

mod common;

use edgemt::{Error, Flow, Precision, TokenEvent, TranslateOptions, Translator};

fn inputs(t: &Translator) -> Vec<String> {
    let refs = common::refs("generate.json");
    let mut v: Vec<String> =
        refs["torch_f32"].as_array().unwrap().iter().take(12).map(|c| c["text"].as_str().unwrap().into()).collect();
    // Under emulation (ARM CI, about 30× slower) fewer of the reference sentences.
    if !cfg!(target_arch = "x86_64") {
        v.truncate(3);
    }
    v.push("Save the document before closing. The file could not be opened! Try again?".into());
    v.push("  Two lines.\nAnd a second one.  ".into());
    assert!(v.iter().all(|s| !t.tokenizer().encode(s).is_empty()));
    v
}

fn observe(t: &Translator, text: &str, opts: &TranslateOptions) -> (Vec<(usize, u32, String)>, edgemt::Translation) {
    let mut events = Vec::new();
    let mut obs = |e: TokenEvent<'_>| {
        assert_eq!(t.tokenizer().id_to_piece(e.id).unwrap_or(""), e.piece);
        events.push((e.sentence, e.id, e.text.to_string()));
        Flow::Continue
    };
    let tr = t.translate_observed(text, opts, &mut obs).unwrap();
    (events, tr)
}

#[test]
fn streamed_tokens_are_the_translation() {
    for model in [common::model_dir(), std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models/en-es-small")]
    {
        let t = common::load(&model, Precision::Int8);
        for beams in [1, 4] {
            let opts = TranslateOptions { num_beams: Some(beams), ..Default::default() };
            for text in inputs(&t) {
                let (events, tr) = observe(&t, &text, &opts);
                assert_eq!(tr, t.translate(&text, &opts).unwrap(), "observing changes nothing");
                let joined: String = events.iter().map(|e| e.2.as_str()).collect();
                assert_eq!(joined, tr.best(), "{text:?} beam {beams}");
                let ids: Vec<u32> = events.iter().map(|e| e.1).collect();
                assert_eq!(ids, tr.hypotheses[0].tokens, "{text:?}");
                let last = events.last().map_or(0, |e| e.0);
                assert!(events.windows(2).all(|w| w[0].0 <= w[1].0) && last + 1 == tr.chunks, "{text:?}");
            }
        }
    }
}

#[test]
fn stopping_cancels_with_the_text_so_far() {
    let t = common::load(&common::model_dir(), Precision::Int8);
    let text = "Save the document before closing. The file could not be opened! Try again?";
    for beams in [1, 4] {
        let opts = TranslateOptions { num_beams: Some(beams), ..Default::default() };
        let full = t.translate(text, &opts).unwrap();
        let n = full.hypotheses[0].tokens.len();
        for stop_at in [1, 2, n / 2, n - 1] {
            let mut seen = String::new();
            let mut count = 0;
            let mut obs = |e: TokenEvent<'_>| {
                seen.push_str(e.text);
                count += 1;
                if count == stop_at { Flow::Stop } else { Flow::Continue }
            };
            match t.translate_observed(text, &opts, &mut obs) {
                Err(Error::Cancelled { partial }) => {
                    assert_eq!(partial, seen, "beam {beams}, stopped after {stop_at}");
                    assert!(full.best().starts_with(&partial));
                }
                r => panic!("beam {beams}, stop after {stop_at}: {r:?}"),
            }
        }
    }
}

#[test]
fn sentences_are_translated_one_by_one_unless_asked_not_to() {
    let t = common::load(&common::model_dir(), Precision::Int8);
    let (a, b) = ("Save the document before closing.", "The file could not be opened!");
    let opts = TranslateOptions::default();
    let both = t.translate(&format!("{a} {b}"), &opts).unwrap();
    let (ta, tb) = (t.translate(a, &opts).unwrap(), t.translate(b, &opts).unwrap());
    assert_eq!(both.chunks, 2);
    assert_eq!(both.best(), format!("{} {}", ta.best(), tb.best()));
    let mut tokens = ta.hypotheses[0].tokens.clone();
    tokens.extend(&tb.hypotheses[0].tokens);
    assert_eq!(both.hypotheses[0].tokens, tokens);
    let whole = t.translate(&format!("{a} {b}"), &TranslateOptions { no_split: true, ..opts.clone() }).unwrap();
    assert_eq!(whole.chunks, 1);
    let ids = t.tokenizer().encode(&format!("{a} {b}"));
    let p = t.search_params(&opts).unwrap();
    assert_eq!(whole.hypotheses[0].tokens, t.translate_ids(&ids, &p).unwrap()[0].tokens);
}

#[test]
fn text_stream_joins_to_decode() {
    // Any ids, specials and whitespace pieces included: the streamed texts joined are decode().
    let t = common::load(&common::model_dir(), Precision::Int8);
    let tok = t.tokenizer();
    let n = t.vocab_size() as u32;
    let mut x = 0x9E37_79B9u32;
    for len in 0..400 {
        let ids: Vec<u32> = (0..len % 23)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                if x.is_multiple_of(7) { [0, 1, n - 1][(x / 7 % 3) as usize] } else { x % n }
            })
            .collect();
        let mut s = edgemt::tokenizer::TextStream::new();
        let joined: String = ids.iter().map(|&id| s.push(tok, id).to_string()).collect();
        assert_eq!(joined, tok.decode(&ids), "{ids:?}");
    }
}

#[test]
fn cli_streams_and_translates_files() {
    let m = common::model_dir();
    let m = m.to_str().unwrap();
    let text = "Save the document before closing. The file could not be opened!";
    let (code, plain, _) = common::run_cli(&["translate", "--model", m, text], b"");
    assert_eq!(code, 0);
    for beam in ["1", "4"] {
        let (code, streamed, err) =
            common::run_cli(&["translate", "--model", m, "--beam", beam, "--stream", text], b"");
        assert_eq!(code, 0, "{err}");
        let (_, want, _) = common::run_cli(&["translate", "--model", m, "--beam", beam, text], b"");
        assert_eq!(streamed, want, "--stream --beam {beam}");
    }
    let (_, whole, _) = common::run_cli(&["translate", "--model", m, "--no-split", text], b"");
    let t = common::load(&common::model_dir(), Precision::Int8);
    let opts = TranslateOptions { no_split: true, ..Default::default() };
    assert_eq!(whole.trim_end(), t.translate(text, &opts).unwrap().best());

    // --input/--output: the same lines as stdin gives, the rates on stderr.
    let dir = common::tempdir();
    let (input, output) = (dir.path().join("in.txt"), dir.path().join("out.txt"));
    let lines = format!("{text}\n\nOpen the file.\n\u{ff}\n");
    std::fs::write(&input, lines.replace('\u{ff}', "")).unwrap();
    let (code, stdout_lines, _) = common::run_cli(&["translate", "--model", m], lines.replace('\u{ff}', "").as_bytes());
    assert_eq!(code, 0);
    let (code, out, err) = common::run_cli(
        &["translate", "--model", m, "--input", input.to_str().unwrap(), "--output", output.to_str().unwrap()],
        b"",
    );
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert_eq!(std::fs::read_to_string(&output).unwrap(), stdout_lines);
    assert!(err.contains("4 lines in") && err.contains("sentences/s") && err.contains("tokens/s"), "{err}");
    assert!(stdout_lines.starts_with(plain.trim_end()));
    // Mistakes name what is wrong.
    let (code, _, err) = common::run_cli(&["translate", "--model", m, "--input", "/nonexistent/in.txt"], b"");
    assert!(code == 1 && err.contains("/nonexistent/in.txt"), "{err}");
    let (code, _, err) =
        common::run_cli(&["translate", "--model", m, "--stream", "--beam", "2", "--n-best", "2", "x"], b"");
    assert!(code == 1 && err.contains("--stream"), "{err}");
    let (code, _, err) = common::run_cli(&["translate", "--model", m, "--input", input.to_str().unwrap(), "x"], b"");
    assert!(code == 1 && err.contains("--input"), "{err}");
}
