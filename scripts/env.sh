# shellcheck shell=bash
# Sourced by the scripts in this directory (and by hand: `. scripts/env.sh`): puts the tools
# scripts/setup.sh installs on PATH and points the wasm test runner at Debian's Chromium.
_rigplan_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$_rigplan_root/.tools/binaryen/node_modules/.bin:$_rigplan_root/.tools/terser/node_modules/.bin:$PATH"
# wasm-bindgen-test-runner drives Chromium through this chromedriver ...
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# ... with the capabilities in webdriver.json (Chromium's path, headless, --no-sandbox for
# root). The runner looks for webdriver.json in its working directory, which under
# `cargo test` is the crate's directory, so name the file explicitly.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$_rigplan_root/webdriver.json}"
unset _rigplan_root
