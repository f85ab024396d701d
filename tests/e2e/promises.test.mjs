// Promises a hostile or careless user tried to break: a translated page, history, links
// opened and kept, embed notices, the clipboard, accessibility on a phone at 200% zoom, the
// comparison view's cost, long notices and custom names. Each test failed before its fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, openPlanner, text, cli, cliSpeeds, ready, bestRound } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve({
    '/framed.html': `<!doctype html><html><head><title>framed</title><link rel="icon" href="data:,"></head><body>
      <iframe id="f" title="rigplan" style="width:900px;height:700px;border:0" src="/rigplan/#v=1"></iframe></body></html>`,
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** What Chrome's "Translate this page" does to the DOM: every text node outside
 * `translate="no"` is wrapped in `<font><font>` (the page's own nodes are detached). */
async function translate(page) {
  return page.evaluate(() => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const ns = [];
    while (w.nextNode()) {
      const n = w.currentNode;
      if (n.data.trim() && !n.parentElement.closest('script,style,svg,option,textarea,[translate=no]')) ns.push(n);
    }
    for (const n of ns) {
      const a = document.createElement('font');
      const b = document.createElement('font');
      b.textContent = n.data;
      a.append(b);
      n.replaceWith(a);
    }
    return ns.length;
  });
}

test('a page translated by the browser keeps every number current', async () => {
  const { page, context, log } = await openPlanner(browser, server.base);
  assert.ok((await translate(page)) > 20, 'the translation wrapped the static text');
  await page.selectOption('#model', 'llama-3.1-70b');
  await page.fill('#count', '2');
  await page.selectOption('#hardware', 'rtx-3090');
  await page.waitForFunction(() => location.hash.includes('n=2') && location.hash.includes('hw=rtx-3090'));
  const out = cli(['estimate', '--model', 'llama-3.1-70b', '--hardware', 'rtx-3090', '--count', '2']);
  assert.equal(await text(page, 'decode'), cliSpeeds(out).decode);
  assert.equal(await text(page, 'total'), out.match(/= (\S+ GB) of/)[1]);
  assert.equal(await text(page, 'verdict'), 'Fits');
  assert.equal(await text(page, 'model-name'), 'Llama 3.1 70B');
  assert.equal(await text(page, 'hardware-name'), '2 x NVIDIA GeForce RTX 3090');
  assert.match(await page.locator('.summary').textContent(), new RegExp(cliSpeeds(out).decode));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a pending address-bar write never lands on another history entry', async () => {
  // Regression: an edit's write, 150 ms later, replaced the entry Back had moved to. Back is
  // pressed 120 ms after an edit and the page is kept busy past the write's due time, so the
  // write's timer runs after Back has moved the address bar but before `hashchange` arrives.
  const { page, context } = await openPlanner(browser, `${server.base}#v=1&m=qwen3-8b`);
  await page.evaluate(() => { location.hash = 'v=1&m=llama-3.1-70b'; });
  await page.waitForFunction(() => document.querySelector('#model').value === 'llama-3.1-70b');
  for (let i = 0; i < 10; i++) {
    await page.fill('#context', String(8192 + i));
    await page.waitForTimeout(120);
    await page.evaluate(() => {
      history.back();
      const t = performance.now();
      while (performance.now() - t < 100) { /* busy */ }
    });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => location.hash), '#v=1&m=qwen3-8b', `try ${i}: the earlier entry kept its link`);
    await page.goForward();
    await page.waitForTimeout(300);
  }
  await context.close();
});

