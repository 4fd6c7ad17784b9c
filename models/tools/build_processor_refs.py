#!/usr/bin/env python3
"""PyTorch `generate` references for the repetition logits processors: transformers'
`repetition_penalty` and `no_repeat_ngram_size`, greedy and beam 4, on the fixture checkpoint
(rebuilt from tests/fixtures/tiny-marian's f32 ONNX weights exactly as build_variants.py does,
and checked to reproduce refs/generate.json first).

Written: tests/fixtures/refs/processors.json — per setting, per sentence of refs/generate.json,
the generated ids (start and padding removed; `</s>` kept), the n-best beam scores, and how
many outputs the setting changed against plain decoding (so that the test is not vacuous).

Usage: python models/tools/build_processor_refs.py   (torch, transformers 4.57 — requirements.txt)
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_variants import FIXTURES, rebuild_checkpoint  # noqa: E402

# (name, generate kwargs): penalties above and below 1 (dividing and multiplying positive
# logits), n-gram sizes 1–3, and both together with beams.
SETTINGS = [
    ("greedy_rp1.3", dict(num_beams=1, repetition_penalty=1.3)),
    ("greedy_rp0.8", dict(num_beams=1, repetition_penalty=0.8)),
    ("greedy_ng1", dict(num_beams=1, no_repeat_ngram_size=1)),
    ("greedy_ng2", dict(num_beams=1, no_repeat_ngram_size=2)),
    ("greedy_rp1.2_ng3", dict(num_beams=1, repetition_penalty=1.2, no_repeat_ngram_size=3)),
    ("beam4_rp1.3", dict(num_beams=4, num_return_sequences=2, repetition_penalty=1.3)),
    ("beam4_ng2", dict(num_beams=4, num_return_sequences=2, no_repeat_ngram_size=2)),
    ("beam4_rp1.2_ng3", dict(num_beams=4, num_return_sequences=2, repetition_penalty=1.2, no_repeat_ngram_size=3)),
]


def main() -> None:
    import torch
    import transformers
    from transformers import MarianMTModel

    refs = json.loads((FIXTURES / "refs" / "generate.json").read_text())
    cases = refs["torch_f32"]
    pad = refs["pad"]
    with tempfile.TemporaryDirectory() as tmp:
        pt_dir = Path(tmp) / "pt"
        rebuild_checkpoint(pt_dir)
        model = MarianMTModel.from_pretrained(pt_dir).eval()
    out = {"transformers": transformers.__version__, "torch": torch.__version__, "settings": {}}
    for name, kw in SETTINGS:
        rows, changed = [], 0
        for c in cases:
            ids = torch.tensor([c["input_ids"]])
            with torch.no_grad():
                g = model.generate(ids, do_sample=False, output_scores=True, return_dict_in_generate=True, **kw)
            seqs = [[t for t in s.tolist()[1:] if t != pad] for s in g.sequences]
            row = {"text": c["text"], "input_ids": c["input_ids"], "tokens": seqs}
            if kw["num_beams"] > 1:
                row["scores"] = g.sequences_scores.tolist()
                plain = c["beam4_nbest2"]
            else:
                plain = [c["greedy"]]
            changed += seqs != plain
            rows.append(row)
        out["settings"][name] = {"kwargs": kw, "changed": changed, "cases": rows}
        print(f"{name}: {changed}/{len(cases)} outputs differ from plain decoding")
    (FIXTURES / "refs" / "processors.json").write_text(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
