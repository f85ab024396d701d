// Issue 11 in a real browser: the workload panel and its presets, the serving figures and
// curves, the cheapest option and what flips it, checked against the real CLI; the link
// carries the workload (version 2) and a version-1 link keeps pricing the machine's
// capacity.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPlanner, text, cli, ready } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('a preset fills the workload, the page agrees with the CLI, and the link carries it', async () => {
  const { page, context, log } = await openPlanner(browser, server.base);
  await page.selectOption('#hardware', 'rtx-4090');
  await page.click('[data-preset="startup"]');
  await page.waitForFunction(() => location.hash.includes('u=1000'));
  assert.match(await text(page, 'preset-basis'), /seed 003/);
  assert.equal(await page.inputValue('#users'), '1000');
  assert.equal(await page.inputValue('#max-ttft-s'), '0.5');
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#v=2&/);
  const json = JSON.parse(cli(['estimate', '--model', 'llama-3.1-8b', '--hardware', 'rtx-4090', '--users', '1000',
    '--requests-per-user-per-day', '5', '--input-tokens', '300', '--cached-share', '0', '--output-tokens', '200',
    '--busy-hours-per-day', '12', '--max-ttft-s', '0.5', '--min-user-tokens-per-s', '15', '--json']));
  const sv = json.serving;
  assert.equal(await text(page, 'max-sequences'), String(sv.max_concurrent_sequences));
  assert.equal(await text(page, 'max-users'), String(Math.floor(sv.max_users_meeting_targets)));
  assert.equal(await text(page, 'serves'), sv.meets_targets ? 'Yes, within the targets' : 'No: misses the targets');
  const cheapest = { own: 'own the machine', cloud: 'rent it in the cloud', api: 'pay the API' }[json.tco.cheapest];
  assert.equal(await text(page, 'cheapest'), cheapest);
  // What flips it: one line per input the CLI finds a flip for.
  const flips = json.sensitivity.filter((f) => f.flips_at !== null).length;
  assert.equal(await page.locator('[data-testid="flips"] li').count(), flips);
  // The serving curves are drawn, with the target level.
  for (const id of ['#chart-serving svg', '#chart-ttft svg']) {
    assert.ok((await page.locator(id).textContent()).includes('target'), id);
  }
  // The link reopens the same workload.
  const page2 = await context.newPage();
  await page2.goto(`${server.base}${hash}`);
  await ready(page2);
  assert.equal(await page2.inputValue('#users'), '1000');
  assert.equal(await text(page2, 'max-users'), await text(page, 'max-users'));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('more users never raise any user\'s decode speed on the page', async () => {
  const { page, context } = await openPlanner(browser, `${server.base}#v=2&hw=rtx-4090`);
  let last = Infinity;
  for (const users of ['1', '100', '3000', '30000']) {
    await page.fill('#users', users);
    await page.waitForFunction((u) => location.hash.includes(`u=${u}`) || u === '1', users);
    const v = parseFloat((await text(page, 'user-decode')).replace(/[^0-9.]/g, ''));
    assert.ok(v <= last + 1e-9, `${users} users: ${v} > ${last}`);
    last = v;
  }
  await context.close();
});

test('a version-1 link keeps pricing what the machine can generate', async () => {
  const { page, context } = await openPlanner(browser, `${server.base}#v=1&m=llama-3.1-8b&hw=rtx-4090&h=12`);
  assert.equal(await page.inputValue('#work'), 'capacity');
  assert.equal(await page.inputValue('#busy-hours-per-day'), '12');
  const out = JSON.parse(cli(['estimate', '--model', 'llama-3.1-8b', '--hardware', 'rtx-4090', '--busy-hours-per-day', '12',
    '--work', 'capacity', '--json']));
  const usd = (x) => (x < 100 ? `$${x.toFixed(2)}` : `$${Math.round(x).toLocaleString('en-US')}`);
  assert.equal(await text(page, 'api-total'), usd(out.tco.api_total_usd));
  await context.close();
});
