"""What the build scripts share about the files trunk writes: LEB128 numbers and the
sections of a .wasm module (shorten.py, size-budget.py), and the `integrity` hash of a
file in index.html (minify.py, shorten.py)."""
import base64
import hashlib
import re


def read_leb(data: bytes, pos: int) -> tuple[int, int]:
    """An unsigned LEB128 number at `pos`, and the position after it."""
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, pos


def leb(value: int) -> bytes:
    """`value` as unsigned LEB128."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def sections(data: bytes) -> list[tuple[int, bytes]]:
    """(id, content) of every section of a wasm module; ValueError if it is not one."""
    if data[:8] != b"\0asm\x01\0\0\0":
        raise ValueError("not a wasm module (version 1)")
    out, pos = [], 8
    while pos < len(data):
        sid = data[pos]
        size, start = read_leb(data, pos + 1)
        out.append((sid, data[start:start + size]))
        pos = start + size
    if pos != len(data):
        raise ValueError("a section runs past the end of the module")
    return out


def set_integrity(html: str, filename: str, body: bytes) -> tuple[str, int]:
    """`html` with the sha384 `integrity` of the tag that links `filename` set for `body`,
    and how many tags matched."""
    sri = "sha384-" + base64.b64encode(hashlib.sha384(body).digest()).decode()
    pattern = r'(href="?[^" >]*' + re.escape(filename) + r'"?[^>]*?integrity=)("?)sha384-[A-Za-z0-9+/=]+\2'
    return re.subn(pattern, lambda m: m.group(1) + m.group(2) + sri + m.group(2), html)
