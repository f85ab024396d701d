// Shared pieces of the end-to-end tests: a static server for dist/ on 127.0.0.1 under a
// sub-path, Debian's Chromium through playwright-core, and the real rigplan CLI.
import http from 'node:http';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const dist = process.env.RIGPLAN_DIST || path.join(root, 'dist');
export const prefix = '/rigplan/';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain',
};

/** Serves `dist` at http://127.0.0.1:<port>/rigplan/ (plus any extra routes: an HTML
 * string, or `{ status, body }`; read at each request, so a test can change them). With
 * `gzip`, files go gzip-encoded to a client that accepts it, as a static host serves them. */
export function serve(extra = {}, from = dist, { gzip = false } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const route = extra[url.pathname];
    if (route) {
      const { status, body } = typeof route === 'string' ? { status: 200, body: route } : route;
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
      return;
    }
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const file = path.join(from, rel);
    if (!file.startsWith(from) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    const type = types[path.extname(file)] || 'application/octet-stream';
    // A file deleted between the check above and the read (a test's "deploy" removing
    // every file while the page still fetches) answers 404, as a static host would,
    // instead of an unhandled stream error that ends the test run.
    const gone = () => { if (!res.headersSent) res.writeHead(404); res.end(); };
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      let raw;
      try { raw = fs.readFileSync(file); } catch { gone(); return; }
      const body = zlib.gzipSync(raw, { level: 9 });
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
      return;
    }
    const stream = fs.createReadStream(file);
    stream.on('error', gone);
    stream.on('open', () => { res.writeHead(200, { 'content-type': type }); stream.pipe(res); });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, base: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

/** Debian's Chromium, headless. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs, headless: true });
}

/** A page that records console errors, page errors and every request URL. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: options.viewport || { width: 1280, height: 900 }, colorScheme: options.colorScheme || 'light' });
  const page = await context.newPage();
  const log = { errors: [], requests: [], dialogs: [] };
  // Every CSP violation the page reports, read back with cspViolations(page).
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // The app's wasm memory (trunk's loader announces the instance), for tests of growth.
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
  });
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) log.errors.push(`HTTP ${r.status()} ${r.url()}`); });
  return { page, context, log };
}

/** A new page opened at `url` (the planner, by default) once its first verdict shows. */
export async function openPlanner(browser, url, options = {}) {
  const opened = await openPage(browser, options);
  await opened.page.goto(url);
  await ready(opened.page);
  return opened;
}

/** The text of an element by data-testid. */
export async function text(page, id) {
  return (await page.locator(`[data-testid="${id}"]`).first().textContent()).trim();
}

/** Runs the real CLI (release build) and returns its stdout. */
export function cli(args) {
  const bin = process.env.RIGPLAN_BIN || path.join(root, 'target', 'release', 'rigplan');
  return execFileSync(bin, args, { encoding: 'utf8' });
}

/** Pulls `decode X tok/s` and `prefill Y tok/s` from the CLI's text summary. */
export function cliSpeeds(out) {
  const m = out.match(/decode (\S+) tok\/s .*prefill (\S+) tok\/s/);
  if (!m) throw new Error(`no speeds in CLI output:\n${out}`);
  return { decode: `${m[1]} tok/s`, prefill: `${m[2]} tok/s` };
}

/** Waits for the first verdict on the page. */
export async function ready(page) {
  await page.locator('[data-testid="verdict"]').first().waitFor({ timeout: 10000 });
}

/** CSP violations the page saw. */
export function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations || []);
}

/** Order statistics of a list of timings (ms). */
export function timingStats(times) {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)], max: s[s.length - 1] };
}

/** A wall-clock budget on a shared machine. Another process's load only ever adds time, so a
 * timing is taken in up to `rounds` rounds and the best round is judged: a real regression
 * fails every round, a noisy neighbour fails one. `measure()` returns one round's timings
 * (ms); returns the best round's statistics and every round's p90. */
export async function bestRound(rounds, measure, within) {
  let best = null;
  const p90s = [];
  for (let r = 0; r < rounds; r++) {
    const times = await measure();
    if (!Array.isArray(times)) throw new Error(JSON.stringify(times));
    const stats = timingStats(times);
    p90s.push(Number(stats.p90.toFixed(1)));
    if (!best || stats.p90 < best.p90) best = stats;
    if (within(best)) break;
  }
  return { ...best, p90s };
}
