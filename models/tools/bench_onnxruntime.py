#!/usr/bin/env python3
"""onnxruntime baseline for `edgemt bench`: the same ONNX files, one thread, the same greedy
loop (decoder_model for the first step, decoder_with_past_model after, argmax, stop at </s> or
max_length, `</s>` masked before min_length as transformers does), printing the same columns.
`--beam N` runs a plain beam search instead (the beams batched through decoder_with_past_model,
past keys/values reordered with the beams; log-softmax scores, finished hypotheses normalised
by length, stop when N are finished and no running beam can beat the worst of them).
A transformers.js layout (`onnx/encoder_model{sfx}.onnx` + `onnx/decoder_model_merged{sfx}.onnx`,
e.g. `--precision q4` for the 4-bit `MatMulNBits` files) runs the merged decoder: its no-cache
branch (empty past) for the first step, its cache branch after.

    python models/tools/bench_onnxruntime.py --model DIR --precision int8 [--file sentences.txt] [--max-len 33] [--beam 4]
"""
import argparse
import json
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
SUFFIX = {"f32": "", "int8": "_quantized", "fp16": "_fp16", "q4": "_q4"}


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM, as `edgemt bench` reads it: unlike ru_maxrss it
    is not inherited from the parent across fork/exec)."""
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def print_sentence_stats(sentence_ms: list[float], wall: float) -> None:
    """The `sentence_ms_p50 … sentences_per_s …` line of `edgemt bench`."""
    sm = sorted(sentence_ms)
    print(f"sentence_ms_p50 {sm[len(sm) // 2]:.3f} sentence_ms_p95 {sm[int((len(sm) - 1) * 0.95)]:.3f} "
          f"sentences_per_s {len(sm) / wall:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--precision", default="int8", choices=SUFFIX)
    ap.add_argument("--file", type=Path)
    ap.add_argument("--max-len", type=int)
    ap.add_argument("--beam", type=int, default=1)
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
    files = d / "onnx" if (d / "onnx").is_dir() else d
    merged_file = files / f"decoder_model_merged{sfx}.onnx"
    merged = merged_file.exists()  # once: the steps below are timed
    enc = ort.InferenceSession(str(files / f"encoder_model{sfx}.onnx"), so, providers=["CPUExecutionProvider"])
    if merged:
        dec = wp = ort.InferenceSession(str(merged_file), so, providers=["CPUExecutionProvider"])
    else:
        dec = ort.InferenceSession(str(files / f"decoder_model{sfx}.onnx"), so, providers=["CPUExecutionProvider"])
        wp = ort.InferenceSession(str(files / f"decoder_with_past_model{sfx}.onnx"), so,
                                  providers=["CPUExecutionProvider"])
    load_ms = (time.perf_counter() - t0) * 1e3
    dec_out = [o.name for o in dec.get_outputs()]
    wp_out = [o.name for o in wp.get_outputs()]
    wp_past = [i.name for i in wp.get_inputs() if i.name.startswith("past_key_values")]
    heads = cfg["decoder_attention_heads"]
    head_dim = cfg["d_model"] // heads
    past_dtype = {"tensor(float)": np.float32, "tensor(float16)": np.float16}
    past_types = {i.name: past_dtype.get(i.type, np.float32) for i in wp.get_inputs()}

    def mask_logits(logits, n):
        logits[..., pad] = -np.inf
        if n < min_len:
            logits[..., eos] = -np.inf
        if n == max_len - 1:
            logits[...] = -np.inf
            logits[..., eos] = 0

    def first_step(cur, hidden, mask):
        feed = {"input_ids": np.array([[cur]], dtype=np.int64), "encoder_attention_mask": mask,
                "encoder_hidden_states": hidden}
        if merged:  # the no-cache branch: empty past, not read
            feed.update({k: np.zeros((1, heads, 0, head_dim), dtype=past_types[k]) for k in wp_past})
            feed["use_cache_branch"] = np.array([False])
        out = dict(zip(dec_out, dec.run(None, feed)))
        past = {k.replace("present", "past_key_values"): v for k, v in out.items() if k.startswith("present")}
        return out["logits"][:, -1].astype(np.float32), past

    def next_step(cur, past, mask, hidden):
        feed = {"input_ids": np.asarray(cur, dtype=np.int64).reshape(-1, 1), "encoder_attention_mask": mask}
        feed.update({k: past[k] for k in wp_past})
        if merged:  # the cache branch; the merged decoder asks for the encoder output in both
            feed["use_cache_branch"] = np.array([True])
            feed["encoder_hidden_states"] = hidden
        out = dict(zip(wp_out, wp.run(None, feed)))
        for k, v in out.items():
            # The merged decoder's cache branch returns empty placeholders for the encoder's keys
            # and values: those of the first step stay.
            if k.startswith("present") and not (merged and ".encoder." in k):
                past[k.replace("present", "past_key_values")] = v
        return out["logits"][:, -1].astype(np.float32)

    def greedy(hidden, mask):
        n, steps = 1, []
        t = time.perf_counter()
        logits, past = first_step(start, hidden, mask)
        while True:
            mask_logits(logits, n)
            cur = int(np.argmax(logits[0]))
            steps.append((time.perf_counter() - t) * 1e3)
            n += 1
            if cur == eos or n >= max_len:
                return steps, n - 1
            t = time.perf_counter()
            logits = next_step([cur], past, mask, hidden)

    def beam(hidden, mask, k):
        steps = []
        t = time.perf_counter()
        logits, past = first_step(start, hidden, mask)
        # Every beam starts from the same first step: replicate its keys/values.
        past = {name: np.repeat(v, k, axis=0) for name, v in past.items()}
        logits = np.repeat(logits, k, axis=0)
        masks = np.repeat(mask, k, axis=0)
        hiddens = np.repeat(hidden, k, axis=0) if merged else None  # read by the merged decoder only
        scores = np.full(k, -1e9, dtype=np.float32)
        scores[0] = 0.0
        finished, n = [], 1
        while True:
            lp = logits - logits.max(-1, keepdims=True)
            lp = lp - np.log(np.exp(lp).sum(-1, keepdims=True))
            mask_logits(lp, n)
            total = (scores[:, None] + lp).ravel()
            top = np.argpartition(-total, 2 * k)[:2 * k]
            top = top[np.argsort(-total[top])]
            keep_beam, keep_tok, keep_score = [], [], []
            for c in top:
                b, tok_id = divmod(int(c), lp.shape[1])
                if tok_id == eos:
                    finished.append(float(total[c]) / n)
                elif len(keep_beam) < k:
                    keep_beam.append(b), keep_tok.append(tok_id), keep_score.append(float(total[c]))
            steps.append((time.perf_counter() - t) * 1e3)
            n += 1
            finished.sort(reverse=True)
            if n >= max_len or not keep_beam or (len(finished) >= k and keep_score[0] / n <= finished[k - 1]):
                return steps, n - 1
            while len(keep_beam) < k:  # fewer live candidates than beams: repeat the last
                keep_beam.append(keep_beam[-1]), keep_tok.append(keep_tok[-1]), keep_score.append(-1e9)
            t = time.perf_counter()
            idx = np.array(keep_beam)
            past = {name: v[idx] for name, v in past.items()}
            scores = np.array(keep_score, dtype=np.float32)
            logits = next_step(keep_tok, past, masks, hiddens)

    enc_ms, steps, tokens, sentence_ms = [], [], 0, []
    wall0 = time.perf_counter()
    for s in sentences:
        t0 = time.perf_counter()
        ids = np.array([tok(s)["input_ids"]], dtype=np.int64)
        mask = np.ones_like(ids)
        t = time.perf_counter()
        hidden = enc.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        enc_ms.append((time.perf_counter() - t) * 1e3)
        st, n = greedy(hidden, mask) if args.beam == 1 else beam(hidden, mask, args.beam)
        steps += st
        tokens += n
        sentence_ms.append((time.perf_counter() - t0) * 1e3)
    wall = time.perf_counter() - wall0
    ms = sorted(steps)
    print(f"model {d} precision {args.precision} backend onnxruntime-{ort.__version__} (1 thread) beam {args.beam}")
    print(f"load_ms {load_ms:.1f}")
    print(f"sentences {len(sentences)} generated_tokens {tokens} decoder_steps {len(steps)}")
    print(f"encoder_ms_mean {sum(enc_ms) / len(enc_ms):.3f}")
    print(f"step_ms_p50 {ms[len(ms) // 2]:.3f} step_ms_p95 {ms[int((len(ms) - 1) * 0.95)]:.3f} "
          f"step_ms_mean {sum(ms) / len(ms):.3f}")
    print(f"tokens_per_s_steps {tokens / (sum(ms) / 1e3):.1f} tokens_per_s_wall {tokens / wall:.1f}")
    print_sentence_stats(sentence_ms, wall)
    print("allocations_per_step n/a")
    print(f"peak_rss_mb {peak_rss_mb():.1f}")


if __name__ == "__main__":
    main()
