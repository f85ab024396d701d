#!/usr/bin/env python3
"""trunk post-build hook: adds a strict Content-Security-Policy to the built index.html.

trunk writes one inline module script (the wasm bootstrap). Rather than allow inline
scripts, the policy names that script by its SHA-256 hash, so nothing else inline can run:
no 'unsafe-inline', no 'unsafe-eval' ('wasm-unsafe-eval' lets WebAssembly compile),
default-src 'self' (no third-party request of any kind). frame-ancestors cannot be set from
a meta tag: hosts send it as a header (see SECURITY.md).
"""
import base64
import hashlib
import os
import re
import sys

POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; style-src 'self'; "
    "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; worker-src 'self'; "
    "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"
)


def main() -> int:
    stage = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    path = os.path.join(stage, "index.html")
    html = open(path, encoding="utf-8").read()
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'" for body in inline
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{POLICY.format(hashes=hashes)}">'
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\s*', "", html)
    # After `<meta charset>`, quoted or not (trunk's minifier drops the quotes).
    html = re.sub(r'(<meta charset="?utf-8"?>)', lambda m: m.group(1) + meta, html, count=1, flags=re.I)
    if meta not in html:
        print("csp.py: no <meta charset> to anchor the policy", file=sys.stderr)
        return 1
    open(path, "w", encoding="utf-8").write(html)
    print(f"csp.py: policy with {len(inline)} inline script hash(es) written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
