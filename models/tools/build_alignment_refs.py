#!/usr/bin/env python3
"""PyTorch references for the encoder-decoder attention edgemt records (alignments, `edgemt
explain`): on the fixture checkpoint (rebuilt from tests/fixtures/tiny-marian's f32 ONNX weights
as build_variants.py does), the model run once over each reference sentence's PyTorch greedy
output (teacher forcing: decoder input = start token + output[:-1]) with
`output_attentions=True`; `cross_attentions[layer][0, head, t, s]` is the weight target token t
gave source token s when it was chosen.

Written: tests/fixtures/refs/alignments.json — per sentence the source and output ids and, for
two readings (the last layer averaged over heads, edgemt's default; layer 0 head 1), the
`[target][source]` weights and their row argmaxes.

Usage: python models/tools/build_alignment_refs.py   (torch, transformers 4.57 — requirements.txt)
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_variants import FIXTURES, rebuild_checkpoint  # noqa: E402

SENTENCES = 12


def main() -> None:
    import torch
    import transformers
    from transformers import MarianMTModel

    refs = json.loads((FIXTURES / "refs" / "generate.json").read_text())
    start = refs["decoder_start"]
    with tempfile.TemporaryDirectory() as tmp:
        pt_dir = Path(tmp) / "pt"
        rebuild_checkpoint(pt_dir)
        model = MarianMTModel.from_pretrained(pt_dir, attn_implementation="eager").eval()
    layers = model.config.decoder_layers
    readings = {"last_mean": (layers - 1, None), "layer0_head1": (0, 1)}
    out = {"transformers": transformers.__version__, "torch": torch.__version__,
           "readings": {k: {"layer": l, "head": h} for k, (l, h) in readings.items()}, "cases": []}
    for c in refs["torch_f32"][:SENTENCES]:
        src, tgt = c["input_ids"], c["greedy"]
        with torch.no_grad():
            o = model(input_ids=torch.tensor([src]), decoder_input_ids=torch.tensor([[start] + tgt[:-1]]),
                      output_attentions=True)
        case = {"text": c["text"], "input_ids": src, "output_ids": tgt}
        for name, (layer, head) in readings.items():
            a = o.cross_attentions[layer][0]  # [heads, T, S]
            w = a.mean(dim=0) if head is None else a[head]
            case[name] = {"weights": w.tolist(), "argmax": w.argmax(dim=-1).tolist()}
        out["cases"].append(case)
    (FIXTURES / "refs" / "alignments.json").write_text(json.dumps(out) + "\n")
    print(f"{len(out['cases'])} sentences, readings {list(readings)}")


if __name__ == "__main__":
    sys.exit(main())
