#!/usr/bin/env python3
"""Build the test fixture: a tiny Marian model in the Optimum ONNX layout (briefly trained on
Bible pairs, see --train-seconds; 0 keeps random weights), its int8 and fp16 variants, and the
reference outputs the Rust tests compare against.

Everything here is reproducible from offline, public-domain data:
  * SentencePiece unigram model trained on Bible verses (World English Bible + Reina-Valera
    1909, see corpus.py), shared by source and target, Marian-style vocab.json on top;
  * MarianMTModel, seeded, trained for a few CPU minutes, exported with Optimum
    (text2text-generation-with-past, no merged decoder);
  * int8: onnxruntime quantize_dynamic, per-channel (and per-tensor in a second directory);
  * fp16: onnxconverter-common float16 conversion, keeping f32 inputs/outputs;
  * references: PyTorch `generate` token ids (greedy, beam 4 with n-best 2), transformers
    `generate` over onnxruntime (optimum ORTModelForSeq2SeqLM) for every precision,
    onnxruntime logits for the first decoder steps, Python sentencepiece + MarianTokenizer
    ids for >=2,000 varied strings.

Usage: python models/tools/build_fixture.py --out tests/fixtures
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import bible_pairs  # noqa: E402

SPECIAL_TEXTS = [
    "",
    "   ",
    "Hello, world!",
    "The animal didn't cross the street because it was too tired.",
    "  leading and trailing spaces  ",
    "multiple     internal \t\t spaces\tand tabs",
    "Price: 1,234.56 EUR (approx. $1,300) on 2024-03-15 at 10:45.",
    "Call +34 912 345 678 or email someone@example.org today!",
    "Emoji test 😀👍🏽🎉 and a heart ❤️.",
    "日本語のテキストと中文文本。",
    "한국어 문장입니다.",
    "Ελληνικά και עברית και العربية.",
    "àéîõü ñ Ç ß Æ ø å — «comillas» ¿Qué tal? ¡Bien!",
    "Fullwidth ＡＢＣ１２３ and ligature ﬁne ﬂow, superscript x² and ½.",
    "zero\u200bwidth\u200cjoiners\u200d and\u00a0nbsp",
    ">>es<< Translate this into Spanish.",
    ">>de<< Und das auf Deutsch.",
    "no code >>es<< in the middle",
    ">>es<<",
    "literal special tokens </s> and <unk> and <pad> inside",
    "</s>",
    "Line with a control\u0001char and a bell\u0007.",
    "ALL CAPS SENTENCE WITH NUMBERS 42 AND 007.",
    "mixed.punctuation...!!!???---___***",
    "URL: https://example.com/path?query=1&x=y#frag",
    "Tab\tseparated\tvalues\t1\t2\t3",
    "Ünïcödé dïäcrïtïcs everywhere: naïve café résumé coöperate.",
    "Unknown scripts: ᚠᚢᚦᚨᚱᚲ ⴰⵣⵓⵍ ꦲꦏ꧀ꦱꦫ",
    "Math: ∀x ∈ ℝ, x² ≥ 0 ⇒ √x² = |x|",
    "Quotes “curly” ‘single’ „low“ ‹angle› and `backticks`.",
]


def synthetic_texts(rng: random.Random, words: list[str], n: int) -> list[str]:
    extras = ["😀", "日本", "1,234", "3.14", "¿", "¡", "ñ", "—", "…", "€", "%", "#", "@", "ﬁ", "Ⅻ", "①",
              "  ", "\t", "Ａ", "x²", "»", "«", ">>es<<", "</s>", "<unk>", "é", "ü", "ẞ", "ǅ"]
    out = []
    for _ in range(n):
        k = rng.randint(1, 14)
        toks = [rng.choice(words) if rng.random() < 0.75 else rng.choice(extras) for _ in range(k)]
        sep = rng.choice([" ", " ", " ", "", "  "])
        out.append(sep.join(toks))
    return out


def train_spm(texts: list[str], prefix: Path, vocab_size: int, required_chars: str = "",
              split_digits: bool = False) -> None:
    """A unigram model over `texts`; `required_chars` are in the vocabulary whatever their count;
    `split_digits` makes every digit its own piece (numbers are then copied digit by digit)."""
    import sentencepiece as spm

    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(texts),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=0.9995,
        required_chars=required_chars,
        split_digits=split_digits,
        num_threads=2,
        input_sentence_size=len(texts),
        shuffle_input_sentence=False,
        minloglevel=2,
    )


def build_vocab(spm_path: Path) -> dict[str, int]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_path))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        if sp.is_control(i) or sp.is_unknown(i):
            continue
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    for code in (">>es<<", ">>de<<"):
        vocab[code] = len(vocab)
    vocab["<pad>"] = len(vocab)
    return vocab


def marian_config(vocab_size: int, pad: int, *, d_model: int, encoder_layers: int, decoder_layers: int,
                  heads: int, ffn: int, max_positions: int, **extra):
    """A MarianConfig with opus-mt's conventions: swish, scaled embeddings shared by encoder and
    decoder, `</s>` = 0, decoder start = `<pad>` (the last id), forced `</s>` at max_length.
    `extra` sets the rest (dropout, init_std, ...)."""
    from transformers import MarianConfig

    return MarianConfig(
        vocab_size=vocab_size, d_model=d_model, encoder_layers=encoder_layers, decoder_layers=decoder_layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions, activation_function="swish", scale_embedding=True,
        pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad, forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True, **extra,
    )


def generation_config(pad: int, max_length: int):
    """Marian's search defaults: beam 4, `<pad>` never generated, `</s>` forced at max_length."""
    from transformers import GenerationConfig

    return GenerationConfig(bad_words_ids=[[pad]], decoder_start_token_id=pad, eos_token_id=0,
                            forced_eos_token_id=0, max_length=max_length, num_beams=4, pad_token_id=pad)


