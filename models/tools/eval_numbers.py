#!/usr/bin/env python3
"""Measures edgemt's numbers guard (`--free-numbers` turns it off) on a model's held-out test
splits: for each domain, the translation with and without it (edgemt CLI, int8, beam 4 and
greedy, the model's own decoding defaults and shortlist, edgemt's default piece-run limit), chrF, the share of sentences with
digits whose numbers are copied exactly, the share of outputs with loops, and how many outputs
differ. The test splits are the model card's (`<model>/eval/<domain>.test.{en,es}`); nothing
here is used to train or choose anything. Writes `<model>/eval/numbers.json` and prints a
markdown table.

    python models/tools/eval_numbers.py --edgemt target/release/edgemt --model models/en-es-small
"""

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_model import TEST_DOMAINS, edgemt_translate, quality  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--edgemt", default="target/release/edgemt")
    ap.add_argument("--model", type=Path, default=Path("models/en-es-small"))
    ap.add_argument("--precision", default="int8")
    args = ap.parse_args()

    import sacrebleu
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(args.model / "target.spm"))
    chrf = sacrebleu.metrics.CHRF()
    ev = args.model / "eval"
    out = {"precision": args.precision, "sacrebleu": sacrebleu.__version__, "domains": {}}
    rows = []
    for domain in TEST_DOMAINS:
        src = (ev / f"{domain}.test.en").read_text().rstrip("\n").split("\n")
        ref = (ev / f"{domain}.test.es").read_text().rstrip("\n").split("\n")
        for beams in (4, 1):
            res = {}
            for name, keep in (("guard", True), ("free", False)):
                t = time.time()
                hyp = edgemt_translate(args.edgemt, args.model, args.precision, src, beams, keep_numbers=keep,
                                       max_piece_run=None)
                q = quality(src, hyp, sp)
                res[name] = {"chrF": round(chrf.corpus_score(hyp, [ref]).score, 2), **q,
                             "seconds": round(time.time() - t, 1), "hyp": hyp}
            changed = sum(a != b for a, b in zip(res["guard"]["hyp"], res["free"]["hyp"]))
            for r in res.values():
                del r["hyp"]
            out["domains"].setdefault(domain, {})[f"beam{beams}"] = {**res, "changed": changed,
                                                                      "sentences": len(src)}
            g, f = res["guard"], res["free"]
            rows.append(f"| {domain} | {beams} | {f['chrF']:.2f} → {g['chrF']:.2f} | "
                        f"{f['numbers_copied']}/{f['with_digits']} ({f['numbers_pct']:.0f}%) → "
                        f"{g['numbers_copied']}/{g['with_digits']} ({g['numbers_pct']:.0f}%) | "
                        f"{f['loops_pct']:.1f}% → {g['loops_pct']:.1f}% | {changed}/{len(src)} |")
            print(rows[-1], flush=True)
    out["chrF"] = str(chrf.get_signature())
    json.dump(out, open(ev / "numbers.json", "w"), indent=1)
    print("\n| domain | beams | chrF (free → guard) | numbers copied | loops | outputs changed |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
