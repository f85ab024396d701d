#!/usr/bin/env python3
"""trunk's one post-build hook: minify.py, shorten.py, csp.py, then sw.py, in that order.

trunk 0.21 starts every hook of a stage at once (`spawn_hooks` in its hooks.rs), and these
all read or write index.html: the integrity hashes minify.py and shorten.py rewrite, the policy
csp.py adds, the cache name sw.py derives from every file. Run apart, one could overwrite
another's change. One hook keeps them in sequence.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import csp  # noqa: E402
import minify  # noqa: E402
import shorten  # noqa: E402
import sw  # noqa: E402


def main() -> int:
    for step in (minify, shorten, csp, sw):
        rc = step.main()
        if rc:
            return rc
    return 0


if __name__ == "__main__":
    sys.exit(main())
