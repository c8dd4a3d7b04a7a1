// Dev tool: where does load-to-idle time go? `npm run profile -- load <dist> [runs] [query]`
// Prints performance marks, long main-thread functions (self time, CPU profile) for the median run.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { serve } from '../../bench/harness';

const dir = resolve(process.argv[2] ?? 'dist');
const runs = Number(process.argv[3] ?? 3);
const query = process.argv[4] ?? '';
const { server, url: baseUrl } = await serve(dir);

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number }
for (let i = 0; i < runs; i++) {
  const profile = mkdtempSync(join(tmpdir(), 'prof-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1200, height: 700 } });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${baseUrl}${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 60_000, polling: 50 });
  const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const marks = await page.evaluate(() => [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('navigation')].sort((a, b) => a.startTime - b.startTime).map((m) => `${m.name} ${m.startTime.toFixed(0)}${m.entryType === 'navigation' ? ` dcl=${(m as PerformanceNavigationTiming).domContentLoadedEventEnd.toFixed(0)}` : ''}`));
  console.log(`run ${i + 1}:`, marks.join(' | '));
  const byNode = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, k) => {
    const n = byNode.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[k] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`  sampled ${total.toFixed(0)} ms; top self time:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`   ${v.toFixed(1).padStart(7)} ms  ${k}`);
  // By chunk (the file a function came from; '(program)', '(idle)' and the collector stand alone).
  const byChunk = new Map<string, number>();
  for (const [k, v] of self) {
    const file = k.split(' ').pop()!.split(':')[0]!.replace(/-[\w-]{8}\.m?js$/, '') || k.split(' ')[0]!;
    byChunk.set(file, (byChunk.get(file) ?? 0) + v);
  }
  console.log('  by chunk:', [...byChunk].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([f, v]) => `${f} ${v.toFixed(0)}`).join(', '));
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
server.close();
