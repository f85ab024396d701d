// Takes the screenshots a person should look at before a release: default view,
// comparison, a does-not-fit case and embed mode, at desktop and phone widths, light and
// dark. Not a test: writes PNGs to tests/e2e/screenshots/ (git-ignored).
// Run: node tests/e2e/screenshots.mjs   (after a trunk build into dist/)
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, ready } from './harness.mjs';

const out = path.join(path.dirname(new URL(import.meta.url).pathname), 'screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
const shots = [
  ['default', ''],
  ['does-not-fit', '#v=1&m=deepseek-r1&hw=rtx-5090'],
  ['offload', '#v=1&m=llama-3.1-70b&hw=rtx-4090'],
  ['expert-offload', '#v=2&m=gpt-oss-120b&q=mxfp4&hw=rtx-3090&ctx=32768&ncm=25&hram=128&hbw=90'],
  ['garbage-link', '#v=1&m=nope&ctx=banana&hw=rtx-4090'],
  ['startup-workload', '#v=2&m=llama-3.1-8b&hw=rtx-4090&u=1000&rpd=5&in=300&out=200&cs=0&h=12&ttft=0.5&uts=15'],
  ['runs-m4-max', '#v=2&view=runs&hw=macbook-pro-16-m4-max-128gb'],
  ['runs-4090', '#v=2&view=runs&hw=rtx-4090-desktop'],
  ['runs-strix-halo', '#v=2&view=runs&hw=ryzen-ai-max-plus-395'],
  ['buy-llama70b-20', '#v=2&view=buy&m=llama-3.3-70b&mind=20'],
  ['buy-qwen235b-10', '#v=2&view=buy&m=qwen3-235b-a22b&mind=10'],
  ['gemma4-long-context', '#v=2&m=gemma-4-26b-a4b&hw=rtx-4090&ctx=131072&pd=65536'],
  ['gemma3n-4070ti', '#v=2&m=gemma-3n-e4b&q=q8_0&hw=rtx-4070-ti&ctx=32768'],
  ['granite-h-small-3090', '#v=2&m=granite-4.0-h-small&hw=rtx-3090&ctx=65536'],
  ['lfm2-8b-a1b-7900xtx', '#v=2&m=lfm2-8b-a1b&hw=rx-7900-xtx&ctx=32768'],
  ['qwen36-arc-b70-sycl', '#v=2&m=qwen3.6-35b-a3b&hw=arc-pro-b70&b=sycl&ctx=32768'],
  ['qwen3-30b-a770-vulkan', '#v=2&m=qwen3-30b-a3b&hw=arc-a770-16gb&b=vulkan&n=2&ctx=8192'],
  ['qwen3-coder-strix-rocm', '#v=2&m=qwen3-coder-30b-a3b&hw=ryzen-ai-max-plus-395&b=rocm&ctx=32768'],
  ['gpt-oss-120b-arc-b60-offload', '#v=2&m=gpt-oss-120b&q=mxfp4&hw=arc-pro-b60&b=sycl&ctx=32768'],
];
for (const [w, h, tag] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
  for (const scheme of ['light', 'dark']) {
    const { page, context } = await openPage(browser, { viewport: { width: w, height: h }, colorScheme: scheme });
    for (const [name, hash] of shots) {
      await page.goto(`${server.base}${hash}`);
      await page.reload();
      if (hash.includes('view=')) await page.locator('table[data-testid] tbody tr').first().waitFor();
      else await ready(page);
      await page.screenshot({ path: path.join(out, `${name}-${tag}-${scheme}.png`), fullPage: name === 'default' || hash.includes('view=buy') });
    }
    await page.goto(server.base);
    await ready(page);
    await page.click('button:has-text("Compare hardware")');
    await page.locator('[data-testid="compare-table"] tbody tr').first().waitFor();
    await page.screenshot({ path: path.join(out, `compare-${tag}-${scheme}.png`), fullPage: true });
    await page.goto(`${server.base}?embed#v=1&m=llama-3.1-70b&hw=rtx-4090&n=2`);
    await ready(page);
    await page.screenshot({ path: path.join(out, `embed-${tag}-${scheme}.png`), fullPage: true });
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots written to ${out}`);
