#!/usr/bin/env python3
"""trunk post-build step: short names for the names the .wasm and its JS glue share.

wasm-bindgen names every JS function the wasm imports `__wbg_<method>_<16 hex digits>`
and its closure entry points `wasm_bindgen_<hash>___convert__closures_...` (about 200
characters each), and every import also carries the module name `./rigplan-app_bg.js`.
Each name is written twice, in the .wasm's import or export section and in the glue, and
the hex digits do not compress. This step gives each import a short name (`a`, `b`, ...,
`aa`, ...) and the module the name `a`, renames every export the glue calls whose name holds
a 16-digit hash the same way, in both files, and rewrites the two files' `integrity` hashes in
index.html. Measured 2026-12-03: 3,759 bytes gzip of the first load (226,954 -> 223,195;
the glue 15,506 -> 11,237 bytes raw, the .wasm 563,651 -> 557,384; DESIGN.md, "Size").

It checks as it goes and fails the build by name rather than ship a page that cannot
start: every old name must occur exactly once in the glue (an import, as an object key)
or only as `.name` member accesses (an export); the sections are re-encoded and the module
re-parsed. The end-to-end tests run the result. Run by post_build.py after minify.py.
"""
import glob
import os
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from wasmfile import leb, read_leb, sections, set_integrity  # noqa: E402

MODULE = "./rigplan-app_bg.js"
HASHED_EXPORT = re.compile(r"[0-9a-f]{16}")
ALPHABET = string.ascii_letters


def fail(message: str) -> int:
    print(f"shorten.py: {message}", file=sys.stderr)
    return 1


def read_name(data: bytes, pos: int) -> tuple[str, int]:
    n, pos = read_leb(data, pos)
    return data[pos:pos + n].decode("utf-8"), pos + n


def name_bytes(name: str) -> bytes:
    raw = name.encode("utf-8")
    return leb(len(raw)) + raw


def skip_limits(data: bytes, pos: int) -> int:
    flags = data[pos]
    pos += 1
    _, pos = read_leb(data, pos)
    if flags & 1:
        _, pos = read_leb(data, pos)
    return pos


def split_imports(content: bytes) -> list[tuple[str, str, bytes]]:
    """(module, name, the rest of the entry's bytes) per import."""
    count, pos = read_leb(content, 0)
    out = []
    for _ in range(count):
        module, pos = read_name(content, pos)
        name, pos = read_name(content, pos)
        start = pos
        kind = content[pos]
        pos += 1
        if kind == 0:  # function: type index
            _, pos = read_leb(content, pos)
        elif kind == 1:  # table: reftype, limits
            pos = skip_limits(content, pos + 1)
        elif kind == 2:  # memory: limits
            pos = skip_limits(content, pos)
        elif kind == 3:  # global: valtype, mutability
            pos += 2
        else:
            raise ValueError(f"import {name}: unknown kind {kind}")
        out.append((module, name, content[start:pos]))
    if pos != len(content):
        raise ValueError("the import section has trailing bytes")
    return out


def split_exports(content: bytes) -> list[tuple[str, bytes]]:
    """(name, the rest of the entry's bytes) per export."""
    count, pos = read_leb(content, 0)
    out = []
    for _ in range(count):
        name, pos = read_name(content, pos)
        start = pos
        pos += 1
        _, pos = read_leb(content, pos)
        out.append((name, content[start:pos]))
    if pos != len(content):
        raise ValueError("the export section has trailing bytes")
    return out


def short_names():
    """a, b, ..., Z, aa, ab, ...: names that are plain JS identifiers."""
    width = 1
    while True:
        for i in range(len(ALPHABET) ** width):
            s = ""
            for _ in range(width):
                i, r = divmod(i, len(ALPHABET))
                s = ALPHABET[r] + s
            yield s
        width += 1


def word(name: str) -> re.Pattern:
    return re.compile(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])")


def main() -> int:
    stage = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    if os.environ.get("TRUNK_PROFILE", "release") != "release":
        return 0
    glue = glob.glob(os.path.join(stage, "rigplan-app-*.js"))
    wasm = glob.glob(os.path.join(stage, "rigplan-app-*_bg.wasm"))
    if len(glue) != 1 or len(wasm) != 1:
        return fail(f"expected one rigplan-app-*.js and one *_bg.wasm in {stage}")
    js = open(glue[0], encoding="utf-8").read()
    module = open(wasm[0], "rb").read()
    js_before, wasm_before = len(js.encode()), len(module)
    try:
        parts = sections(module)
    except (ValueError, IndexError) as e:
        return fail(f"{os.path.basename(wasm[0])}: {e}")
    fresh = short_names()
    taken = set()
    out = []
    for sid, content in parts:
        if sid == 2:
            entries = split_imports(content)
            rebuilt = bytearray(leb(len(entries)))
            for mod, name, rest in entries:
                if mod != MODULE:
                    return fail(f"import {mod}.{name}: expected the module {MODULE}")
                new = next(fresh)
                hits = word(name).findall(js)
                if len(hits) != 1:
                    return fail(f"import {name} occurs {len(hits)} times in the glue, expected once")
                js = word(name).sub(new, js)
                taken.add(new)
                rebuilt += name_bytes("a") + name_bytes(new) + rest
            key = f'"{MODULE}":'
            if js.count(key) != 1:
                return fail(f"the module key {key} occurs {js.count(key)} times in the glue, expected once")
            js = js.replace(key, "a:")
            content = bytes(rebuilt)
        elif sid == 7:
            entries = split_exports(content)
            existing = {name for name, _ in entries}
            rebuilt = bytearray(leb(len(entries)))
            for name, rest in entries:
                uses = word(name).findall(js)
                if HASHED_EXPORT.search(name) and uses:
                    new = "_" + next(fresh)
                    if new in existing:
                        return fail(f"export {new} exists already; cannot rename {name} to it")
                    members = re.findall(r"\." + re.escape(name) + r"(?![\w$])", js)
                    if len(uses) != len(members):
                        return fail(f"export {name}: used {len(uses)} times in the glue, {len(members)} as `.name`")
                    js = re.sub(r"\." + re.escape(name) + r"(?![\w$])", "." + new, js)
                    name = new
                rebuilt += name_bytes(name) + rest
            content = bytes(rebuilt)
        out.append((sid, content))
    body = bytearray(module[:8])
    for sid, content in out:
        body += bytes([sid]) + leb(len(content)) + content
    body = bytes(body)
    try:  # re-parse what was written
        for sid, content in sections(body):
            if sid == 2:
                split_imports(content)
            elif sid == 7:
                split_exports(content)
    except (ValueError, IndexError) as e:
        return fail(f"the rewritten module does not parse: {e}")
    open(wasm[0], "wb").write(body)
    open(glue[0], "w", encoding="utf-8").write(js)
    index = os.path.join(stage, "index.html")
    html = open(index, encoding="utf-8").read()
    for path, data in ((glue[0], js.encode()), (wasm[0], body)):
        html, n = set_integrity(html, os.path.basename(path), data)
        if n != 1:
            return fail(f"no integrity attribute for {os.path.basename(path)} in index.html")
    open(index, "w", encoding="utf-8").write(html)
    print(f"shorten.py: glue {js_before} -> {len(js.encode())} bytes, wasm {wasm_before} -> {len(body)} bytes;"
          " integrity updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
