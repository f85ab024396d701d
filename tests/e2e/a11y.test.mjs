// Accessibility: axe-core (pinned in package.json) on the default view, the comparison
// view, a link notice, embed mode and dark mode; keyboard reachability.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serve, launch, ready } from './harness.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Serious and critical axe violations on the page as it is now. */
async function axe(page) {
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function page(colorScheme = 'light') {
  // axe is evaluated into the page, which the page's own CSP would refuse: bypass it here
  // only (security.test.mjs checks the CSP with no bypass).
  const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

const views = [
  ['default', '', null],
  ['notice', '#v=1&m=no-such-model&ctx=banana', null],
  ['does-not-fit', '#v=1&m=deepseek-r1&hw=rtx-5090', null],
  ['comparison', '', 'compare'],
  ['embed', '?embed#v=1', null],
  ['what-runs-here', '#v=2&view=runs&hw=rtx-4090', null],
  ['what-to-buy', '#v=2&view=buy&m=llama-3.3-70b&mind=20', null],
  ['what-runs-embed', '?embed#v=2&view=runs&hw=ryzen-ai-max-plus-395', null],
];

for (const scheme of ['light', 'dark']) {
  test(`axe finds no serious or critical violations (${scheme})`, async () => {
    const { context, page: p } = await page(scheme);
    const found = {};
    for (const [name, suffix, action] of views) {
      await p.goto(`${server.base}${suffix}`);
      await p.reload();
      if (suffix.includes('view=')) await p.locator('table[data-testid] tbody tr').first().waitFor();
      else await ready(p);
      if (action === 'compare') {
        await p.click('button:has-text("Compare hardware")');
        await p.locator('#chart-compare svg').waitFor();
      }
      const v = await axe(p);
      if (v.length) found[name] = v;
    }
    console.log(`axe (${scheme}): ${Object.values(found).flat().length} serious/critical violations`);
    assert.deepEqual(found, {});
    await context.close();
  });
}

test('every input and button is reachable by keyboard', async () => {
  const { context, page: p } = await page();
  await p.goto(server.base);
  await ready(p);
  const visible = () => p.evaluate(() => [...document.querySelectorAll('input, select, button, textarea, summary, a[href]')]
    .filter((e) => e.checkVisibility()).map((e) => e.id || e.textContent.trim().slice(0, 30)));
  const tabThrough = async (n) => {
    const reached = new Set();
    await p.evaluate(() => document.activeElement && document.activeElement.blur());
    for (let i = 0; i < n; i++) {
      await p.keyboard.press('Tab');
      reached.add(await p.evaluate(() => { const e = document.activeElement; return e ? (e.id || e.textContent.trim().slice(0, 30)) : ''; }));
    }
    return reached;
  };
  // Closed sections first, then with every <details> opened by keyboard (Enter on its summary).
  let controls = await visible();
  let reached = await tabThrough(controls.length + 10);
  let missing = controls.filter((c) => !reached.has(c));
  for (const summary of await p.$$('details:not([open]) > summary')) {
    await summary.focus();
    await p.keyboard.press('Enter');
  }
  const opened = await visible();
  reached = await tabThrough(opened.length + 10);
  missing = missing.concat(opened.filter((c) => !reached.has(c)));
  console.log(`keyboard: ${opened.length - missing.length} of ${opened.length} controls reached by Tab (details opened by Enter)`);
  assert.deepEqual(missing, []);
  assert.ok(opened.length > controls.length, 'opening the details revealed more controls');
  await context.close();
});
