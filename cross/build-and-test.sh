#!/usr/bin/env bash
# Docker-free cross build and qemu test run, as CI does it on a fresh Debian bookworm machine:
#   1. installs the target std (rustup), Debian's cross gcc, the multiarch libc and qemu-user;
#   2. builds the library, CLI and tests for aarch64 and armv7 (release profile, one target/);
#   3. runs the whole test suite under qemu-user as a Pi 5 (aarch64 cortex-a76, dot product) and
#      as armv7, and the kernel-dependent tests as a Pi 4 (cortex-a72, no dot product);
#   4. checks that the CLI translates the fixture and the bundled model identically on every target;
#   5. prints build times and stripped binary sizes.
# Usage: bash cross/build-and-test.sh [--no-install]
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(aarch64-unknown-linux-gnu armv7-unknown-linux-gnueabihf)

if [ "${1:-}" != "--no-install" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        dpkg --add-architecture arm64
        dpkg --add-architecture armhf
        # The armhf index of the security suite is sometimes mid-sync on the mirror: the
        # packages below come from the main suite, so a failed index is not fatal.
        apt-get update -qq || echo "apt-get update reported errors; continuing with the lists it got"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf \
            libc6-dev-arm64-cross libc6-dev-armhf-cross \
            libc6:arm64 libc6:armhf qemu-user >/dev/null
    fi
    rustup target add "${TARGETS[@]}"
fi

declare -A BUILD_SECONDS
for t in "${TARGETS[@]}"; do
    start=$(date +%s)
    echo "== build $t"
    cargo build --release --target "$t" --bins --lib
    cargo test --release --target "$t" --no-run
    BUILD_SECONDS[$t]=$(( $(date +%s) - start ))
done

run_tests() { # target, label, [cargo test selection...]
    local t=$1 label=$2 start
    shift 2
    start=$(date +%s)
    echo "== test $t ($label)"
    # One engine thread per translator by default: under emulation, two test threads each
    # splitting products across the 2 cores oversubscribe them (tests/threads.rs still runs
    # 2- and 3-thread pools explicitly).
    EDGEMT_THREADS=1 cargo test --release --target "$t" "$@"
    echo "== test $t ($label) took $(( $(date +%s) - start ))s"
}

# The Pi 4 run is the same aarch64 binary as the Pi 5 run; only the kernel set it picks at run
# time differs (widening NEON instead of sdot). It runs the tests whose numbers come from the
# kernels: the kernels against the scalar reference (lib), and every parity test against
# PyTorch / onnxruntime / tract references, the variants, the bundled model, shortlist and
# alignment weights. The rest (CLI, C API, fuzzing, hostile input, tokenizer, search, streaming
# logic) is the same code path on both CPUs and runs in the full Pi 5 and armv7 runs: the whole
# suite three times under qemu took ≈3,200 s of CI's 5,400 s.
A72_TESTS=(--lib --test native_parity --test logits_parity --test generate_parity --test variants
    --test bundled_model --test alignment --test shortlist)

# Tests that run the CLI exec it through the emulator (no binfmt_misc needed).
QEMU_CPU=cortex-a72 EDGEMT_CLI_RUNNER=qemu-aarch64 \
    run_tests aarch64-unknown-linux-gnu "cortex-a72, Pi 4, NEON without dot product" "${A72_TESTS[@]}"
QEMU_CPU=cortex-a76 EDGEMT_CLI_RUNNER=qemu-aarch64 \
    run_tests aarch64-unknown-linux-gnu "cortex-a76, Pi 5, NEON with sdot"
EDGEMT_CLI_RUNNER=qemu-arm run_tests armv7-unknown-linux-gnueabihf "armv7 NEON (Pi 2/3/4/5, 32-bit OS)"

echo "== CLI output identical on every target"
sentence="In the beginning God created the heavens and the earth."
model=tests/fixtures/tiny-marian
# x86_64 reference outputs, once: the fixture at each precision, and the bundled model found
# without --model (the README's first command).
# n-best lists with the same ranks and texts, scores within 0.002. The fixture's lists must be
# identical to the digit; the bundled model's (8k vocabulary, 7 layers, 15 tokens) part in the
# 4th decimal: measured 2026-11-27, cortex-a72 -0.4921 vs x86_64 -0.4929 for its second
# hypothesis (same text). The int8 products are exact on every kernel set, but the f32 steps
# between them (attention dot products, layer norm) add in a different order per kernel set and
# libm's expf/logf differ by an ulp per architecture.
same_nbest() { # got, want
    paste <(printf '%s\n' "$1") <(printf '%s\n' "$2") | awk -F'\t' '
        NF != 6 || $1 != $4 || $3 != $6 || ($2 - $5 > 0.002) || ($5 - $2 > 0.002) { bad = 1 }
        END { exit bad }'
}
declare -A want
for case in int8 f32 fp16 bundled; do
    args=(--model "$model" --precision "$case")
    [ "$case" = bundled ] && args=()
    want[$case]=$(cargo run --release -q -- translate "${args[@]}" --beam 4 --n-best 2 "$sentence")
    [ -n "${want[$case]}" ]
done
for t in "${TARGETS[@]}"; do
    for cpu in cortex-a72 cortex-a76; do
        [ "$t" = armv7-unknown-linux-gnueabihf ] && [ "$cpu" = cortex-a76 ] && continue
        runner=qemu-aarch64
        [ "$t" = armv7-unknown-linux-gnueabihf ] && runner=qemu-arm && cpu=max
        for case in int8 f32 fp16 bundled; do
            args=(--model "$model" --precision "$case")
            [ "$case" = bundled ] && args=()
            out=$(QEMU_CPU=$cpu $runner "target/$t/release/edgemt" translate "${args[@]}" --beam 4 --n-best 2 "$sentence")
            if [ "$case" = bundled ] && same_nbest "$out" "${want[$case]}"; then
                continue
            fi
            if [ "$out" != "${want[$case]}" ]; then
                echo "MISMATCH on $t ($cpu, $case):"; echo "$out"; echo "x86_64:"; echo "${want[$case]}"; exit 1
            fi
        done
        echo "$t ($cpu): identical to x86_64 for the fixture (int8, f32, fp16), and the bundled model's texts (scores within 0.002)"
    done
done

echo "== C example on aarch64 under qemu (static library)"
make -C examples/c clean translate TARGET=aarch64-unknown-linux-gnu CC=aarch64-linux-gnu-gcc
printf 'In the beginning God created the heavens and the earth.\n\nSave the document before closing.\n' >target/c-example-input.txt
bundled=models/en-es-small
c_want=$(cargo run --release -q -- translate --model "$bundled" <target/c-example-input.txt)
got=$(QEMU_CPU=cortex-a72 qemu-aarch64 examples/c/translate "$bundled" <target/c-example-input.txt)
[ "$got" = "$c_want" ] || { echo "C example output differs on aarch64:"; echo "$got"; exit 1; }
echo "C example on aarch64: identical to the x86_64 CLI"
make -C examples/c clean

echo "== sizes (release, stripped)"
for t in "${TARGETS[@]}"; do
    case $t in
        aarch64-*) strip_bin=aarch64-linux-gnu-strip ;;
        armv7-*) strip_bin=arm-linux-gnueabihf-strip ;;
    esac
    "$strip_bin" -o "target/$t/release/edgemt.stripped" "target/$t/release/edgemt"
    size=$(stat -c %s "target/$t/release/edgemt.stripped")
    "$strip_bin" --strip-debug -o "target/$t/release/libedgemt.stripped.a" "target/$t/release/libedgemt.a"
    lib=$(stat -c %s "target/$t/release/libedgemt.stripped.a")
    awk -v t="$t" -v s="$size" -v l="$lib" -v b="${BUILD_SECONDS[$t]}" \
        'BEGIN { printf "%-34s edgemt %.1f MB stripped, libedgemt.a %.1f MB (debug info stripped), build + test build %ss\n", t, s / 1048576, l / 1048576, b }'
done
