#!/usr/bin/env python3
"""trunk post-build hook: writes sw.js, the service worker that makes the planner work
offline after one visit. The asset list and the cache name come from the build itself
(trunk's hashed file names), so a new deploy gets a new cache and an open tab keeps the
files it started with until it reloads.

What the worker does: hashed assets are cache-first (their names change with their
content); navigations are network-first with the precached planner as the offline
fallback. That copy is the build's own page, stored at install and never overwritten by
a navigation (a host's 404 page, an asset opened as a page or a captive portal would
otherwise become the offline planner). The cache name is the build's fingerprint; old
caches are dropped once the new worker activates. The worker itself carries no comment:
every byte of it is part of the first load.
"""
import hashlib
import os
import sys

SW = """const CACHE = 'rigplan-%(version)s';
const ASSETS = %(assets)s;
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('rigplan-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin) return;
  if (req.mode === 'navigate') {
    e.respondWith(fetch(req).catch(() => caches.match('./', { ignoreSearch: true })));
    return;
  }
  e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
"""


def main() -> int:
    stage = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    names = sorted(n for n in os.listdir(stage) if n not in ("sw.js",) and os.path.isfile(os.path.join(stage, n)))
    digest = hashlib.sha256()
    for n in names:
        digest.update(n.encode())
        digest.update(open(os.path.join(stage, n), "rb").read())
    assets = ["./"] + ["./" + n for n in names if n != "index.html"]
    body = SW % {"version": digest.hexdigest()[:16], "assets": repr(assets).replace("'", '"')}
    open(os.path.join(stage, "sw.js"), "w", encoding="utf-8").write(body)
    print(f"sw.py: sw.js caches {len(assets)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
