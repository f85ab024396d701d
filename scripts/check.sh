#!/usr/bin/env bash
# Every test rigplan has, in the order CI runs them. This is the README's test command.
# Installs nothing by itself: run scripts/setup.sh first on a fresh machine (.ci/run does).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "rustfmt"
cargo fmt --all --check

step "clippy (-D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "estimator builds for a bare-metal target (no_std + alloc, default features off)"
cargo build -p rigplan-core --no-default-features --target thumbv7em-none-eabihf --locked

step "estimator depends on no UI crate"
for features in "" "--all-features"; do
  # shellcheck disable=SC2086
  if cargo tree -p rigplan-core -e normal --prefix none $features --locked | grep -E '^(leptos|web-sys|wasm-bindgen|js-sys|gloo)[ -]'; then
    echo "rigplan-core must not depend on the crates above" >&2
    exit 1
  fi
done
echo "ok: rigplan-core depends on none of leptos, web-sys, wasm-bindgen, js-sys, gloo"

step "tests"
cargo test --workspace --locked

step "benchmark: estimates per second (budget: 5 million/s native)"
cargo bench -q -p rigplan-catalog --bench sweep --locked