def export_onnx(pt_dir: Path, out_dir: Path) -> None:
    from optimum.exporters.onnx import main_export

    main_export(str(pt_dir), str(out_dir), task="text2text-generation-with-past", no_post_process=True,
                do_validation=False)
    for merged in out_dir.glob("decoder_model_merged*.onnx"):
        merged.unlink()


ONNX_PARTS = ("encoder_model", "decoder_model", "decoder_with_past_model")


def quantize(model_dir: Path, out_dir: Path, per_channel: bool) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    for part in ONNX_PARTS:
        quantize_dynamic(str(model_dir / f"{part}.onnx"), str(out_dir / f"{part}_quantized.onnx"),
                         per_channel=per_channel, weight_type=QuantType.QInt8)


def to_fp16(model_dir: Path) -> None:
    # onnxruntime's converter (onnxconverter-common's leaves mixed f16/f32 Sub/Cast nodes in the
    # Marian attention-mask arithmetic that onnxruntime then refuses to load).
    import onnx
    from onnxruntime.transformers.float16 import convert_float_to_float16

    for part in ONNX_PARTS:
        m = onnx.load(str(model_dir / f"{part}.onnx"))
        m16 = convert_float_to_float16(m, keep_io_types=True)
        onnx.save(m16, str(model_dir / f"{part}_fp16.onnx"))


