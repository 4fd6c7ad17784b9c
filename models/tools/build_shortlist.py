#!/usr/bin/env python3
"""Build a vocabulary shortlist (Marian/Bergamot binary `lex.s2t.bin`) for a Marian model from
parallel text, and measure its recall.

What Bergamot does: fast_align in both directions, `extract_lex` turns the symmetrised word
alignments into lexical probabilities p(t|s), and `marian-conv --shortlist lex.s2t F B` keeps,
per source word, the B most probable targets plus the F most frequent target words always.
Here, on SentencePiece pieces (the model's vocab.json ids, which is what the decoder scores):

* p(t|s) is estimated with IBM Model 1 (EM over every co-occurring pair, a NULL source word
  absorbing function words), the lexical model fast_align refines with a diagonal prior. The
  prior only sharpens *which* position a word aligns to; a shortlist only needs *which target
  pieces* a source piece brings, so Model 1's table is enough — the recall printed below is the
  check.
* per source id the `--best` targets by p(t|s) (those with p(t|s) >= `--min-prob`), and the
  `--frequent` lowest target ids always (Marian vocabularies are sorted by frequency; the script
  prints how much of the target text those ids cover, to show it holds for the model).

Recall on held-out pairs: the share of reference target pieces (and, with --hyps, of the
model's own full-vocabulary outputs) that the sentence's candidate set contains, and the mean
candidate count.

Usage:
  python models/tools/build_shortlist.py --model models/en-es-small \\
      --train /tmp/en-es/data/bible.train.tsv /tmp/en-es/data/ui.train.tsv \\
      --heldout /tmp/en-es/data/bible.dev.tsv /tmp/en-es/data/ui.dev.tsv \\
      --out models/en-es-small/lex.s2t.bin

TSV rows are `id<TAB>english<TAB>spanish` (build_model.py's data stage).
"""
from __future__ import annotations

import argparse
import json
import struct
import sys
import time
from pathlib import Path

import numpy as np
import sentencepiece as spm

MAGIC = 0xF11A48D5013417F5
MASK = (1 << 64) - 1


