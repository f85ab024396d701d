// The README's "run the planner" command (scripts/serve.sh): it serves a working page and
// builds apart from dist/, which stays the publishable build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { root, dist, launch, openPlanner } from './harness.mjs';

/** Every file under `dir` with its size and modification time. */
function listing(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else { const s = fs.statSync(p); out.push(`${path.relative(dir, p)} ${s.size} ${s.mtimeMs}`); }
    }
  };
  walk(dir);
  return out.sort();
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

test('the local server leaves dist/ alone and its page logs no error', { timeout: 600_000 }, async () => {
  // Regression: serve.sh built into dist/ (rooted at /, with trunk's live-reload script,
  // whose socket the CSP blocks: a console error on every page).
  const before = listing(dist);
  const port = await freePort();
  const child = spawn('bash', [path.join(root, 'scripts/serve.sh')], {
    cwd: root, env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  let browser;
  try {
    await waitFor(`http://127.0.0.1:${port}/`, 540_000);
    browser = await launch();
    const { page, context, log } = await openPlanner(browser, `http://127.0.0.1:${port}/#v=1&m=qwen3-8b`);
    assert.equal(await page.inputValue('#model'), 'qwen3-8b');
    await page.waitForTimeout(500);
    assert.deepEqual(log.errors, [], 'console errors on the served page');
    assert.equal(await page.locator('script:not([src])').evaluateAll((s) => s.filter((e) => e.textContent.includes('WebSocket')).length), 0, 'no live-reload script');
    await context.close();
    assert.deepEqual(listing(dist), before, 'dist/ unchanged by the local server');
  } catch (e) {
    console.log(out.slice(-4000));
    throw e;
  } finally {
    await browser?.close();
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
});
