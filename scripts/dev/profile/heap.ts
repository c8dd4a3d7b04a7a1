// Dev tool: JS heap after successive batches of timeline steps. `npm run profile -- heap <dist> [batches]`
// A leak keeps growing batch after batch; warming caches level off.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { serve } from '../../bench/harness';

const dir = resolve(process.argv[2] ?? 'dist');
const batches = Number(process.argv[3] ?? 4);
const { server, url: baseUrl } = await serve(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
await page.goto(baseUrl);
await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 60_000 });
const cdp = await page.context().newCDPSession(page);
const heap = async (): Promise<number> => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
};
const steps = (n: number) =>
  page.evaluate(async (count) => {
    const store = (window as unknown as { __store: { getState(): { stepDate(n: number): void } } }).__store;
    for (let i = 0; i < count; i++) {
      store.getState().stepDate(i % 240 < 120 ? 1 : -1);
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 0));
    }
  }, n);
await steps(10);
const base = await heap();
console.log(`after 10 steps: ${(base / 1024).toFixed(0)} KB`);
for (let b = 1; b <= batches; b++) {
  await steps(1000);
  await new Promise((r) => setTimeout(r, 1500));
  const h = await heap();
  console.log(`after ${b}x1000 more: ${(h / 1024).toFixed(0)} KB (+${(((h - base) / base) * 100).toFixed(1)}%)`);
}
await browser.close();
server.close();
