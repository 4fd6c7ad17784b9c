#!/usr/bin/env python3
"""Build the layout/variant fixtures: the fixture checkpoint (tests/fixtures/tiny-marian) exported
the way the Marian repositories on the Hub were made, in every weight variant they ship, plus
onnxruntime reference tokens for each.

The PyTorch checkpoint is rebuilt from tiny-marian's f32 ONNX initializers (each weight found
through the node that reads it), so these exports hold the very weights whose PyTorch `generate`
tokens are in refs/generate.json; the script checks that PyTorch reproduces them before
exporting.

Written:
  tests/fixtures/tiny-marian-js/       transformers.js / onnx-community layout: config, tokenizer
      onnx/encoder_model{sfx}.onnx     files at the root, graphs under onnx/, merged decoder
      onnx/decoder_model_merged{sfx}.onnx   only (an If node), exported with the current pins
                                       (torch 2.15, transformers 4.57, optimum 2.1 + optimum-onnx).
      Variants, with transformers.js's scripts/quantize.py settings:
        (none)      f32
        _quantized  ONNXQuantizer IntegerOps, QInt8 weights, per-channel, reduce_range,
                    EnableSubgraph + MatMulConstBOnly (their "q8")
        _int8       the same with reduce_range off (QInt8 over the full range)
        _uint8      the same with QUInt8 weights (zero points), reduce_range
        _fp16       float16 conversion, keep_io_types, onnxslim
        _q4         MatMul4BitsQuantizer (MatMulNBits), block 32, symmetric
  tests/fixtures/tiny-marian-legacy/   root layout, merged decoder, exported with an older
                                       toolchain (torch 2.9, transformers 4.46, optimum 1.23, as
                                       many Hub repos were made; run with --legacy-python), f32 and
                                       _quantized (quantize_dynamic per-channel reduce_range).
  tests/fixtures/refs/variants.json    greedy token ids from onnxruntime on the same files for
                                       every variant (this machine has AVX-512 VNNI, so QInt8
                                       without reduce_range does not saturate there).

Usage:
  python models/tools/build_variants.py --legacy-python /path/to/old-venv/bin/python
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SOURCE = FIXTURES / "tiny-marian"
TEXT_FILES = ("config.json", "generation_config.json", "source.spm", "target.spm", "vocab.json")
CASES = 16  # reference sentences per variant


def onnx_weights(path: Path, prefix: str) -> dict[str, np.ndarray]:
    """state_dict entries of one exported graph: initializers named after the parameter, plus the
    MatMul weights (stored transposed under anonymous names) found through their node."""
    import onnx
    from onnx import numpy_helper

    m = onnx.load(str(path))
    inits = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    for n in m.graph.node:  # torch folds small constants into Constant nodes
        if n.op_type == "Constant":
            for a in n.attribute:
                if a.name == "value":
                    inits[n.output[0]] = numpy_helper.to_array(a.t)
    out = {}
    for name, arr in inits.items():
        if "." in name and not name.startswith("onnx::"):
            key = name if name.startswith(("model.", "lm_head", "final_logits_bias")) else f"{prefix}{name}"
            out[key] = arr
    for n in m.graph.node:
        if n.op_type == "MatMul" and n.input[1] in inits and n.name.endswith("/MatMul"):
            scope = n.name[: -len("/MatMul")].lstrip("/").replace("/", ".")
            key = scope if scope.startswith(("model.", "lm_head")) else f"{prefix}{scope}"
            out[f"{key}.weight"] = inits[n.input[1]].T.copy()
        if n.op_type == "Add" and n.name.endswith("_proj/Add") or n.name.endswith(("fc1/Add", "fc2/Add")):
            for i in n.input:
                if i in inits and inits[i].ndim == 1:
                    scope = n.name[: -len("/Add")].lstrip("/").replace("/", ".")
                    key = scope if scope.startswith("model.") else f"{prefix}{scope}"
                    out.setdefault(f"{key}.bias", inits[i])
    return out


def rebuild_checkpoint(pt_dir: Path) -> None:
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    cfg = MarianConfig.from_pretrained(SOURCE)
    model = MarianMTModel(cfg).eval()
    model.generation_config = GenerationConfig.from_pretrained(SOURCE)
    sd = model.state_dict()
    found = {}
    found.update(onnx_weights(SOURCE / "encoder_model.onnx", "model.encoder."))
    found.update(onnx_weights(SOURCE / "decoder_model.onnx", ""))
    new = {}
    for k, v in sd.items():
        cands = [k, k.replace("model.shared.", "model.encoder.embed_tokens."),
                 k.replace("lm_head.", "model.decoder.embed_tokens."),
                 k.replace("model.decoder.embed_tokens.", "model.encoder.embed_tokens.")]
        src = next((found[c] for c in cands if c in found and tuple(found[c].shape) == tuple(v.shape)), None)
        if src is None:
            if k.endswith("embed_positions.weight"):  # sinusoidal, rebuilt by the model itself
                continue
            if k == "final_logits_bias":
                new[k] = torch.zeros_like(v)
                continue
            raise SystemExit(f"no ONNX weight for {k} {tuple(v.shape)}")
        new[k] = torch.from_numpy(np.array(src, dtype=np.float32))
    missing = model.load_state_dict(new, strict=False)
    print("rebuilt checkpoint; not from ONNX:", missing.missing_keys)
    # The PyTorch tokens of refs/generate.json must come back exactly.
    refs = json.loads((FIXTURES / "refs" / "generate.json").read_text())
    tok = MarianTokenizer(str(SOURCE / "source.spm"), str(SOURCE / "target.spm"), str(SOURCE / "vocab.json"))
    for case in refs["torch_f32"][:CASES]:
        ids = torch.tensor([case["input_ids"]])
        out = model.generate(ids, num_beams=1, do_sample=False)[0].tolist()
        got = [t for t in out[1:] if t != cfg.pad_token_id]
        if got != case["greedy"]:
            raise SystemExit(f"rebuilt checkpoint does not reproduce {case['text']!r}: {got} vs {case['greedy']}")
    print(f"rebuilt checkpoint reproduces PyTorch greedy tokens on {CASES} sentences")
    model.save_pretrained(pt_dir)
    tok.save_pretrained(pt_dir)
    for f in TEXT_FILES:
        shutil.copy(SOURCE / f, pt_dir / f)


def export_merged(pt_dir: Path, out: Path) -> None:
    """Optimum's default export: encoder, the two decoders and decoder_model_merged."""
    from optimum.exporters.onnx import main_export

    main_export(str(pt_dir), str(out), task="text2text-generation-with-past", do_validation=False)