test('opening a link does not rewrite it; the notice stays until dismissed', async () => {
  for (const link of ['#v=1&m=llama-5-400b&hw=rtx-5090&n=2', '#v=2&m=qwen3-8b&newkey=abc']) {
    const { page, context } = await openPlanner(browser, `${server.base}${link}`);
    await page.waitForTimeout(600);
    assert.equal(await page.evaluate(() => location.hash), link, 'the address bar keeps the link as opened');
    await page.reload();
    await ready(page);
    assert.equal(await page.evaluate(() => location.hash), link);
    assert.ok(await page.locator('[data-testid="link-notice"]').isVisible(), 'the notice is shown after a reload too');
    // Copying before any change gives the link as opened.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('[data-testid="copy-link"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="copy-link"]').textContent === 'Link copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.base}${link}`);
    // The first change writes the canonical link.
    await page.fill('#context', '8192');
    await page.waitForFunction(() => location.hash.includes('ctx=8192'));
    assert.ok(await page.locator('[data-testid="link-notice"]').isVisible(), 'still until dismissed');
    await context.close();
  }
});

test('embed mode shows what a link dropped and keeps the link for the full planner', async () => {
  const link = '#v=1&m=llama-5-400b&hw=rtx-4090&ctx=banana';
  const { page, context } = await openPlanner(browser, `${server.base}?embed${link}`);
  const notice = await text(page, 'link-notice');
  assert.match(notice, /m = llama-5-400b/);
  assert.match(notice, /ctx = banana/);
  const href = await page.locator('a:has-text("full planner")').getAttribute('href');
  assert.equal(href, `${server.base}${link}`);
  await context.close();
});

test('copying the link says when it failed and offers the text', async () => {
  // Refused (no permission), and no Clipboard API at all (plain HTTP on a LAN address).
  for (const noApi of [false, true]) {
    const { page, context, log } = await openPage(browser);
    if (noApi) await page.addInitScript(() => { delete Navigator.prototype.clipboard; });
    await page.goto(server.base);
    await ready(page);
    if (!noApi) await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
    await page.click('[data-testid="copy-link"]');
    await page.locator('#copy-fallback').waitFor();
    assert.equal(await page.inputValue('#copy-fallback'), `${server.base}#v=2`);
    assert.notEqual(await text(page, 'copy-link'), 'Link copied');
    assert.ok(await page.locator('#boot-error').isHidden(), 'a refused clipboard is not a fatal error');
    // The app still computes.
    await page.selectOption('#hardware', 'rtx-3090');
    assert.match(await text(page, 'decode'), /tok\/s/);
    assert.deepEqual(log.errors.filter((e) => !e.includes('denied')), []);
    await context.close();
  }
});

test('on a phone at 200% zoom focus is never hidden under the summary bar', async () => {
  // 390 px at 200% zoom is a 195 CSS px viewport.
  const { page, context } = await openPlanner(browser, server.base, { viewport: { width: 195, height: 422 } });
  const n = await page.evaluate(() => document.querySelectorAll('input, select, button, textarea, summary').length);
  await page.locator('.foot a').focus();
  let hidden = [];
  for (let i = 0; i < n + 5; i++) {
    await page.keyboard.press('Shift+Tab');
    const r = await page.evaluate(() => {
      const e = document.activeElement;
      const bar = document.querySelector('.summary').getBoundingClientRect();
      const b = e.getBoundingClientRect();
      // Fully under the bar: WCAG 2.4.11 (focus not obscured).
      return { id: e.id || e.textContent.trim().slice(0, 20), covered: b.height > 0 && b.top >= bar.top && b.bottom <= bar.bottom };
    });
    if (r.covered) hidden.push(r.id);
  }
  assert.deepEqual(hidden, []);
  // Chart labels stay legible: 12 px in the SVG renders at 10 CSS px or more.
  const px = await page.evaluate(() => document.querySelector('#chart-depth svg text').getBoundingClientRect().height);
  assert.ok(px >= 10, `chart text renders ${px.toFixed(1)} CSS px tall`);
  await context.close();
});