def read_tsv(paths: list[Path]) -> list[tuple[str, str]]:
    rows = []
    for p in paths:
        for line in open(p, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                rows.append((parts[1], parts[2]))
    return rows


class Ids:
    """Text -> vocab.json ids, as edgemt's MarianTokenizer maps pieces (unknown -> <unk>)."""

    def __init__(self, model: Path):
        self.src = spm.SentencePieceProcessor(model_file=str(model / "source.spm"))
        self.tgt = spm.SentencePieceProcessor(model_file=str(model / "target.spm"))
        self.vocab = {k: int(v) for k, v in json.load(open(model / "vocab.json", encoding="utf-8")).items()}
        self.unk = self.vocab.get("<unk>", 1)
        self.eos = self.vocab.get("</s>", 0)
        cfg = json.load(open(model / "config.json"))
        self.size = int(cfg["vocab_size"])

    def source(self, text: str) -> list[int]:
        return [self.vocab.get(p, self.unk) for p in self.src.encode(text, out_type=str)] + [self.eos]

    def target(self, text: str) -> list[int]:
        return [self.vocab.get(p, self.unk) for p in self.tgt.encode(text, out_type=str)] + [self.eos]


def model1(pairs: list[tuple[list[int], list[int]]], vocab: int, iterations: int) -> tuple[np.ndarray, np.ndarray]:
    """IBM Model 1 p(t|s) over every co-occurring (s, t); source id `vocab` is NULL.
    Returns (keys s * (vocab + 1) + t, probabilities), one entry per co-occurring pair."""
    width = vocab + 1
    keys, groups = [], []
    g = 0
    for s, t in pairs:
        s = np.asarray(sorted(set(s)) + [vocab], dtype=np.int64)
        t = np.asarray(t, dtype=np.int64)
        # One group per target token: its alignment distribution over the sentence's sources.
        keys.append((s[None, :] * width + t[:, None]).ravel())
        groups.append(np.repeat(np.arange(g, g + len(t), dtype=np.int64), len(s)))
        g += len(t)
    keys = np.concatenate(keys)
    groups = np.concatenate(groups)
    uniq, pair = np.unique(keys, return_inverse=True)
    src_of = uniq // width
    prob = np.ones(len(uniq))
    for it in range(iterations):
        p = prob[pair]
        denom = np.bincount(groups, weights=p, minlength=g)
        post = p / denom[groups]
        counts = np.bincount(pair, weights=post, minlength=len(uniq))
        totals = np.bincount(src_of, weights=counts, minlength=width)
        prob = counts / totals[src_of]
        ll = np.log(denom).sum()
        print(f"  EM iteration {it + 1}: log-likelihood {ll:.4g}", file=sys.stderr)
    return uniq, prob


def lists_from(uniq: np.ndarray, prob: np.ndarray, vocab: int, best: int, min_prob: float) -> list[list[int]]:
    width = vocab + 1
    src = uniq // width
    tgt = uniq % width
    order = np.lexsort((-prob, src))  # by source, then probability descending
    lists: list[list[int]] = [[] for _ in range(vocab)]
    for i in order:
        s = int(src[i])
        if s >= vocab or len(lists[s]) >= best or prob[i] < min_prob:
            continue
        lists[s].append(int(tgt[i]))
    return lists


def hash_mem(words: bytes) -> int:
    seed = 0
    for (v,) in struct.iter_unpack("<Q", words[: len(words) // 8 * 8]):
        seed ^= (v + 0x9E3779B9 + ((seed << 6) & MASK) + (seed >> 2)) & MASK
    return seed


def write_binary(path: Path, frequent: int, best: int, lists: list[list[int]]) -> int:
    offsets = [0]
    flat: list[int] = []
    for l in lists:
        flat.extend(sorted(l))
        offsets.append(len(flat))
    body = struct.pack("<4Q", frequent, best, len(offsets), len(flat))
    body += np.asarray(offsets, dtype="<u8").tobytes() + np.asarray(flat, dtype="<u4").tobytes()
    data = struct.pack("<2Q", MAGIC, hash_mem(body)) + body
    path.write_bytes(data)
    return len(data)


def candidates(src: list[int], lists: list[list[int]], frequent: int, extra: set[int]) -> set[int]:
    # The source ids themselves too (a joint vocabulary: names, numbers, placeholders copied).
    c = set(range(frequent)) | extra | set(src)
    for s in set(src):
        if s < len(lists):
            c.update(lists[s])
    return c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--train", type=Path, nargs="+", required=True)
    ap.add_argument("--heldout", type=Path, nargs="*", default=[])
    ap.add_argument("--hyps", type=Path, nargs="*", default=[],
                    help="the model's outputs for --heldout's English (one line each, same order)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--frequent", type=int, default=100)
    ap.add_argument("--best", type=int, default=50)
    ap.add_argument("--min-prob", type=float, default=1e-3)
    ap.add_argument("--iterations", type=int, default=5)
    a = ap.parse_args()

    t0 = time.time()
    ids = Ids(a.model)
    rows = read_tsv(a.train)
    pairs = [(ids.source(en), ids.target(es)) for en, es in rows]
    print(f"{len(pairs)} training pairs, {sum(len(t) for _, t in pairs)} target pieces", file=sys.stderr)

    # Frequency order of the vocabulary: coverage of the target text by the lowest ids vs by
    # the truly most frequent ids.
    freq = np.bincount(np.concatenate([np.asarray(t) for _, t in pairs]), minlength=ids.size)
    total = freq.sum()
    low = freq[: a.frequent].sum() / total
    top = np.sort(freq)[::-1][: a.frequent].sum() / total
    print(f"the {a.frequent} lowest ids cover {100 * low:.1f}% of target pieces "
          f"(the {a.frequent} most frequent: {100 * top:.1f}%)", file=sys.stderr)

    uniq, prob = model1(pairs, ids.size, a.iterations)
    lists = lists_from(uniq, prob, ids.size, a.best, a.min_prob)
    size = write_binary(a.out, a.frequent, a.best, lists)
    listed = sum(len(l) for l in lists)
    print(f"wrote {a.out}: {size} bytes, {listed} (source, target) entries, "
          f"{sum(1 for l in lists if l)} source ids with a list ({time.time() - t0:.0f} s)", file=sys.stderr)

    extra = {ids.eos}
    hyps = [open(h, encoding="utf-8").read().splitlines() for h in a.hyps]
    report = {}
    for i, h in enumerate(a.heldout):
        held = read_tsv([h])
        hit = want = cand = 0
        hyp_hit = hyp_want = hyp_whole = 0
        for j, (en, es) in enumerate(held):
            src = ids.source(en)
            c = candidates(src, lists, a.frequent, extra)
            ref = ids.target(es)
            hit += sum(t in c for t in ref)
            want += len(ref)
            cand += len(c)
            if i < len(hyps):
                out = ids.target(hyps[i][j])
                hyp_hit += sum(t in c for t in out)
                hyp_want += len(out)
                hyp_whole += all(t in c for t in out)
        r = {"pairs": len(held), "candidates_mean": round(cand / len(held), 1),
             "reference_recall": round(hit / want, 4)}
        if hyp_want:
            r["output_recall"] = round(hyp_hit / hyp_want, 4)
            r["outputs_fully_covered"] = round(hyp_whole / len(held), 4)
        report[h.name] = r
        print(f"{h.name}: {json.dumps(r)}", file=sys.stderr)
    print(json.dumps({"frequent": a.frequent, "best": a.best, "min_prob": a.min_prob,
                      "iterations": a.iterations, "bytes": size, "heldout": report}))


if __name__ == "__main__":
    main()