def merged_fp16(export_dir: Path, dst: Path) -> None:
    """fp16 merged decoder as Optimum builds one: each decoder converted (keep_io_types), then
    merged. (Converting the merged graph directly leaves If outputs that onnxruntime refuses.)"""
    from optimum.onnx import merge_decoders

    with tempfile.TemporaryDirectory() as tmp:
        for part in ("decoder_model", "decoder_with_past_model"):
            quantize_fp16(export_dir / f"{part}.onnx", Path(tmp) / f"{part}.onnx")
        merge_decoders(Path(tmp) / "decoder_model.onnx", Path(tmp) / "decoder_with_past_model.onnx", save_path=dst,
                       strict=False)


def quantize_q8(src: Path, dst: Path, weight_type, reduce_range: bool) -> None:
    import onnx
    from onnxruntime.quantization import QuantizationMode, QuantType
    from onnxruntime.quantization.onnx_quantizer import ONNXQuantizer
    from onnxruntime.quantization.registry import IntegerOpsRegistry

    model = onnx.load(str(src))
    q = ONNXQuantizer(model, True, reduce_range, mode=QuantizationMode.IntegerOps, static=False,
                      weight_qType=weight_type, activation_qType=QuantType.QUInt8, tensors_range=None,
                      nodes_to_quantize=[], nodes_to_exclude=[], op_types_to_quantize=set(IntegerOpsRegistry.keys()),
                      extra_options=dict(EnableSubgraph=True, MatMulConstBOnly=True))
    q.quantize_model()
    onnx.save(q.model.model, str(dst))


