#!/usr/bin/env python3
"""onnxruntime baseline for `edgemt bench`: the same ONNX files, one thread, the same greedy
loop (decoder_model for the first step, decoder_with_past_model after, argmax, stop at </s> or
max_length, `</s>` masked before min_length as transformers does), printing the same columns.

    python models/tools/bench_onnxruntime.py --model DIR --precision int8 [--file sentences.txt] [--max-len 33]
"""
import argparse
import json
import resource
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort
from transformers import MarianTokenizer

SENTENCES = [
    "In the beginning God created the heavens and the earth.",
    "The animal didn't cross the street because it was too tired.",
    "Open the file and save your changes before closing the window.",
    "He said that the people would come back to the city in the morning.",
    "Please enter a valid email address.",
]
SUFFIX = {"f32": "", "int8": "_quantized", "fp16": "_fp16"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--precision", default="int8", choices=SUFFIX)
    ap.add_argument("--file", type=Path)
    ap.add_argument("--max-len", type=int)
    args = ap.parse_args()
    d = args.model
    sentences = [l for l in args.file.read_text().splitlines() if l.strip()] if args.file else SENTENCES
    cfg = json.loads((d / "config.json").read_text())
    gen = json.loads((d / "generation_config.json").read_text())
    max_len = args.max_len or gen.get("max_length", 20)
    min_len = min(gen.get("min_length", 0) or 0, max_len)
    start, eos, pad = cfg["decoder_start_token_id"], cfg["eos_token_id"], cfg["pad_token_id"]
    tok = MarianTokenizer(str(d / "source.spm"), str(d / "target.spm"), str(d / "vocab.json"))

    t0 = time.perf_counter()
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    sfx = SUFFIX[args.precision]
    enc = ort.InferenceSession(str(d / f"encoder_model{sfx}.onnx"), so, providers=["CPUExecutionProvider"])
    dec = ort.InferenceSession(str(d / f"decoder_model{sfx}.onnx"), so, providers=["CPUExecutionProvider"])
    wp = ort.InferenceSession(str(d / f"decoder_with_past_model{sfx}.onnx"), so, providers=["CPUExecutionProvider"])
    load_ms = (time.perf_counter() - t0) * 1e3
    dec_out = [o.name for o in dec.get_outputs()]
    wp_out = [o.name for o in wp.get_outputs()]
    wp_past = [i.name for i in wp.get_inputs() if i.name.startswith("past_key_values")]

    enc_ms, steps, tokens = [], [], 0
    wall0 = time.perf_counter()
    for s in sentences:
        ids = np.array([tok(s)["input_ids"]], dtype=np.int64)
        mask = np.ones_like(ids)
        t = time.perf_counter()
        hidden = enc.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        enc_ms.append((time.perf_counter() - t) * 1e3)
        cur, past, n = start, None, 1
        while n < max_len:
            t = time.perf_counter()
            if past is None:
                out = dict(zip(dec_out, dec.run(None, {"input_ids": np.array([[cur]], dtype=np.int64),
                                                        "encoder_attention_mask": mask,
                                                        "encoder_hidden_states": hidden})))
                past = {k.replace("present", "past_key_values"): v for k, v in out.items() if k.startswith("present")}
            else:
                feed = {"input_ids": np.array([[cur]], dtype=np.int64), "encoder_attention_mask": mask}
                feed.update({k: past[k] for k in wp_past})
                out = dict(zip(wp_out, wp.run(None, feed)))
                for k, v in out.items():
                    if k.startswith("present"):
                        past[k.replace("present", "past_key_values")] = v
            logits = out["logits"][0, -1].astype(np.float32)
            logits[pad] = -np.inf
            if n < min_len:
                logits[eos] = -np.inf
            if n == max_len - 1:
                logits[:] = -np.inf
                logits[eos] = 0
            cur = int(np.argmax(logits))
            steps.append((time.perf_counter() - t) * 1e3)
            n += 1
            tokens += 1
            if cur == eos:
                break
    wall = time.perf_counter() - wall0
    ms = sorted(steps)
    print(f"model {d} precision {args.precision} backend onnxruntime-{ort.__version__} (1 thread)")
    print(f"load_ms {load_ms:.1f}")
    print(f"sentences {len(sentences)} generated_tokens {tokens} decoder_steps {len(steps)}")
    print(f"encoder_ms_mean {sum(enc_ms) / len(enc_ms):.3f}")
    print(f"step_ms_p50 {ms[len(ms) // 2]:.3f} step_ms_p95 {ms[int((len(ms) - 1) * 0.95)]:.3f} "
          f"step_ms_mean {sum(ms) / len(ms):.3f}")
    print(f"tokens_per_s_steps {tokens / (sum(ms) / 1e3):.1f} tokens_per_s_wall {tokens / wall:.1f}")
    print("allocations_per_step n/a")
    print(f"peak_rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")


if __name__ == "__main__":
    main()