def quick_train(model, tok, pairs, seconds: float, pad: int, rng: random.Random, batch: int = 32) -> dict:
    """A short, time-boxed training run on real sentence pairs: not to make a useful translator,
    only so that the fixture emits </s> at sentence-dependent lengths and has peaked (robust)
    next-token distributions, like a real model."""
    import time

    import torch

    torch.set_num_threads(max(1, os.cpu_count() or 1))
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3)
    t0, step, loss_v = time.time(), 0, float("nan")
    while time.time() - t0 < seconds:
        b = rng.sample(pairs, batch)
        enc = tok([e for _, e, _ in b], text_target=[s for _, _, s in b], max_length=48, truncation=True,
                  padding=True, return_tensors="pt")
        labels = enc["labels"]
        labels[labels == pad] = -100
        loss = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"], labels=labels).loss
        loss.backward()
        opt.step()
        opt.zero_grad()
        step += 1
        loss_v = float(loss)
        if step % 100 == 0:
            print(f"train step {step} loss {loss_v:.3f} ({time.time() - t0:.0f}s)")
    model.eval()
    return {"steps": step, "seconds": round(time.time() - t0, 1), "final_loss": round(loss_v, 3)}


def ort_model(model_dir: Path, suffix: str):
    from optimum.onnxruntime import ORTModelForSeq2SeqLM

    return ORTModelForSeq2SeqLM.from_pretrained(
        str(model_dir),
        encoder_file_name=f"encoder_model{suffix}.onnx",
        decoder_file_name=f"decoder_model{suffix}.onnx",
        decoder_with_past_file_name=f"decoder_with_past_model{suffix}.onnx",
        use_cache=True, use_merged=False, provider="CPUExecutionProvider",
    )


def strip_output(seq: list[int], pad: int) -> list[int]:
    """generate() output minus the decoder start token and right padding (pad is never generated:
    it is a bad word)."""
    seq = seq[1:]
    while seq and seq[-1] == pad:
        seq.pop()
    return seq


def generate_refs(model, tok, sentences: list[str], pad: int) -> list[dict]:
    import torch

    out = []
    for s in sentences:
        enc = tok(s, return_tensors="pt")
        with torch.no_grad():
            g = model.generate(**enc, num_beams=1, do_sample=False, output_scores=True,
                               return_dict_in_generate=True)
            b = model.generate(**enc, num_beams=4, num_return_sequences=2, do_sample=False,
                               output_scores=True, return_dict_in_generate=True)
        greedy = strip_output(g.sequences[0].tolist(), pad)
        # Smallest gap between the best and second-best processed score along the greedy path:
        # how robust the reference is to rounding differences between runtimes.
        margin = min(float((sc[0].topk(2).values[0] - sc[0].topk(2).values[1])) for sc in g.scores)
        out.append({
            "text": s,
            "input_ids": enc["input_ids"][0].tolist(),
            "greedy": greedy,
            "greedy_min_margin": margin,
            "beam4_nbest2": [strip_output(x.tolist(), pad) for x in b.sequences],
            "beam4_scores": [float(x) for x in b.sequences_scores],
        })
    return out


