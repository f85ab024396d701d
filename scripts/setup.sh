#!/usr/bin/env bash
# Installs what rigplan's build and tests need on a fresh machine. Skips what is present.
#
#   bash scripts/setup.sh        everything scripts/check.sh needs (what CI runs)
#   bash scripts/setup.sh app    only what building and serving the web app needs
#                                (scripts/serve.sh; no root, no browser)
#
# Installs into ~/.cargo/bin (trunk, wasm-bindgen-cli), .tools/binaryen (wasm-opt, from npm),
# .tools/terser (the JS minifier, from npm),
# tests/e2e/node_modules (playwright-core) and, with apt as root or through sudo, Debian's
# chromium and chromium-driver. scripts/env.sh puts them on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
. scripts/env.sh

what="${1:-all}"
case "$what" in
  all | app) ;;
  *) echo "usage: bash scripts/setup.sh [all|app]" >&2; exit 2 ;;
esac

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0 # npm package `binaryen`; its wasm-opt says "version 132"
TERSER_VERSION=5.44.1     # npm package `terser`: minifies wasm-bindgen's JS (scripts/minify.py)

# ---- step timing, printed at the end ----------------------------------------------------
t0=$SECONDS; cur=""; cur_t=$SECONDS; timings=()
end_step() { if [ -n "$cur" ]; then timings+=("$(printf '%6ss  %s%s' $((SECONDS - cur_t)) "$cur" "${1:-}")"); cur=""; fi; }
step() { end_step; cur="$*"; cur_t=$SECONDS; printf '\n== setup: %s\n' "$*"; }
summary() {
  local rc=$?
  if [ $rc -ne 0 ]; then end_step "  <- FAILED"; else end_step; fi
  printf '\n== setup timings\n'
  [ ${#timings[@]} -eq 0 ] || printf '%s\n' "${timings[@]}"
  printf '%6ss  total (setup %s)%s\n' $((SECONDS - t0)) "$what" "$([ $rc -eq 0 ] || echo ", exit $rc")"
}
trap summary EXIT

have() { command -v "$1" >/dev/null 2>&1; }
skip() { printf 'present: %s\n' "$*"; }
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif have sudo; then
    sudo "$@"
  else
    echo "setup: needs root or sudo to run: $*" >&2
    return 1
  fi
}

step "Rust toolchain, targets and crates"
# The toolchain is pinned in rust-toolchain.toml; rustup installs it on first use.
rustup show active-toolchain >/dev/null
for t in thumbv7em-none-eabihf wasm32-unknown-unknown; do
  rustup target list --installed | grep -qx "$t" || rustup target add "$t"
done
# The web build recompiles the standard library (scripts/trunk.sh): it needs its source.
rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src
# Before any trunk build: Trunk.toml says offline = true.
cargo fetch --locked
# ... and the standard library's own dependencies, which the web build compiles too.
RUSTC_BOOTSTRAP=1 cargo fetch --locked -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown

step "trunk $TRUNK_VERSION"
if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  skip "$(trunk --version)"
else
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock (the wasm's ABI).
WASM_BINDGEN_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock)"
step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: no wasm-bindgen package in Cargo.lock" >&2
  exit 1
fi
trunk_wb="$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml)"
if [ "$trunk_wb" != "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: Trunk.toml [tools] wasm_bindgen = \"$trunk_wb\" but Cargo.lock has wasm-bindgen $WASM_BINDGEN_VERSION; make them the same" >&2
  exit 1
fi
if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION" &&
  wasm-bindgen-test-runner --version 2>/dev/null | grep -qx "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION"; then
  skip "$(wasm-bindgen --version), $(wasm-bindgen-test-runner --version)"
else
  # Not --locked: the lockfile published with wasm-bindgen-cli names a crate version the
  # registry no longer serves.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

step "wasm-opt from npm binaryen@$BINARYEN_VERSION into .tools/binaryen"
# Not Debian's binaryen: its wasm-opt (version 108) produces a broken wasm from this build.
binaryen_major="${BINARYEN_VERSION%%.*}"
trunk_wo="$(sed -n 's/^wasm_opt *= *"\(.*\)".*/\1/p' Trunk.toml)"
if [ "$trunk_wo" != "version_$binaryen_major" ]; then
  echo "setup: Trunk.toml [tools] wasm_opt = \"$trunk_wo\" but setup installs version_$binaryen_major; make them the same" >&2
  exit 1
fi
wasm_opt=.tools/binaryen/node_modules/.bin/wasm-opt
if [ -x "$wasm_opt" ] && "$wasm_opt" --version 2>/dev/null | grep -q "version $binaryen_major\b"; then
  skip "$("$wasm_opt" --version)"
else
  have npm || { echo "setup: npm (node 20) is needed to install wasm-opt" >&2; exit 1; }
  mkdir -p .tools/binaryen
  npm install --prefix .tools/binaryen --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
  "$wasm_opt" --version
fi

step "terser from npm terser@$TERSER_VERSION into .tools/terser"
terser=.tools/terser/node_modules/.bin/terser
if [ -x "$terser" ] && [ "$("$terser" --version 2>/dev/null)" = "terser $TERSER_VERSION" ]; then
  skip "$("$terser" --version)"
else
  have npm || { echo "setup: npm (node 20) is needed to install terser" >&2; exit 1; }
  mkdir -p .tools/terser
  npm install --prefix .tools/terser --no-audit --no-fund "terser@$TERSER_VERSION"
  "$terser" --version
fi

if [ "$what" = app ]; then
  exit 0
fi

step "Debian chromium and chromium-driver"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  skip "$(/usr/bin/chromedriver --version)"
else
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -q update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -q install -y chromium chromium-driver
  /usr/bin/chromedriver --version
fi

step "end-to-end test dependencies (npm ci in tests/e2e)"
want_pw="$(node -p "require('./tests/e2e/package-lock.json').packages['node_modules/playwright-core'].version")"
have_pw="$(node -p "require('./tests/e2e/node_modules/playwright-core/package.json').version" 2>/dev/null || true)"
if [ "$have_pw" = "$want_pw" ]; then
  skip "playwright-core $have_pw"
else
  npm ci --prefix tests/e2e --no-audit --no-fund
fi
