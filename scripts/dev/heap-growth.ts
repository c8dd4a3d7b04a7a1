// Dev tool: JS heap after successive batches of timeline steps. `tsx scripts/dev/heap-growth.ts <dist> [batches]`
// A leak keeps growing batch after batch; warming caches level off.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/driver';

const dir = resolve(process.argv[2] ?? 'dist');
const batches = Number(process.argv[3] ?? 4);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  let file = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!existsSync(file)) return void res.writeHead(404).end();
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
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
