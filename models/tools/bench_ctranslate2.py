#!/usr/bin/env python3
"""CTranslate2 baseline for `edgemt bench`: the same sentences, one thread, greedy, the same
min/max length as the model's generation_config.json (min_length = max_length for the random
benchmark model, so every runtime decodes the same number of steps). CTranslate2 does not
expose the encoder alone: it reports end-to-end time and tokens/s.

    python models/tools/bench_ctranslate2.py --model CT2_DIR --tokenizer OPTIMUM_DIR [--max-len 33] [--beam 4] [--compute-type float32]
"""
import argparse
import json
import time
from pathlib import Path

import ctranslate2
from transformers import MarianTokenizer

from bench_onnxruntime import SENTENCES, peak_rss_mb, print_sentence_stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, required=True, help="CTranslate2 model directory")
    ap.add_argument("--tokenizer", type=Path, required=True, help="directory with source/target.spm, vocab.json, generation_config.json")
    ap.add_argument("--file", type=Path)
    ap.add_argument("--max-len", type=int)
    ap.add_argument("--beam", type=int, default=1)
    ap.add_argument("--compute-type", default="int8", help="int8, float32, ...")
    args = ap.parse_args()
    d = args.tokenizer
    sentences = [l for l in args.file.read_text().splitlines() if l.strip()] if args.file else SENTENCES
    gen = json.loads((d / "generation_config.json").read_text())
    max_len = args.max_len or gen.get("max_length", 20)
    min_len = min(gen.get("min_length", 0) or 0, max_len)
    tok = MarianTokenizer(str(d / "source.spm"), str(d / "target.spm"), str(d / "vocab.json"))
    t0 = time.perf_counter()
    tr = ctranslate2.Translator(str(args.model), device="cpu", compute_type=args.compute_type, inter_threads=1, intra_threads=1)
    load_ms = (time.perf_counter() - t0) * 1e3
    sources = [tok.convert_ids_to_tokens(tok(s)["input_ids"]) for s in sentences]
    tokens, wall, sentence_ms = 0, 0.0, []
    for src in sources:
        t = time.perf_counter()
        # max/min_decoding_length count generated tokens (the start token excluded).
        out = tr.translate_batch([src], beam_size=args.beam, max_decoding_length=max_len - 1,
                                 min_decoding_length=max(min_len - 1, 0))
        wall += time.perf_counter() - t
        sentence_ms.append((time.perf_counter() - t) * 1e3)
        # Decoder steps, as edgemt and onnxruntime count them: one per token, `</s>` included
        # when it ended the hypothesis before the length limit.
        n = len(out[0].hypotheses[0])
        tokens += n + (1 if n < max_len - 1 else 0)
    print(f"model {args.model} backend ctranslate2-{ctranslate2.__version__} {args.compute_type} (1 thread) beam {args.beam}")
    print(f"load_ms {load_ms:.1f}")
    print(f"sentences {len(sentences)} generated_tokens {tokens}")
    print(f"tokens_per_s_wall {tokens / wall:.1f} ms_per_sentence {wall / len(sentences) * 1e3:.2f}")
    print_sentence_stats(sentence_ms, wall)
    print(f"peak_rss_mb {peak_rss_mb():.1f}")


if __name__ == "__main__":
    main()
