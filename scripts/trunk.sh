#!/usr/bin/env bash
# Runs trunk (build or serve) for the web app with the size settings of the browser build:
# the standard library rebuilt from source (rust-src, pinned in rust-toolchain.toml) with
# `-Cpanic=immediate-abort`, so no panic message, location or formatting code is linked
# into the .wasm (about 19 KB gzip of the first load; see DESIGN.md, "Size"). A panic in
# the page then traps; public/boot.js shows its readable message for that as for any
# other failure. The standard library is also built with its `optimize_for_size` feature
# (smaller sorting and formatting code: 6,000 bytes gzip of the first load, measured
# 2026-12-02). Leptos's views are type-erased (`--cfg erase_components`: each component
# returns an `AnyView`, so view trees are not monomorphized into their parents): 15,648
# bytes gzip of the first load, measured 2026-12-03 (249,897 -> 234,249). That cfg is set
# for every wasm32 build in .cargo/config.toml, which Cargo merges with the flags below.
#
# These are unstable options of the pinned stable toolchain, enabled for this one build by
# RUSTC_BOOTSTRAP; native builds, tests and the wasm component tests do not use them. The
# build has its own target directory so the two kinds of build never invalidate each other.
#
#     bash scripts/trunk.sh build --release      bash scripts/trunk.sh serve --release
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
. scripts/env.sh
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
export CARGO_TARGET_DIR="${RIGPLAN_WEB_TARGET_DIR:-$PWD/target/web}"
exec trunk "$@"
