// Offline after one visit (service worker from scripts/sw.py), and a deploy that replaces
// the files does not break an open tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openPage, ready, text, root, dist } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Links to check: every v1 fixture plus a few more, 10 at least. */
function links() {
  const dir = path.join(root, 'tests', 'links', 'v1');
  const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).link);
  const more = ['v=1&m=deepseek-r1&hw=rtx-5090', 'v=1&m=qwen3-30b-a3b&hw=ryzen-ai-max-plus-395', 'v=1&m=llama-3.1-70b&hw=apple-m3-ultra-80c', 'v=1&m=gpt-oss-120b&hw=dgx-spark'];
  return fixtures.concat(more).map((l) => l.replace(/^#/, ''));
}

test('after one visit the planner works offline, with the same numbers', async () => {
  const server = await serve();
  const { page, context, log } = await openPage(browser);
  const all = links();
  assert.ok(all.length >= 10, `${all.length} links`);
  await page.goto(server.base);
  await ready(page);
  // The worker claims open pages when it activates: wait until this one is controlled.
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  // Each link in a page of its own: a new document, so nothing stale can be read.
  const numbers = async (l) => {
    const p = await context.newPage();
    await p.goto(`${server.base}#${l}`);
    await ready(p);
    const got = [await text(p, 'verdict'), await text(p, 'decode'), await text(p, 'prefill'), await text(p, 'own-total')];
    await p.close();
    return got;
  };
  const online = {};
  for (const l of all) online[l] = await numbers(l);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  for (const l of all) assert.deepEqual(await numbers(l), online[l], `offline numbers for #${l}`);
  console.log(`offline: ${all.length} links reloaded with the network cut, same numbers`);
  assert.deepEqual(log.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
  await server.close();
});

test('a deploy that replaces every file does not break an open tab', async () => {
  // Serve a copy of dist/, open the page, then delete the copy's files as a deploy would.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'rigplan-deploy-'));
  for (const f of fs.readdirSync(dist)) fs.copyFileSync(path.join(dist, f), path.join(copy, f));
  const server = await serve({}, copy);
  const { page, context, log } = await openPage(browser);
  // Closed whatever happens: a server left open keeps this file's process, and the run,
  // alive after a failure.
  try {
    await page.goto(server.base);
    await ready(page);
    // The page registers its worker after the first result; a deploy that lands before
    // the browser has fetched sw.js makes that fetch a 404 in this test, not in the tab a
    // user had open. Wait for the worker, as any tab open for a moment has it.
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
    const before = await text(page, 'decode');
    for (const f of fs.readdirSync(copy)) fs.rmSync(path.join(copy, f));
    await page.selectOption('#hardware', 'rtx-3090');
    assert.notEqual(await text(page, 'decode'), before, 'the open tab still computes');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('the offline copy stays the planner whatever else was opened online', async () => {
  // Regression: the worker stored any navigation's response as the app shell, so a 404
  // page, an asset opened as a page or a captive portal became the offline planner.
  const routes = {};
  const server = await serve(routes);
  const { page, context } = await openPage(browser);
  await page.goto(server.base);
  await ready(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  routes['/rigplan/no-such-page'] = { status: 404, body: '<!doctype html><title>404</title><h1>host 404 page</h1>' };
  await page.goto(`${server.base}no-such-page`);
  const icon = fs.readdirSync(dist).find((f) => f.endsWith('.svg'));
  await page.goto(`${server.base}${icon}`);
  // A captive portal answering for the planner's own address.
  routes['/rigplan/'] = '<!doctype html><title>portal</title><h1>log in to the wifi</h1>';
  await page.goto(server.base);
  assert.match(await page.content(), /log in to the wifi/);
  delete routes['/rigplan/'];
  await page.goto('about:blank');
  await context.setOffline(true);
  await page.goto(`${server.base}#v=1&m=llama-3.1-70b&hw=rtx-4090&n=2`);
  await ready(page);
  assert.equal(await page.locator('[data-testid="verdict"]').getAttribute('data-fit'), 'fits');
  await context.close();
  await server.close();
});
