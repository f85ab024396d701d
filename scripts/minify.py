#!/usr/bin/env python3
"""trunk post-build hook: minifies the JavaScript wasm-bindgen writes (trunk's `minify`
leaves it alone) with terser, as an ES module (only names local to the module are
shortened; the exports and the wasm's import names are kept), and rewrites that file's
`integrity` hash in index.html. 1,550 bytes gzip of the first load (measured 2026-12-03:
the glue 7,087 -> about 5,540). Run by post_build.py before csp.py and sw.py.

terser comes from scripts/setup.sh (.tools/terser). Without it the build fails by name
rather than ship a larger page.
"""
import glob
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from wasmfile import set_integrity  # noqa: E402


def main() -> int:
    stage = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    if os.environ.get("TRUNK_PROFILE", "release") != "release":
        return 0
    terser = shutil.which("terser")
    if not terser:
        print("minify.py: terser not found: run `bash scripts/setup.sh app`", file=sys.stderr)
        return 1
    glue = [p for p in glob.glob(os.path.join(stage, "rigplan-app-*.js"))]
    if len(glue) != 1:
        print(f"minify.py: expected one rigplan-app-*.js in {stage}, found {len(glue)}", file=sys.stderr)
        return 1
    path = glue[0]
    before = os.path.getsize(path)
    subprocess.run([terser, path, "--module", "--compress", "--mangle", "--output", path], check=True)
    body = open(path, "rb").read()
    index = os.path.join(stage, "index.html")
    html = open(index, encoding="utf-8").read()
    html, n = set_integrity(html, os.path.basename(path), body)
    if n != 1:
        print(f"minify.py: no integrity attribute for {os.path.basename(path)} in index.html", file=sys.stderr)
        return 1
    open(index, "w", encoding="utf-8").write(html)
    print(f"minify.py: {os.path.basename(path)} {before} -> {len(body)} bytes; integrity updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