test('one sentence is announced after a change, and embed mode announces too', async () => {
  // Regression: one big aria-live region read 36 unlabelled fragments per change, the one
  // labelled summary line was aria-hidden, and embed mode announced nothing.
  for (const url of [server.base, `${server.base}?embed#v=1`]) {
    const { page, context } = await openPlanner(browser, url);
    const live = await page.evaluate(() => [...document.querySelectorAll('[aria-live]')].map((e) => e.dataset.testid || e.className));
    assert.deepEqual(live, ['summary'], 'one live region');
    assert.equal(await page.locator('[data-testid="summary"]').getAttribute('aria-hidden'), null);
    await page.selectOption('#hardware', 'rtx-3090');
    await page.waitForFunction(() => document.querySelector('[data-testid="summary"]').textContent.includes('decode'));
    assert.match(await text(page, 'summary'), /^Fits · \S+ GB · decode \S+ tok\/s$/);
    await context.close();
  }
});

test('the comparison view changes a picker within a frame and does not grow memory', async () => {
  const { page, context } = await openPlanner(browser, server.base, { viewport: { width: 390, height: 844 } });
  await page.click('button:has-text("Compare hardware")');
  for (let i = 0; i < 3; i++) await page.click('button:has-text("Add hardware")');
  await page.locator('#compare-5').waitFor();
  // Narrow screens show whole names, not "NVID".
  const w = await page.evaluate(() => document.querySelector('#compare-0').getBoundingClientRect().width);
  assert.ok(w > 250, `picker ${w} px wide`);
  // Each change re-renders its own column, not every picker (the old view rebuilt 666
  // <option>s per change): counted, so it cannot be noise.
  const added = await page.evaluate(async () => {
    const sel = document.querySelector('#compare-0');
    let n = 0;
    const obs = new MutationObserver((ms) => { for (const m of ms) n += m.addedNodes.length; });
    obs.observe(document.body, { childList: true, subtree: true });
    for (const id of ['rtx-3090', 'rtx-5090', 'rtx-4090', 'h100-sxm']) {
      sel.value = id;
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    obs.disconnect();
    return n / 4;
  });
  const changeAll = (rounds) => page.evaluate(async (rounds) => {
    const sel = document.querySelector('#compare-0');
    const ids = ['rtx-3090', 'rtx-5090', 'rtx-4090', 'h100-sxm'];
    // The next task: every reaction to the change (Leptos runs them as microtasks) is done.
    const settle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const times = [];
    for (let i = 0; i < rounds; i++) {
      sel.value = ids[i % ids.length];
      const t = performance.now();
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
      times.push(performance.now() - t);
    }
    return times;
  }, rounds);
  await changeAll(8); // warm-up (JIT)
  const r = await bestRound(3, () => changeAll(20), (s) => s.p90 < 16);
  const grew = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  await changeAll(600);
  const grewBy = (await page.evaluate(() => window.__wasmMemory.buffer.byteLength)) - grew;
  console.log(`compare picker change: ${added} nodes added per change; best of ${r.p90s.length} rounds of 20: p90 ${r.p90.toFixed(1)} ms (per round: ${r.p90s.join(', ')}); wasm memory grew ${grewBy} bytes over 600 changes`);
  assert.ok(added < 120, `${added} nodes added per change`);
  assert.ok(r.p90 < 16, `p90 ${r.p90} ms`);
  assert.ok(grewBy <= 128 * 1024, `wasm memory grew ${grewBy} bytes`);
  await context.close();
});

test('a long junk link gives a short notice', async () => {
  const link = `#${'a&'.repeat(4096)}`;
  const { page, context } = await openPlanner(browser, `${server.base}${link}`);
  const h = await page.locator('[data-testid="link-notice"]').evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(h < 400, `notice ${h} px tall`);
  assert.match(await text(page, 'link-notice'), /and \d+ more/);
  await context.close();
});

test('a custom device named like a catalog card is marked, and bidi controls go', async () => {
  const link = '#v=1&m=llama-3.1-405b&chw=%E2%80%AENVIDIA%20GeForce%20RTX%204090~nvidia~gpu~1000~1008~82.6~450';
  const { page, context } = await openPlanner(browser, `${server.base}${link}`);
  const name = await text(page, 'hardware-name');
  assert.equal(name, 'NVIDIA GeForce RTX 4090 (custom)');
  assert.equal(await page.locator('[data-testid="hardware-name"]').evaluate((e) => e.tagName), 'BDI');
  await context.close();
});
