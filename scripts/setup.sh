#!/usr/bin/env bash
# Installs what rigplan's build and tests need on a fresh machine. Skips what is present.
set -euo pipefail
cd "$(dirname "$0")/.."

# The toolchain is pinned in rust-toolchain.toml; rustup installs it on first use.
rustup show active-toolchain >/dev/null
for t in thumbv7em-none-eabihf wasm32-unknown-unknown; do
  rustup target list --installed | grep -qx "$t" || rustup target add "$t"
done
cargo fetch --locked
