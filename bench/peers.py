#!/usr/bin/env python3
"""edgemt beside its peers, one command, one machine, one run: writes a markdown table and a PNG
plot under bench/results/.

For the bundled model (models/en-es-small) and the opus-mt-en-es-sized random model of
models/tools/build_bench_model.py (`--out DIR --js --ct2`, then `--shortlist-only`), greedy and
beam 4, one sentence at a time:

* edgemt (native engine): int8, fp16, f32 (Optimum layout) and q4 (transformers.js layout), with
  and without the vocabulary shortlist, 1 and 2 threads (`edgemt bench`);
* onnxruntime on the same ONNX files (q4: the transformers.js files, merged decoder), 1 thread,
  a plain greedy / beam loop (models/tools/bench_onnxruntime.py);
* CTranslate2 int8 and float32, 1 thread (models/tools/bench_ctranslate2.py).

Columns: sentences/s, target tokens/s (end to end: encoder, search and tokenisation included),
p50/p95 sentence latency, load time, peak RSS, bytes on disk, and the decoder's weight traffic
(bytes of weights one step reads × steps/s) against the read bandwidth this script measures on
the same machine (one core streaming a 512 MB array). Those bytes per token also give the paper
estimate for a Raspberry Pi (its bandwidth assumed, printed with the estimate).

Usage (the tooling venv of models/tools/requirements.txt):
    python models/tools/build_bench_model.py --out /tmp/opus --js --ct2
    python models/tools/build_bench_model.py --out /tmp/opus --shortlist-only
    cargo build --release
    python bench/peers.py --bench-model /tmp/opus [--quick]
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "models" / "tools"
BUNDLED = ROOT / "models" / "en-es-small"
# Single-core read bandwidth assumed for the paper estimate (GB/s): Raspberry Pi 4 (LPDDR4-3200,
# 32-bit bus; one Cortex-A72 core streams about 3-4 GB/s in published STREAM runs) and Pi 5
# (LPDDR4X-4267; one Cortex-A76 core about 8-10 GB/s). Assumptions, not measurements.
PI_GBS = {"Raspberry Pi 4": 3.5, "Raspberry Pi 5": 9.0}


def read_bandwidth_gbs(mb: int) -> float:
    """Best of five single-threaded sums over an `mb` MB float32 array (a read-only stream), in a
    child process (the benchmarks' peak RSS must not see the array)."""
    code = f"""
import time, numpy as np
a = np.ones(({mb} << 20) // 4, dtype=np.float32)
a.sum()
best = 0.0
for _ in range(5):
    t = time.perf_counter()
    a.sum()
    best = max(best, a.nbytes / (time.perf_counter() - t) / 1e9)
print(best)
"""
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def parse(text: str) -> dict[str, str]:
    """`key value key value …` lines into a dict (later keys win)."""
    out = {}
    for line in text.splitlines():
        parts = line.split()
        for k, v in zip(parts[::2], parts[1::2]):
            out[k] = v
    return out


def run(cmd: list[str], cwd: Path = ROOT) -> dict[str, str]:
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        print(f"FAILED {' '.join(cmd)}\n{r.stderr[-2000:]}", file=sys.stderr)
        return {}
    return parse(r.stdout)


def disk_mb(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths if p.is_file()) / 1e6


def onnx_files(d: Path, sfx: str) -> list[Path]:
    return [p for p in d.glob(f"*{sfx}.onnx") if p.name.replace(sfx + ".onnx", "") in
            ("encoder_model", "decoder_model", "decoder_model_merged")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench-model", type=Path, required=True, help="build_bench_model.py's --out")
    ap.add_argument("--edgemt", type=Path, default=ROOT / "target" / "release" / "edgemt")
    ap.add_argument("--file", type=Path, help="sentences (default: the bundled model's held-out test sets, "
                    "alternating Bible verses and UI strings)")
    ap.add_argument("--bundled-sentences", type=int, default=100, help="how many for the bundled model")
    ap.add_argument("--opus-sentences", type=int, default=10,
                    help="how many for the opus-size model (random weights: every sentence decodes 32 steps)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    ap.add_argument("--quick", action="store_true", help="int8 only, greedy only")
    a = ap.parse_args()
    py = sys.executable
    m = a.bench_model
    if a.file:
        pool = [l for l in a.file.read_text().splitlines() if l.strip()]
    else:
        ev = [(BUNDLED / "eval" / f"{d}.test.en").read_text().splitlines() for d in ("bible", "ui")]
        pool = [s for pair in zip(*ev) for s in pair]
    files = {}
    for key, n in (("bundled", a.bundled_sentences), ("opus", a.opus_sentences)):
        f = a.out / f".sentences-{key}.txt"
        a.out.mkdir(parents=True, exist_ok=True)
        f.write_text("\n".join(pool[:n]) + "\n")
        files[key] = f
    # DRAM: an array far over any L3 (servers have hundreds of MB); cache: a working set the
    # size of a model's weights, which a large L3 holds between decoder steps.
    gbs, cache_gbs = read_bandwidth_gbs(2048), read_bandwidth_gbs(64)
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")),
               platform.processor())
    when = datetime.datetime.now(datetime.timezone.utc)
    l3 = next((l.split(":", 1)[1].strip() for l in subprocess.run(["lscpu"], capture_output=True, text=True).stdout
               .splitlines() if l.startswith("L3 cache")), "?")
    print(f"{cpu}, {os.cpu_count()} cores, L3 {l3}, one core reads {gbs:.1f} GB/s (DRAM), "
          f"{cache_gbs:.1f} GB/s (64 MB)", file=sys.stderr)

    models = {
        "bundled en-es-small": {"optimum": BUNDLED, "js": None, "shortlist": [[], ["--no-shortlist"]],
                                "precisions": ["int8"], "ct2": None, "file": files["bundled"]},
        "opus-mt size (random)": {"optimum": m / "optimum", "js": m / "js",
                                  "shortlist": [["--shortlist", str(m / "random-shortlist.bin")], []],
                                  "precisions": ["int8", "fp16", "f32", "q4"], "ct2": m / "ct2-int8",
                                  "file": files["opus"]},
    }
    rows = []
    for label, spec in models.items():
        beams = [1] if a.quick else [1, 4]
        precisions = ["int8"] if a.quick else spec["precisions"]
        step_bytes = {}
        extra = ["--file", str(spec["file"])]
        for beam in beams:
            for p in precisions:
                d = spec["js"] if p == "q4" else spec["optimum"]
                if d is None or not d.exists():
                    continue
                files = onnx_files(d / "onnx" if (d / "onnx").is_dir() else d,
                                   {"int8": "_quantized", "fp16": "_fp16", "f32": "", "q4": "_q4"}[p])
                for sl in spec["shortlist"]:
                    for threads in (1, 2):
                        r = run([str(a.edgemt), "bench", "--model", str(d), "--precision", p, "--beam", str(beam),
                                 "--threads", str(threads), *sl, *extra])
                        if not r:
                            continue
                        on = r.get("shortlist", "off") != "off"
                        if not on:
                            step_bytes[p] = int(r.get("decoder_weight_bytes_per_step", 0))
                        rows.append(dict(model=label, engine="edgemt", precision=p, shortlist="yes" if on else "no",
                                         threads=threads, beam=beam, r=r, disk=disk_mb(files),
                                         gbs=float(r.get("weight_gb_per_s", "nan")),
                                         bytes=int(r.get("decoder_weight_bytes_per_step", 0))))
                # q4: the transformers.js files (MatMulNBits, merged decoder), whose f32 lm_head
                # onnxruntime reads as it is: edgemt's byte count does not apply there.
                r = run([py, str(TOOLS / "bench_onnxruntime.py"), "--model", str(d), "--precision", p,
                         "--beam", str(beam), *extra])
                if r:
                    b = step_bytes.get(p, 0) if p != "q4" else 0
                    rows.append(dict(model=label, engine="onnxruntime", precision=p, shortlist="no", threads=1,
                                     beam=beam, r=r, disk=disk_mb(files), bytes=b,
                                     gbs=b * float(r["tokens_per_s_steps"]) / 1e9 if b else float("nan")))
            if spec["ct2"] is not None and spec["ct2"].exists():
                for ct in ["int8"] if a.quick else ["int8", "float32"]:
                    r = run([py, "bench_ctranslate2.py", "--model", str(spec["ct2"]), "--tokenizer",
                             str(spec["optimum"]), "--beam", str(beam), "--compute-type", ct, *extra], cwd=TOOLS)
                    if r:
                        rows.append(dict(model=label, engine="ctranslate2", precision=ct, shortlist="no", threads=1,
                                         beam=beam, r=r, disk=disk_mb([spec["ct2"] / "model.bin"]), bytes=0,
                                         gbs=float("nan")))

    a.out.mkdir(parents=True, exist_ok=True)
    stamp = when.strftime("%Y-%m-%d-%H%M")
    md = a.out / f"peers-{stamp}.md"
    png = a.out / f"peers-{stamp}.png"
    cmd = "python bench/peers.py --bench-model DIR" + (" --quick" if a.quick else "")
    lines = [f"# edgemt and its peers, {when:%Y-%m-%d %H:%M} UTC", "",
             f"CPU: {cpu}, {os.cpu_count()} cores, L3 {l3}; one core reads {gbs:.1f} GB/s from DRAM (2 GB stream) and "
             f"{cache_gbs:.1f} GB/s from a 64 MB working set (measured by the script; the % column is of the DRAM figure: "
             "above 100% the weights are served from the L3 cache). "
             f"Command: `{cmd}`. Sentences: {a.bundled_sentences} (bundled model) and {a.opus_sentences} (opus size) from "
             "the bundled model's held-out test sets, one at a time; tokens/s end to end (encoder, search, tokenisation). "
             "Weight GB/s: bytes of decoder weights one step reads (as edgemt counts them for that file, the "
             "shortlist's rows only when it is on; onnxruntime reads the same weights) × steps per second. "
             "CTranslate2 reports no step time.", "",
             "| model | engine | weights | shortlist | threads | beam | sentences/s | tokens/s | p50 ms | p95 ms | load ms | "
             "peak RSS MB | disk MB | weight GB/s (% of measured) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for x in rows:
        r = x["r"]
        g = "–" if x["gbs"] != x["gbs"] else f"{x['gbs']:.1f} ({100 * x['gbs'] / gbs:.0f}%)"
        lines.append(f"| {x['model']} | {x['engine']} | {x['precision']} | {x['shortlist']} | {x['threads']} | {x['beam']} | "
                     f"{r.get('sentences_per_s', '–')} | {r.get('tokens_per_s_wall', '–')} | {r.get('sentence_ms_p50', '–')} | "
                     f"{r.get('sentence_ms_p95', '–')} | {float(r.get('load_ms', 'nan')):.0f} | {r.get('peak_rss_mb', '–')} | "
                     f"{x['disk']:.1f} | {g} |")
    lines += ["", "Paper estimate for a Raspberry Pi, greedy, one thread, from the bytes one decoder step reads "
              "(bandwidth-bound; assumed single-core read bandwidth in brackets):", "",
              "| model | weights | shortlist | MB per token | " + " | ".join(f"{k} ({v} GB/s) tokens/s ≤" for k, v in PI_GBS.items()) + " |",
              "|---|---|---|---|" + "---|" * len(PI_GBS)]
    for x in rows:
        if x["engine"] == "edgemt" and x["threads"] == 1 and x["beam"] == 1 and x["bytes"]:
            est = " | ".join(f"{v * 1e9 / x['bytes']:.0f}" for v in PI_GBS.values())
            lines.append(f"| {x['model']} | {x['precision']} | {x['shortlist']} | {x['bytes'] / 1e6:.1f} | {est} |")
    md.write_text("\n".join(lines) + "\n")
    print(md.read_text())

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    greedy = [x for x in rows if x["beam"] == 1 and x["threads"] == 1]
    fig, axes = plt.subplots(len(models), 2, figsize=(14, 4 + 2.5 * len(models)), squeeze=False)
    for i, label in enumerate(models):
        sel = [x for x in greedy if x["model"] == label]
        names = [f"{x['engine']} {x['precision']}{' +SL' if x['shortlist'] == 'yes' else ''}" for x in sel]
        colors = ["tab:blue" if x["engine"] == "edgemt" else "tab:orange" if x["engine"] == "onnxruntime" else "tab:green"
                  for x in sel]
        for j, (key, title) in enumerate([("tokens_per_s_wall", "tokens/s (end to end, 1 thread, greedy)"),
                                          ("peak_rss_mb", "peak RSS MB")]):
            ax = axes[i][j]
            vals = [float(x["r"].get(key, "nan")) for x in sel]
            ax.barh(names, vals, color=colors)
            ax.set_title(f"{label}: {title}")
            ax.invert_yaxis()
            for y, v in enumerate(vals):
                ax.text(v, y, f" {v:.0f}", va="center", fontsize=8)
    fig.suptitle(f"{cpu}, {when:%Y-%m-%d}")
    fig.tight_layout()
    fig.savefig(png, dpi=90)
    print(f"wrote {md} and {png}", file=sys.stderr)


if __name__ == "__main__":
    main()