def ort_logits(model_dir: Path, suffix: str, tok, sentences: list[str], steps: int) -> np.ndarray:
    """Raw onnxruntime sessions, no optimum: logits for the first `steps` decoder steps, feeding the
    argmax token each step (step 0 via decoder_model, then decoder_with_past_model)."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    sess = {p: ort.InferenceSession(str(model_dir / f"{p}{suffix}.onnx"), so,
                                    providers=["CPUExecutionProvider"]) for p in ONNX_PARTS}
    start = json.load(open(model_dir / "config.json"))["decoder_start_token_id"]
    all_logits = []
    for s in sentences:
        ids = np.array([tok(s)["input_ids"]], dtype=np.int64)
        mask = np.ones_like(ids)
        hidden = sess["encoder_model"].run(None, {"input_ids": ids, "attention_mask": mask})[0]
        dec = sess["decoder_model"]
        names = [o.name for o in dec.get_outputs()]
        res = dec.run(None, {"input_ids": np.array([[start]], dtype=np.int64),
                             "encoder_attention_mask": mask, "encoder_hidden_states": hidden})
        outs = dict(zip(names, res))
        logits = [outs["logits"][0, -1]]
        past = {k.replace("present", "past_key_values"): v for k, v in outs.items() if k.startswith("present")}
        wp = sess["decoder_with_past_model"]
        wp_names = [o.name for o in wp.get_outputs()]
        for _ in range(steps - 1):
            nxt = int(np.argmax(logits[-1]))
            feed = {"input_ids": np.array([[nxt]], dtype=np.int64), "encoder_attention_mask": mask}
            feed.update({i.name: past[i.name] for i in wp.get_inputs() if i.name.startswith("past_key_values")})
            res = dict(zip(wp_names, wp.run(None, feed)))
            logits.append(res["logits"][0, -1])
            for k, v in res.items():
                if k.startswith("present"):
                    past[k.replace("present", "past_key_values")] = v
        all_logits.append(np.stack(logits))
    return np.stack(all_logits).astype("<f4")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("tests/fixtures"))
    ap.add_argument("--name", default="tiny-marian")
    ap.add_argument("--vocab-size", type=int, default=8000, help="SentencePiece pieces")
    ap.add_argument("--d-model", type=int, default=64)
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--ffn", type=int, default=256)
    ap.add_argument("--max-positions", type=int, default=256)
    ap.add_argument("--max-length", type=int, default=48, help="generation_config max_length")
    ap.add_argument("--init-std", type=float, default=0.02)
    ap.add_argument("--train-seconds", type=float, default=480.0,
                    help="time-boxed CPU training on Bible pairs (0 = keep random weights)")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--model-only", action="store_true", help="skip references (e.g. for a bench model)")
    args = ap.parse_args()

    import torch
    from transformers import MarianMTModel, MarianTokenizer

    rng = random.Random(args.seed)
    torch.manual_seed(args.seed)
    pairs = bible_pairs()
    rng.shuffle(pairs)
    held_out, train = pairs[:400], pairs[400:]
    spm_texts = [e for _, e, _ in train[:12000]] + [s for _, _, s in train[:12000]]

    out_dir = args.out / args.name
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        train_spm(spm_texts, tmp / "spm", args.vocab_size)
        vocab = build_vocab(tmp / "spm.model")
        pad = vocab["<pad>"]
        pt_dir = tmp / "pt"
        pt_dir.mkdir()
        shutil.copy(tmp / "spm.model", pt_dir / "source.spm")
        shutil.copy(tmp / "spm.model", pt_dir / "target.spm")
        json.dump(vocab, open(pt_dir / "vocab.json", "w"), ensure_ascii=False, indent=0)

        cfg = marian_config(len(vocab), pad, d_model=args.d_model, encoder_layers=args.layers,
                            decoder_layers=args.layers, heads=args.heads, ffn=args.ffn,
                            max_positions=args.max_positions, init_std=args.init_std)
        model = MarianMTModel(cfg).eval()
        tok = MarianTokenizer(str(pt_dir / "source.spm"), str(pt_dir / "target.spm"), str(pt_dir / "vocab.json"))
        train_log = {}
        if args.train_seconds > 0:
            train_log = quick_train(model, tok, train, args.train_seconds, pad, rng)
            print("training:", train_log)
        model.generation_config = generation_config(pad, args.max_length)
        model.save_pretrained(pt_dir)
        tok.save_pretrained(pt_dir)

        export_onnx(pt_dir, out_dir)
        for f in ("source.spm", "target.spm", "vocab.json", "generation_config.json", "config.json"):
            shutil.copy(pt_dir / f, out_dir / f)
        quantize(out_dir, out_dir, per_channel=True)
        pt_dir_int8 = args.out / f"{args.name}-int8-per-tensor"
        if pt_dir_int8.exists():
            shutil.rmtree(pt_dir_int8)
        pt_dir_int8.mkdir()
        quantize(out_dir, pt_dir_int8, per_channel=False)
        for f in ("source.spm", "target.spm", "vocab.json", "generation_config.json", "config.json"):
            shutil.copy(out_dir / f, pt_dir_int8 / f)
        to_fp16(out_dir)
        # Optimum writes tokenizer/special-token files too; the runtime needs only the files above.
        for extra in ("tokenizer_config.json", "special_tokens_map.json"):
            (out_dir / extra).unlink(missing_ok=True)

        if args.model_only:
            return

        refs_dir = args.out / "refs"
        refs_dir.mkdir(exist_ok=True)

        # --- tokenizer parity corpus (>= 2,000 strings) ---
        words = sorted({w for _, e, s in pairs[:3000] for w in (e + " " + s).split()})
        texts = list(SPECIAL_TEXTS)
        texts += [e for _, e, _ in held_out[:1000]] + [s for _, _, s in held_out[:1000]]
        texts += [e for _, e, _ in train[:500]] + [s for _, _, s in train[:500]]
        texts += synthetic_texts(rng, words, 600)
        with open(refs_dir / "tokenizer.jsonl", "w") as f:
            for t in texts:
                ids = tok(t)["input_ids"]
                f.write(json.dumps({
                    "text": t, "ids": ids,
                    "pieces": tok.convert_ids_to_tokens(ids),
                    "decoded": tok.decode(ids, skip_special_tokens=True),
                }, ensure_ascii=False) + "\n")
        print("tokenizer cases:", len(texts))

        # --- generation references ---
        sentences = [e for _, e, _ in held_out[:40]] + SPECIAL_TEXTS[2:17] + [
            "In the beginning God created the heavens and the earth.",
        ]
        refs = {"max_length": args.max_length, "pad": pad, "eos": 0, "decoder_start": pad, "training": train_log}
        refs["torch_f32"] = generate_refs(model, tok, sentences, pad)
        print("torch f32: greedy lengths", [len(r["greedy"]) for r in refs["torch_f32"]])
        print("torch f32: min greedy margin", min(r["greedy_min_margin"] for r in refs["torch_f32"]))
        model16 = MarianMTModel.from_pretrained(pt_dir, torch_dtype=torch.float16).eval()
        refs["torch_fp16"] = generate_refs(model16, tok, sentences, pad)
        for name, suffix in (("f32", ""), ("int8", "_quantized"), ("fp16", "_fp16")):
            refs[f"ort_{name}"] = generate_refs(ort_model(out_dir, suffix), tok, sentences, pad)
        refs["ort_int8_per_tensor"] = generate_refs(ort_model(pt_dir_int8, "_quantized"), tok, sentences, pad)
        for a, b in (("torch_f32", "ort_f32"), ("torch_f32", "ort_int8"), ("torch_fp16", "ort_fp16"),
                     ("torch_f32", "ort_fp16")):
            same_g = sum(x["greedy"] == y["greedy"] for x, y in zip(refs[a], refs[b]))
            same_b = sum(x["beam4_nbest2"] == y["beam4_nbest2"] for x, y in zip(refs[a], refs[b]))
            line = f"{a} vs {b}: greedy {same_g}/{len(sentences)}, beam {same_b}/{len(sentences)} identical"
            refs.setdefault("agreement", []).append(line)
            print(line)
        json.dump(refs, open(refs_dir / "generate.json", "w"), ensure_ascii=False)

        # --- onnxruntime logits for the first decoder steps ---
        logit_sentences = sentences[:6]
        meta = {"sentences": logit_sentences, "steps": 3, "vocab": len(vocab), "files": {}}
        for name, suffix, d in (("f32", "", out_dir), ("int8", "_quantized", out_dir),
                                ("fp16", "_fp16", out_dir), ("int8_per_tensor", "_quantized", pt_dir_int8)):
            arr = ort_logits(d, suffix, tok, logit_sentences, 3)
            fname = f"logits_{name}.f32"
            arr.tofile(refs_dir / fname)
            meta["files"][name] = fname
        json.dump(meta, open(refs_dir / "logits.json", "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