def quantize_fp16(src: Path, dst: Path) -> None:
    import onnx
    import onnxslim
    from onnxruntime.transformers.float16 import convert_float_to_float16

    m16 = convert_float_to_float16(onnx.load(str(src)), keep_io_types=True)
    onnx.save(onnxslim.slim(m16), str(dst))


def quantize_q4(src: Path, dst: Path) -> None:
    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    q = MatMulNBitsQuantizer(onnx.load(str(src)), block_size=32, is_symmetric=True, accuracy_level=None)
    q.process()
    onnx.save(q.model.model, str(dst))


def build_js(pt_dir: Path) -> Path:
    from onnxruntime.quantization import QuantType

    out = FIXTURES / "tiny-marian-js"
    if out.exists():
        shutil.rmtree(out)
    (out / "onnx").mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        export_merged(pt_dir, Path(tmp))
        for part in ("encoder_model", "decoder_model_merged"):
            shutil.copy(Path(tmp) / f"{part}.onnx", out / "onnx" / f"{part}.onnx")
        merged_fp16(Path(tmp), out / "onnx" / "decoder_model_merged_fp16.onnx")
    for f in TEXT_FILES:
        shutil.copy(pt_dir / f, out / f)
    for part in ("encoder_model", "decoder_model_merged"):
        f32 = out / "onnx" / f"{part}.onnx"
        quantize_q8(f32, out / "onnx" / f"{part}_quantized.onnx", QuantType.QInt8, reduce_range=True)
        quantize_q8(f32, out / "onnx" / f"{part}_int8.onnx", QuantType.QInt8, reduce_range=False)
        quantize_q8(f32, out / "onnx" / f"{part}_uint8.onnx", QuantType.QUInt8, reduce_range=True)
        if part == "encoder_model":
            quantize_fp16(f32, out / "onnx" / f"{part}_fp16.onnx")
        quantize_q4(f32, out / "onnx" / f"{part}_q4.onnx")
    return out


LEGACY_SCRIPT = r"""
import functools, shutil, sys
from pathlib import Path
import torch
# optimum 1.23 predates torch 2.9, whose torch.onnx.export defaults to the dynamo exporter;
# run torch's TorchScript exporter, as optimum-onnx does (dynamo=False).
torch.onnx.export = functools.partial(torch.onnx.export, dynamo=False)
from optimum.exporters.onnx import main_export
from onnxruntime.quantization import QuantType, quantize_dynamic
pt, out = Path(sys.argv[1]), Path(sys.argv[2])
main_export(str(pt), str(out / "export"), task="text2text-generation-with-past", do_validation=False)
for part in ("encoder_model", "decoder_model_merged"):
    shutil.copy(out / "export" / f"{part}.onnx", out / f"{part}.onnx")
    quantize_dynamic(str(out / f"{part}.onnx"), str(out / f"{part}_quantized.onnx"), per_channel=True,
                     reduce_range=True, weight_type=QuantType.QInt8, extra_options=dict(EnableSubgraph=True))
shutil.rmtree(out / "export")
import torch, transformers, optimum.version, onnxruntime
print("legacy toolchain: torch", torch.__version__, "transformers", transformers.__version__,
      "optimum", optimum.version.__version__, "onnxruntime", onnxruntime.__version__)
"""


def build_legacy(pt_dir: Path, python: str) -> Path:
    out = FIXTURES / "tiny-marian-legacy"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    subprocess.run([python, "-c", LEGACY_SCRIPT, str(pt_dir), str(out)], check=True)
    for f in TEXT_FILES:
        shutil.copy(pt_dir / f, out / f)
    for extra in out.glob("*.json"):
        if extra.name not in TEXT_FILES:
            extra.unlink()
    return out


