// The built app in a real browser: first paint, agreement with the CLI, URL state,
// garbage links, embed mode, same-origin requests, console errors, timing budgets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, openPlanner, text, cli, cliSpeeds, ready, bestRound } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve({
    '/host.html': `<!doctype html><html><head><title>host</title><link rel="icon" href="data:,"></head><body>
      <iframe id="f" title="rigplan" style="width:600px;border:0" src="/rigplan/?embed#v=1&m=qwen3-8b"></iframe>
      <script>window.heights=[];addEventListener('message',e=>{if(e.origin===location.origin&&e.data&&e.data.type==='rigplan:height'){window.heights.push(e.data.height);document.getElementById('f').style.height=e.data.height+'px';}});</script>
      </body></html>`,
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

function ownOrigin(log) {
  return log.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

test('first paint shows a verdict and numbers within 1 s, from the same origin only', async () => {
  const { page, context, log } = await openPlanner(browser, server.base);
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return performance.now() - (nav ? nav.startTime : 0);
  });
  const firstResult = await page.evaluate(() => window.__rigplanFirstResult ?? null);
  console.log(`first result visible: ${Math.round(firstResult ?? ms)} ms after navigation start (check at ${Math.round(ms)} ms)`);
  assert.ok((firstResult ?? ms) < 1000, `first result after ${firstResult ?? ms} ms`);
  assert.match(await text(page, 'verdict'), /Fits|Does not fit|offload/);
  assert.match(await text(page, 'decode'), /tok\/s$/);
  assert.match(await text(page, 'prefill'), /tok\/s$/);
  assert.ok(await page.locator('#chart-depth svg').count() === 1, 'depth chart drawn as SVG');
  assert.ok(await page.locator('#chart-cost svg').count() === 1, 'cost chart drawn as SVG');
  assert.deepEqual(ownOrigin(log), [], 'requests left the origin');
  assert.deepEqual(log.errors, [], 'console errors');
  // Opening the page does not rewrite the address bar (a link keeps what it said).
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => location.hash), '');
  await context.close();
});

