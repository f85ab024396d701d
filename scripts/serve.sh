#!/usr/bin/env bash
# The README's main command: installs what the web app needs (first run only), builds it and
# serves it on http://127.0.0.1:${PORT:-8080}/ , rebuilding when a source changes (reload the
# page to see it). Ctrl-C stops.
#
# It builds into target/serve-dist, not dist/: dist/ stays the publishable build (rooted at
# the public URL, as `bash scripts/trunk.sh build --release --public-url ...` writes it). No
# live-reload script is injected: its socket is not allowed by the page's CSP, so it only
# logged an error.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
# shellcheck source=scripts/env.sh
. scripts/env.sh
port="${PORT:-8080}"
printf '\nrigplan: building the planner, then serving it on http://127.0.0.1:%s/\n\n' "$port"
exec bash scripts/trunk.sh serve --release --dist target/serve-dist --no-autoreload true --address 127.0.0.1 --port "$port"
