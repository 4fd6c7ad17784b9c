#!/usr/bin/env python3
"""Shortlist parameters against the whole vocabulary on the dev splits: for each FREQUENT:BEST
given, builds a shortlist from the training pairs (build_shortlist.py, min-prob 0.001) and prints
the chrF change (sacrebleu) of edgemt int8 with it against `--no-shortlist`, beam 4 and greedy,
per dev domain. The dev splits are not used for anything else here, so the choice does not
look at the test sets.

Usage (after `build_model.py data --work W`):
  python models/tools/shortlist_sweep.py --work W 100:50 300:50 1000:50
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_model import SPLIT_DOMAINS, TRAIN_DOMAINS, edgemt_translate, read_tsv  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help="build_model.py's --work (its data/ splits)")
    ap.add_argument("--model", type=Path, default=HERE.parent / "en-es-small")
    ap.add_argument("--edgemt", default=str(HERE.parent.parent / "target" / "release" / "edgemt"))
    ap.add_argument("specs", nargs="+", help="FREQUENT:BEST")
    a = ap.parse_args()
    import sacrebleu

    data, chrf, full = a.work / "data", sacrebleu.metrics.CHRF(), {}
    for spec in a.specs:
        frequent, best = spec.split(":")
        lex = a.work / f"lex-f{frequent}-b{best}.bin"
        subprocess.run([sys.executable, str(HERE / "build_shortlist.py"), "--model", str(a.model), "--out", str(lex),
                        "--frequent", frequent, "--best", best, "--min-prob", "1e-3",
                        "--train", *[str(data / f"{d}.train.tsv") for d in TRAIN_DOMAINS],
                        "--heldout", *[str(data / f"{d}.dev.tsv") for d in SPLIT_DOMAINS]],
                       check=True, capture_output=True)
        change = {}
        for d in SPLIT_DOMAINS:
            rows = read_tsv(data / f"{d}.dev.tsv")
            src, ref = [r[1] for r in rows], [r[2] for r in rows]
            for beams in (4, 1):
                if (d, beams) not in full:
                    hyp = edgemt_translate(a.edgemt, a.model, "int8", src, beams, ("--no-shortlist",))
                    full[d, beams] = chrf.corpus_score(hyp, [ref]).score
                hyp = edgemt_translate(a.edgemt, a.model, "int8", src, beams, ("--shortlist", str(lex)))
                change[f"{d}.beam{beams}"] = round(chrf.corpus_score(hyp, [ref]).score - full[d, beams], 2)
        print(spec, json.dumps(change), flush=True)


if __name__ == "__main__":
    main()
