// Hardening: strict CSP with zero violations, no third-party requests, inert strings from
// links, and a readable message instead of a blank page when the app cannot run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, ready, cspViolations, dist } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the built page carries a strict CSP', () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(m, 'CSP meta tag');
  const csp = m[1];
  console.log(`CSP: ${csp}`);
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval'(?!)|'unsafe-eval'/);
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'policy comes before every script');
});

test('every view runs with zero CSP violations and no request off the origin', async () => {
  const { page, context, log } = await openPage(browser);
  for (const url of [server.base, `${server.base}#v=1&m=deepseek-r1&hw=rtx-5090`, `${server.base}?embed#v=1`]) {
    await page.goto(url);
    await page.reload();
    await ready(page);
  }
  await page.goto(server.base);
  await ready(page);
  await page.click('button:has-text("Compare hardware")');
  await page.locator('#chart-compare svg').waitFor();
  const violations = await cspViolations(page);
  const offOrigin = log.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  console.log(`CSP violations: ${violations.length}; third-party requests: ${offOrigin.length}; requests: ${log.requests.length}`);
  assert.deepEqual(violations, []);
  assert.deepEqual(offOrigin, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('strings from a link render as inert text', async () => {
  const { page, context, log } = await openPage(browser);
  const evil = ['<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>'];
  for (const s of evil) {
    const name = encodeURIComponent(s);
    await page.goto(`${server.base}#v=1&chw=${name}~nvidia~gpu~24~1000~100~350&m=${name}`);
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('img[src="x"]').count(), 0, `no element from ${s}`);
    assert.equal(await page.locator('script:has-text("alert(1)")').count(), 0, `no script from ${s}`);
  }
  // The custom hardware name is shown, as text.
  assert.match(await page.locator('.context-line').textContent(), /onerror=alert\(1\)>/);
  assert.deepEqual(log.dialogs, [], 'no script ran');
  assert.deepEqual(await cspViolations(page), []);
  await context.close();
});

test('a blocked .wasm shows a readable message within 5 s', async () => {
  const { page, context } = await openPage(browser);
  await page.route('**/*.wasm', (r) => r.abort());
  const t0 = Date.now();
  await page.goto(server.base);
  await page.locator('#boot-error').waitFor({ state: 'visible', timeout: 5000 });
  const ms = Date.now() - t0;
  console.log(`blocked wasm: message after ${ms} ms: ${await page.locator('#boot-error-detail').textContent()}`);
  assert.ok(ms < 5000);
  assert.match(await page.locator('#boot-error').textContent(), /could not run/);
  await context.close();
});

test('a panic shows a readable message, not a blank page', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${server.base}?rigplan-test-panic`);
  await page.locator('#boot-error').waitFor({ state: 'visible', timeout: 5000 });
  // The browser build aborts on a panic without a message (scripts/trunk.sh: no panic
  // formatting code in the .wasm), so the wasm traps and boot.js reports the trap.
  const detail = await page.locator('#boot-error-detail').textContent();
  console.log(`forced panic: ${detail}`);
  assert.match(detail, /stopped with an internal error/);
  await context.close();
});

test('storage is optional: the app works when storage throws, stores nothing, and the URL is the state', async () => {
  // Storage that throws on every access (disabled by policy, or a full quota).
  const blocked = await openPage(browser);
  await blocked.page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('storage disabled', 'SecurityError'); } });
    }
  });
  await blocked.page.goto(`${server.base}#v=1&m=qwen3-8b&hw=rtx-3090`);
  await ready(blocked.page);
  assert.equal(await blocked.page.inputValue('#model'), 'qwen3-8b');
  assert.deepEqual(blocked.log.errors, []);
  await blocked.context.close();
  // Garbage already in storage is ignored, and using the app writes nothing there.
  const { page, context, log } = await openPage(browser);
  await page.addInitScript(() => {
    try { localStorage.setItem('rigplan', '{"m":"llama-3.1-70b'); localStorage.setItem('v', '\u0000garbage'); } catch {}
  });
  await page.goto(`${server.base}#v=1&m=qwen3-8b`);
  await ready(page);
  assert.equal(await page.inputValue('#model'), 'qwen3-8b', 'the URL wins');
  await page.selectOption('#hardware', 'rtx-5090');
  await page.waitForFunction(() => location.hash.includes('hw=rtx-5090'));
  const stored = await page.evaluate(() => ({ local: Object.keys(localStorage).sort(), session: sessionStorage.length }));
  assert.deepEqual(stored, { local: ['rigplan', 'v'], session: 0 }, 'nothing added to storage');
  assert.deepEqual(log.errors, []);
  await context.close();
});