test('changing model, hardware and context gives what the CLI prints', async () => {
  const { page, context, log } = await openPlanner(browser, server.base);
  const before = await text(page, 'decode');
  await page.selectOption('#model', 'llama-3.1-70b');
  await page.selectOption('#hardware', 'rtx-4090');
  await page.fill('#count', '2');
  await page.fill('#context', '16384');
  await page.locator('#context').dispatchEvent('input');
  await page.waitForFunction(() => location.hash.includes('ctx=16384'));
  const out = cli(['estimate', '--model', 'llama-3.1-70b', '--hardware', 'rtx-4090', '--count', '2', '--context', '16384']);
  const want = cliSpeeds(out);
  assert.equal(await text(page, 'decode'), want.decode);
  assert.equal(await text(page, 'prefill'), want.prefill);
  assert.notEqual(await text(page, 'decode'), before);
  assert.match(out, /Memory  Fits\./);
  assert.equal(await page.locator('[data-testid="verdict"]').getAttribute('data-fit'), 'fits');
  // One GPU: offload, as the CLI says.
  await page.fill('#count', '1');
  await page.waitForFunction(() => !location.hash.includes('n=2'));
  assert.equal(await page.locator('[data-testid="verdict"]').getAttribute('data-fit'), 'offload');
  const one = cliSpeeds(cli(['estimate', '--model', 'llama-3.1-70b', '--hardware', 'rtx-4090', '--context', '16384']));
  assert.equal(await text(page, 'decode'), one.decode);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('reloading the URL restores the exact scenario', async () => {
  const { page, context } = await openPlanner(browser, server.base);
  await page.selectOption('#model', 'qwen3-30b-a3b');
  await page.selectOption('#hardware', 'mac-studio-m3-ultra-512gb');
  await page.selectOption('#quant', 'q8_0');
  await page.fill('#busy-hours-per-day', '24');
  await page.waitForFunction(() => location.hash.includes('h=24'));
  const url = page.url();
  const snapshot = async () => ({
    model: await page.inputValue('#model'), hardware: await page.inputValue('#hardware'), quant: await page.inputValue('#quant'),
    hours: await page.inputValue('#busy-hours-per-day'), decode: await text(page, 'decode'), own: await text(page, 'own-total'), verdict: await text(page, 'verdict'),
  });
  const a = await snapshot();
  const page2 = await context.newPage();
  await page2.goto(url);
  await ready(page2);
  const b = { ...a };
  const ids = { model: '#model', hardware: '#hardware', quant: '#quant', hours: '#busy-hours-per-day' };
  for (const k of Object.keys(a)) b[k] = k in ids ? await page2.inputValue(ids[k]) : await text(page2, { decode: 'decode', own: 'own-total', verdict: 'verdict' }[k]);
  assert.deepEqual(b, a);
  assert.equal(page2.url(), url);
  await context.close();
});

test('a link opened in a tab already showing the planner shows that scenario', async () => {
  // Only the fragment differs, so the browser does not reload the page.
  const { page, context, log } = await openPlanner(browser, server.base);
  await page.selectOption('#model', 'qwen3-8b'); // a pending URL write from this edit ...
  await page.goto(`${server.base}#v=1&m=llama-3.1-70b&hw=rtx-5090&n=2&ctx=banana`);
  await page.waitForFunction(() => document.querySelector('#model')?.value === 'llama-3.1-70b');
  assert.equal(await page.inputValue('#hardware'), 'rtx-5090');
  assert.match(await text(page, 'link-notice'), /ctx/, 'what the new link dropped is named');
  await page.waitForTimeout(400); // ... must not overwrite the new link, kept as opened
  assert.equal(page.url(), `${server.base}#v=1&m=llama-3.1-70b&hw=rtx-5090&n=2&ctx=banana`);
  const want = cliSpeeds(cli(['estimate', '--model', 'llama-3.1-70b', '--hardware', 'rtx-5090', '--count', '2']));
  assert.equal(await text(page, 'decode'), want.decode);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a link with garbage shows a notice naming what was dropped and still renders', async () => {
  const { page, context, log } = await openPlanner(browser, `${server.base}#v=1&m=no-such-model&hw=rtx-4090&ctx=banana&zzz=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
  const notice = await text(page, 'link-notice');
  assert.match(notice, /m/);
  assert.match(notice, /no-such-model/);
  assert.match(notice, /ctx/);
  assert.match(await page.inputValue('#hardware'), /rtx-4090/, 'valid fields are kept');
  assert.equal(await page.locator('script:has-text("alert(1)")').count(), 0, 'no injected script');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('embed mode renders compactly and posts its height to the parent', async () => {
  const { page, context, log } = await openPage(browser);
  await page.goto(`${server.origin}/host.html`);
  const frame = page.frameLocator('#f');
  await frame.locator('[data-testid="embed"]').waitFor({ timeout: 10000 });
  await frame.locator('[data-testid="verdict"]').waitFor();
  await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 5000 });
  const heights = await page.evaluate(() => window.heights);
  console.log(`embed posted heights: ${heights.join(', ')}`);
  assert.ok(heights.every((h) => Number.isFinite(h) && h > 100));
  assert.equal(await frame.locator('.inputs').count(), 0, 'no full input column in embed mode');
  assert.match(await frame.locator('a:has-text("full planner")').getAttribute('href'), /#v=1&m=qwen3-8b/);
  // Embed mode ignores incoming messages: scenario-looking, script-looking and malformed
  // messages change nothing.
  const decodeBefore = await frame.locator('[data-testid="decode"]').textContent();
  await page.evaluate(() => {
    const w = document.getElementById('f').contentWindow;
    for (const m of [{ type: 'rigplan:height', height: 1 }, { type: 'rigplan:scenario', link: 'v=1&m=deepseek-r1' }, '<script>alert(1)</script>', 'v=1&m=deepseek-r1', null]) w.postMessage(m, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await frame.locator('[data-testid="decode"]').textContent(), decodeBefore);
  assert.match(await frame.locator('a:has-text("full planner")').getAttribute('href'), /#v=1&m=qwen3-8b/);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an input change updates every number and chart within one frame (16 ms)', async () => {
  const { page, context } = await openPlanner(browser, server.base);
  // Best of up to 3 rounds of 30 changes (see `bestRound`): the budget is one frame.
  const r = await bestRound(3, () => page.evaluate(async () => {
    const sel = document.querySelector('#hardware');
    const decode = () => document.querySelector('[data-testid="decode"]').textContent;
    const chart = () => document.querySelector('#chart-depth svg').outerHTML;
    const hws = ['rtx-3090', 'rtx-5090', 'apple-m4-max-40c', 'rtx-4090', 'h100-sxm', 'ryzen-ai-max-plus-395'];
    const out = [];
    // 6 warm-up changes (JIT), then 30 measured; a frame between changes, as for a person.
    for (let i = 0; i < 36; i++) {
      const hw = hws[i % hws.length];
      const [d0, c0] = [decode(), chart()];
      const t0 = performance.now();
      sel.value = hw;
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await Promise.resolve();
      const t1 = performance.now();
      if (decode() === d0 || chart() === c0) return { error: `no update for ${hw}` };
      if (i >= 6) out.push(t1 - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return out;
  }), (s) => s.median < 16 && s.p90 < 16);
  console.log(`input change to updated numbers and charts, best of ${r.p90s.length} rounds of ${r.n} changes: median ${r.median.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms, max ${r.max.toFixed(1)} ms (p90 per round: ${r.p90s.join(', ')})`);
  assert.ok(r.median < 16, `median update ${r.median} ms`);
  assert.ok(r.p90 < 16, `90th percentile update ${r.p90} ms`);
  await context.close();
});

test('the comparison view puts several machines on one screen', async () => {
  const { page, context, log } = await openPlanner(browser, server.base);
  await page.click('button:has-text("Compare hardware")');
  const rows = page.locator('[data-testid="compare-table"] tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 3);
  assert.ok(await page.locator('#chart-compare svg').count() === 1);
  await page.click('button:has-text("Add hardware")');
  assert.equal(await rows.count(), 4);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('expert offload: the advice names the smallest --n-cpu-moe, taking it fits, and every speed shows its 80% range', async () => {
  const { page, context, log } = await openPlanner(browser, `${server.base}#v=1&m=gpt-oss-120b&q=mxfp4&hw=rtx-4070&ctx=32768`);
  const detail = await text(page, 'fit-detail');
  const m = detail.match(/--n-cpu-moe (\d+)/);
  assert.ok(m, `no advice in: ${detail}`);
  const args = ['estimate', '--model', 'gpt-oss-120b', '--quant', 'mxfp4', '--hardware', 'rtx-4070', '--context', '32768'];
  assert.ok(cli(args).includes(`--n-cpu-moe ${m[1]} `), 'the CLI gives the same advice');
  await page.fill('#n-cpu-moe', m[1]);
  await page.locator('#n-cpu-moe').dispatchEvent('input');
  await page.waitForFunction((n) => location.hash.includes(`ncm=${n}`), m[1]);
  await page.waitForFunction(() => document.querySelector('[data-testid="verdict"]').textContent.includes('experts in system RAM'));
  const want = cliSpeeds(cli([...args, '--n-cpu-moe', m[1]]));
  assert.equal(await text(page, 'decode'), want.decode);
  assert.doesNotMatch(await text(page, 'fit-detail'), /pass --n-cpu-moe/, 'no advice once it fits');
  for (const k of ['decode', 'prefill']) {
    const value = parseFloat((await text(page, k)).replace(/,/g, ''));
    const band = (await text(page, `${k}-band`)).match(/^([\d.,]+)-([\d.,]+) tok\/s$/);
    assert.ok(band, `${k} band: ${await text(page, `${k}-band`)}`);
    const [lo, hi] = [band[1], band[2]].map((x) => parseFloat(x.replace(/,/g, '')));
    assert.ok(lo <= value && value <= hi, `${k}: ${lo} <= ${value} <= ${hi}`);
  }
  assert.equal(await page.locator('#chart-depth svg polygon, #chart-depth svg path').count() > 0, true, 'the depth chart draws the band');
  assert.deepEqual(log.errors, []);
  await context.close();
});
