#!/usr/bin/env bash
# The long fuzz run (not part of scripts/check.sh): every input the URL, a pasted
# config.json or a custom hardware spec can carry, through resolve + estimate, with libFuzzer.
#   bash scripts/fuzz.sh [RUNS]     default 1,000,000 runs
# Needs cargo-fuzz (installed here if missing) and a toolchain that accepts -Z flags: the
# pinned stable toolchain with RUSTC_BOOTSTRAP=1 (no nightly download needed).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
runs="${1:-1000000}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
mkdir -p fuzz/corpus/inputs
cp -n fuzz/seeds/* fuzz/corpus/inputs/ 2>/dev/null || true
start=$SECONDS
RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz inputs fuzz/corpus/inputs -- \
  -runs="$runs" -max_len=8192 -len_control=0 -rss_limit_mb=2048 -print_final_stats=1
echo "fuzz: $runs runs in $((SECONDS - start)) s, no crash, no broken invariant"
# The 10 ms bound, natively (release build), over every input the fuzzer kept.
RIGPLAN_REPLAY_DIR="$PWD/fuzz/corpus/inputs" cargo test --release -q -p rigplan-scenario --test replay -- --nocapture