def ort_greedy(onnx_dir: Path, suffix: str, cases: list[dict], cfg: dict, gen: dict) -> list[list[int]]:
    """Greedy decoding over onnxruntime: encoder, then the merged decoder (use_cache_branch off
    for the first step, on after), argmax with transformers' bad_words / forced-eos rules."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    enc = ort.InferenceSession(str(onnx_dir / f"encoder_model{suffix}.onnx"), so, providers=["CPUExecutionProvider"])
    dec = ort.InferenceSession(str(onnx_dir / f"decoder_model_merged{suffix}.onnx"), so,
                               providers=["CPUExecutionProvider"])
    ins = {i.name: i for i in dec.get_inputs()}
    outs = [o.name for o in dec.get_outputs()]
    layers, heads = cfg["decoder_layers"], cfg["decoder_attention_heads"]
    hd = cfg["d_model"] // heads
    start, eos, pad = cfg["decoder_start_token_id"], cfg["eos_token_id"], cfg["pad_token_id"]
    max_len = gen["max_length"]
    bad = [b[0] for b in gen.get("bad_words_ids", []) if len(b) == 1]
    results = []
    for case in cases:
        ids = np.array([case["input_ids"]], dtype=np.int64)
        mask = np.ones_like(ids)
        hidden = enc.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        past = {n: np.zeros((1, heads, 0, hd), dtype=np.float32) for n in ins if n.startswith("past_key_values")}
        cur, toks = start, []
        for step in range(max_len - 1):
            feed = {"input_ids": np.array([[cur]], dtype=np.int64), "encoder_attention_mask": mask,
                    "encoder_hidden_states": hidden, "use_cache_branch": np.array([step > 0])}
            feed.update(past)
            res = dict(zip(outs, dec.run(None, {k: v for k, v in feed.items() if k in ins})))
            for k, v in res.items():
                if k.startswith("present"):
                    name = k.replace("present", "past_key_values")
                    if step == 0 or ".decoder." in k:
                        past[name] = v
            logits = res["logits"][0, -1].astype(np.float64)
            for b in bad:
                logits[b] = -np.inf
            if step == max_len - 2:
                logits[:] = -np.inf
                logits[eos] = 0
            cur = int(np.argmax(logits))
            toks.append(cur)
            if cur == eos:
                break
        results.append(toks)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--legacy-python", help="python of a venv with torch 2.9, transformers 4.46, optimum 1.23")
    args = ap.parse_args()
    refs = json.loads((FIXTURES / "refs" / "generate.json").read_text())
    cases = refs["torch_f32"][:CASES]
    cfg = json.loads((SOURCE / "config.json").read_text())
    gen = json.loads((SOURCE / "generation_config.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        pt_dir = Path(tmp) / "pt"
        rebuild_checkpoint(pt_dir)
        layouts = {"tiny-marian-js": (build_js(pt_dir), "onnx", ["", "_quantized", "_int8", "_uint8", "_fp16", "_q4"])}
        if args.legacy_python:
            layouts["tiny-marian-legacy"] = (build_legacy(pt_dir, args.legacy_python), "", ["", "_quantized"])
    import onnxruntime

    out = {"onnxruntime": onnxruntime.__version__, "cases": [
        {"text": c["text"], "input_ids": c["input_ids"], "torch_greedy": c["greedy"]} for c in cases]}
    for name, (d, sub, suffixes) in layouts.items():
        for sfx in suffixes:
            toks = ort_greedy(d / sub if sub else d, sfx, cases, cfg, gen)
            key = f"{name}{sfx}"
            out[key] = toks
            same = sum(t == c["greedy"] for t, c in zip(toks, cases))
            print(f"{key}: onnxruntime greedy = PyTorch f32 on {same}/{len(cases)}")
            if sfx == "" and same != len(cases):
                raise SystemExit(f"{key}: f32 export differs from PyTorch")
    (FIXTURES / "refs" / "variants.json").write_text(json.dumps(out, indent=0) + "\n")
    for name, (d, _, _) in layouts.items():
        size = sum(p.stat().st_size for p in d.rglob("*") if p.is_file())
        print(f"{d}: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
