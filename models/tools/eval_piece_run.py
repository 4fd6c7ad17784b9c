#!/usr/bin/env python3
"""Chooses and measures edgemt's piece-run limit (`--max-piece-run N`: at most N copies in a row
of one SentencePiece piece that has a letter; 0 = no limit, as transformers' `generate`).

The choice is made on the dev splits only (`<work>/data/<domain>.dev.tsv` of `build_model.py
data`): for each limit in GRID, chrF per dev domain and loops (a word or a lettered piece three
times in a row); the highest mean chrF wins, and among limits within 0.1 of it the one with the
fewest loops. The held-out test splits of the model card (`<model>/eval/<domain>.test.*`,
general-domain text included) are then translated with no limit and with the chosen one.
edgemt CLI, int8, beam 4, the model's decoding defaults, shortlist and numbers guard. Writes
`<model>/eval/piece_run.json` and prints markdown tables.

    python models/tools/eval_piece_run.py --work /tmp/s6/work --model models/en-es-small
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_model import SPLIT_DOMAINS, TEST_DOMAINS, edgemt_translate, quality, read_tsv  # noqa: E402

GRID = [0, 2, 3, 4]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--edgemt", default="target/release/edgemt")
    ap.add_argument("--model", type=Path, default=Path("models/en-es-small"))
    ap.add_argument("--work", type=Path, required=True, help="build_model.py's work directory (data/*.dev.tsv)")
    args = ap.parse_args()

    import sacrebleu
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(args.model / "target.spm"))
    chrf = sacrebleu.metrics.CHRF()

    def run(src, ref, limit):
        hyp = edgemt_translate(args.edgemt, args.model, "int8", src, 4, keep_numbers=True, max_piece_run=limit)
        q = quality(src, hyp, sp)
        return {"chrF": round(chrf.corpus_score(hyp, [ref]).score, 2), "loops": q["loops"],
                "loops_pct": q["loops_pct"], "numbers_pct": q["numbers_pct"], "sentences": len(src)}

    dev = {d: read_tsv(args.work / "data" / f"{d}.dev.tsv") for d in SPLIT_DOMAINS}
    grid = []
    for limit in GRID:
        r = {"max_piece_run": limit, "dev": {d: run([e for _, e, _ in rows], [t for _, _, t in rows], limit)
                                              for d, rows in dev.items()}}
        r["mean_chrF"] = round(sum(v["chrF"] for v in r["dev"].values()) / len(r["dev"]), 2)
        r["loops"] = sum(v["loops"] for v in r["dev"].values())
        grid.append(r)
        print(f"dev: {r}", flush=True)
    best = max(r["mean_chrF"] for r in grid)
    chosen = min((r for r in grid if r["mean_chrF"] >= best - 0.1), key=lambda r: (r["loops"], -r["mean_chrF"]))
    ev = args.model / "eval"
    test = {}
    for domain in TEST_DOMAINS:
        src = (ev / f"{domain}.test.en").read_text().rstrip("\n").split("\n")
        ref = (ev / f"{domain}.test.es").read_text().rstrip("\n").split("\n")
        test[domain] = {str(limit): run(src, ref, limit) for limit in (0, chosen["max_piece_run"])}
        print(f"test {domain}: {test[domain]}", flush=True)
    out = {"sacrebleu": sacrebleu.__version__, "grid": grid, "chosen": chosen["max_piece_run"], "test": test}
    out["chrF"] = str(chrf.get_signature())
    json.dump(out, open(ev / "piece_run.json", "w"), indent=1)
    print("\n| max_piece_run | " + " | ".join(f"{d} dev chrF" for d in dev) + " | mean | dev loops |")
    print("|---|" + "---|" * (len(dev) + 2))
    for r in grid:
        print(f"| {r['max_piece_run'] or 'off'} | " + " | ".join(f"{v['chrF']:.2f}" for v in r["dev"].values())
              + f" | {r['mean_chrF']:.2f} | {r['loops']}/{sum(v['sentences'] for v in r['dev'].values())} |")
    c = str(chosen["max_piece_run"])
    print(f"\n| test domain | chrF off | chrF {c} | loops off | loops {c} |")
    print("|---|---|---|---|---|")
    for d, v in test.items():
        print(f"| {d} | {v['0']['chrF']:.2f} | {v[c]['chrF']:.2f} | {v['0']['loops_pct']:.1f}% | {v[c]['loops_pct']:.1f}% |")


if __name__ == "__main__":
    main()
