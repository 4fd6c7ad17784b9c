#!/usr/bin/env bash
# One run, one machine: edgemt beside onnxruntime and CTranslate2 on the same files, one
# thread, greedy, the same number of decoder steps (the benchmark model's generation_config has
# min_length = max_length). Prints one line per runtime and variant.
#
#   python models/tools/build_bench_model.py --out /tmp/opus --js --ct2   # once (torch, optimum)
#   bash bench/compare.sh /tmp/opus [PYTHON]
#
# PYTHON is an interpreter with onnxruntime, transformers and ctranslate2 (default python3).
# EDGEMT_KERNELS=x86_64-avx2-fma-f16c lines show the AVX2 path on a CPU that also has VNNI.
set -euo pipefail
cd "$(dirname "$0")/.."
M=${1:?model directory from build_bench_model.py}
PY=${2:-python3}
cargo build --release -q
E=target/release/edgemt
row() { # label, then the bench output on stdin
    awk -v label="$1" '
        /^load_ms/ {load=$2} /^encoder_ms_mean/ {enc=$2} /^step_ms_p50/ {step=$2}
        /^tokens_per_s_wall/ {tps=$2} /tokens_per_s_steps/ {tps_steps=$2; tps=$4}
        /^peak_rss_mb/ {rss=$2} /^allocations_per_step/ {alloc=$2}
        END {printf "%-52s step_p50_ms %7s  encoder_ms %7s  tok/s_end_to_end %7s  peak_rss_mb %7s  load_ms %7s  allocs/step %s\n", label, step, enc, tps, rss, load, alloc}'
}
echo "== $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
for p in int8 f32 fp16; do
    $E bench --model "$M/optimum" --precision "$p" 2>/dev/null | row "edgemt native $p (optimum)"
    EDGEMT_KERNELS=x86_64-avx2-fma-f16c $E bench --model "$M/optimum" --precision "$p" 2>/dev/null | row "edgemt native $p (optimum), AVX2 kernels"
    $PY models/tools/bench_onnxruntime.py --model "$M/optimum" --precision "$p" 2>/dev/null | row "onnxruntime $p (optimum)"
done
for p in quantized uint8 q4 fp16 f32; do
    $E bench --model "$M/js" --precision "$p" 2>/dev/null | row "edgemt native $p (transformers.js layout)"
    EDGEMT_KERNELS=x86_64-avx2-fma-f16c $E bench --model "$M/js" --precision "$p" 2>/dev/null | row "edgemt native $p (transformers.js), AVX2 kernels"
done
if [ -d "$M/ct2-int8" ]; then
    (cd models/tools && $PY bench_ctranslate2.py --model "$M/ct2-int8" --tokenizer "$M/optimum" 2>/dev/null) | row "ctranslate2 int8"
fi
echo "== bundled model"
$E bench 2>/dev/null | row "edgemt native int8 (bundled)"
EDGEMT_KERNELS=x86_64-avx2-fma-f16c $E bench 2>/dev/null | row "edgemt native int8 (bundled), AVX2 kernels"
$E bench --backend tract 2>/dev/null | row "edgemt tract int8 (bundled)"
$PY models/tools/bench_onnxruntime.py --model models/en-es-small --precision int8 2>/dev/null | row "onnxruntime int8 (bundled)"
