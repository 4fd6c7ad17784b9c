#!/usr/bin/env python3
"""Build a benchmark model of opus-mt-en-es size with random weights, in the layouts users
download, so that `edgemt bench` and onnxruntime (bench_onnxruntime.py) can be compared on the
same files.

Shape (Helsinki-NLP/opus-mt-en-es): MarianMTModel, d_model 512, 6 encoder + 6 decoder layers,
8 heads, FFN 2048, swish, vocab 65,001, 512 positions, tied embeddings. The tokenizer files are
the bundled model's (its ids are a subset of the 65,001); weights are random (seeded), so
`generation_config.json` sets `min_length = max_length`: every runtime decodes the same number
of steps whatever the output.

Layouts written under --out:
  optimum/      `optimum-cli export onnx --task text2text-generation-with-past --no-post-process`
                as the library does it (encoder_model.onnx, decoder_model.onnx,
                decoder_with_past_model.onnx), `_quantized` = onnxruntime `quantize_dynamic`
                per-channel QInt8, `_fp16` = onnxconverter-common with keep_io_types.
  js/           the transformers.js layout: config and tokenizer at the root, onnx/ with
                encoder_model{sfx}.onnx + decoder_model_merged{sfx}.onnx for sfx in "",
                _quantized, _uint8, _fp16, _q4 (build_variants.py's settings).

  --shortlist-only
                random-shortlist.bin: a binary shortlist of the same size class as Bergamot's
                (the 100 lowest ids + 50 random targets per source id), for timing a
                shortlisted step at this vocabulary size (`edgemt bench --shortlist FILE`).
                Random weights have no lexical table to estimate: outputs mean nothing, the
                candidate count (≈ 100 + 50 per source token) is what matters. Not picked up
                by default (the name is not lex.*.s2t.bin).

Usage: python models/tools/build_bench_model.py --out /tmp/opus-size   (needs torch, optimum)
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parent / "en-es-small"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--d-model", type=int, default=512)
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--heads", type=int, default=8)
    ap.add_argument("--ffn", type=int, default=2048)
    ap.add_argument("--vocab", type=int, default=65001)
    ap.add_argument("--max-positions", type=int, default=512)
    ap.add_argument("--length", type=int, default=33, help="min_length = max_length of generation_config")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--no-fp16", action="store_true")
    ap.add_argument("--js", action="store_true", help="also write the transformers.js layout under js/")
    ap.add_argument("--ct2-only", action="store_true", help="with --ct2: write only ct2-int8/")
    ap.add_argument("--ct2", action="store_true", help="also write CTranslate2 int8 under ct2-int8/ (needs ctranslate2)")
    ap.add_argument("--shortlist-only", action="store_true", help="write only random-shortlist.bin (see above)")
    args = ap.parse_args()

    if args.shortlist_only:
        import random

        from build_shortlist import write_binary
        rng = random.Random(args.seed)
        lists = [rng.sample(range(args.vocab - 1), 50) for _ in range(args.vocab)]
        args.out.mkdir(parents=True, exist_ok=True)
        size = write_binary(args.out / "random-shortlist.bin", 100, 50, lists)
        print(f"wrote {args.out / 'random-shortlist.bin'}: {size} bytes")
        return

    import torch
    from transformers import MarianConfig, MarianMTModel

    from build_fixture import export_onnx, quantize, to_fp16

    torch.manual_seed(args.seed)
    pad = args.vocab - 1
    cfg = MarianConfig(
        vocab_size=args.vocab, decoder_vocab_size=args.vocab, d_model=args.d_model,
        encoder_layers=args.layers, decoder_layers=args.layers,
        encoder_attention_heads=args.heads, decoder_attention_heads=args.heads,
        encoder_ffn_dim=args.ffn, decoder_ffn_dim=args.ffn, max_position_embeddings=args.max_positions,
        activation_function="swish", pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad,
        forced_eos_token_id=0, scale_embedding=True, share_encoder_decoder_embeddings=True,
        tie_word_embeddings=True, dropout=0.1,
    )
    model = MarianMTModel(cfg).eval()
    model.generation_config.update(
        max_length=args.length, min_length=args.length, num_beams=1, bad_words_ids=[[pad]],
        decoder_start_token_id=pad, pad_token_id=pad, eos_token_id=0, forced_eos_token_id=0,
    )
    if args.ct2:
        import ctranslate2
        from transformers import MarianTokenizer

        with tempfile.TemporaryDirectory() as tmp:
            pt = Path(tmp) / "pt"
            model.save_pretrained(pt)
            for f in ("source.spm", "target.spm"):
                shutil.copy(BUNDLED / f, pt / f)
            # CTranslate2 wants one vocabulary entry per logit: the bundled pieces, then
            # placeholders up to the model's 65,001 (never produced by the tokenizer).
            # `<pad>` moves to the last id (the model's pad_token_id), as in opus-mt vocabularies
            # (CTranslate2 drops that trailing `<pad>` row).
            vocab = json.loads((BUNDLED / "vocab.json").read_text())
            old_pad = vocab.pop("<pad>")
            vocab[f"<extra_{old_pad}>"] = old_pad
            for i in range(len(vocab), args.vocab - 1):
                vocab[f"<extra_{i}>"] = i
            vocab["<pad>"] = args.vocab - 1
            (pt / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
            MarianTokenizer(str(pt / "source.spm"), str(pt / "target.spm"), str(pt / "vocab.json")).save_pretrained(pt)
            conv = ctranslate2.converters.TransformersConverter(str(pt))
            conv.convert(str(args.out / "ct2-int8"), quantization="int8", force=True)
        print("ctranslate2", ctranslate2.__version__, "->", args.out / "ct2-int8")
        if args.ct2_only:
            return
    out = args.out / "optimum"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        pt = Path(tmp) / "pt"
        model.save_pretrained(pt)
        for f in ("source.spm", "target.spm", "vocab.json"):
            shutil.copy(BUNDLED / f, pt / f)
        export_onnx(pt, out)
        for f in ("source.spm", "target.spm", "vocab.json", "generation_config.json", "config.json"):
            shutil.copy(pt / f, out / f)
    quantize(out, out, per_channel=True)
    if not args.no_fp16:
        to_fp16(out)
    for extra in ("tokenizer_config.json", "special_tokens_map.json"):
        (out / extra).unlink(missing_ok=True)
    sizes = {p.name: p.stat().st_size for p in sorted(out.glob("*.onnx"))}
    print(json.dumps({"dir": str(out), "torch": torch.__version__, "onnx_bytes": sizes}, indent=1))
    if args.js:
        from onnxruntime.quantization import QuantType

        from build_variants import export_merged, merged_fp16, quantize_fp16, quantize_q4, quantize_q8

        js = args.out / "js"
        if js.exists():
            shutil.rmtree(js)
        (js / "onnx").mkdir(parents=True)
        with tempfile.TemporaryDirectory() as tmp:
            pt = Path(tmp) / "pt"
            model.save_pretrained(pt)
            export_merged(pt, Path(tmp) / "export")
            for part in ("encoder_model", "decoder_model_merged"):
                shutil.copy(Path(tmp) / "export" / f"{part}.onnx", js / "onnx" / f"{part}.onnx")
            merged_fp16(Path(tmp) / "export", js / "onnx" / "decoder_model_merged_fp16.onnx")
        for f in ("source.spm", "target.spm", "vocab.json", "generation_config.json", "config.json"):
            shutil.copy(out / f, js / f)
        for part in ("encoder_model", "decoder_model_merged"):
            f32 = js / "onnx" / f"{part}.onnx"
            quantize_q8(f32, js / "onnx" / f"{part}_quantized.onnx", QuantType.QInt8, reduce_range=True)
            quantize_q8(f32, js / "onnx" / f"{part}_uint8.onnx", QuantType.QUInt8, reduce_range=True)
            if part == "encoder_model":
                quantize_fp16(f32, js / "onnx" / f"{part}_fp16.onnx")
            quantize_q4(f32, js / "onnx" / f"{part}_q4.onnx")
        print(json.dumps({p.name: p.stat().st_size for p in sorted((js / "onnx").glob("*.onnx"))}, indent=1))


if __name__ == "__main__":
    main()
