// The load of one or more builds cut into phases by their performance marks (medians of --rounds loads, alternating).
// Usage: npm run profile -- load-phases [--rounds 3] [--warm | --primed] label=dir [label=dir …]
// Each load is in a new browser (as in the bench); with --warm in a new context of one browser that is already up
// (its GPU process started, its caches of compiled WebGL programs off, so every load compiles its shaders as a first
// visit does); with --primed in a new browser whose GPU process a blank WebGL canvas has started first. No HTTP cache
// in any of the three. All three vary by about 10% from one load to the next (coefficient of variation; docs/scale.md,
// "After the tenth round"). Prints each build's loads, then the medians of its marks.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { serve } from '../../bench/harness';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const warmAt = args.indexOf('--warm');
if (warmAt >= 0) args.splice(warmAt, 1);
const primedAt = args.indexOf('--primed');
if (primedAt >= 0) args.splice(primedAt, 1);
const warmBrowser = warmAt >= 0 ? await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, '--disable-gpu-program-cache', '--disable-gpu-shader-disk-cache'] }) : undefined;
const builds = args.map((a) => ({ label: a.split('=')[0]!, dir: resolve(a.split('=')[1]!) }));
const MARKS = ['responseEnd', 'domInteractive', 'app-modules-evaluated', 'model-built', 'map-create', 'map-style-built', 'map-load', 'map-first-idle'];
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const servers = await Promise.all(builds.map((b) => serve(b.dir)));
const seen = builds.map(() => new Map<string, number[]>());
for (let round = 0; round < rounds; round++) {
  for (const [i] of builds.entries()) {
    const profile = mkdtempSync(join(tmpdir(), 'phases-'));
    const viewport = { width: 1200, height: 700 };
    const context = warmBrowser ? await warmBrowser.newContext({ viewport }) : await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      if (primedAt >= 0) {
        // One WebGL frame, read back, so the GPU process is up before the measured navigation starts.
        await page.setContent('<canvas width="8" height="8"></canvas>');
        await page.evaluate(() => {
          const gl = document.querySelector('canvas')?.getContext('webgl2');
          gl?.clear(gl.COLOR_BUFFER_BIT);
          gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        });
      }
      await page.goto(servers[i]!.url);
      await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 300_000, polling: 50 });
      const marks = await page.evaluate((names) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const out: Record<string, number> = { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive };
        for (const n of names) {
          const e = performance.getEntriesByName(n)[0];
          if (e) out[n] = e.startTime;
        }
        return out;
      }, MARKS);
      for (const [k, v] of Object.entries(marks)) seen[i]!.set(k, [...(seen[i]!.get(k) ?? []), v]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
}
console.log(['mark (median ms since navigation)', ...builds.map((b) => b.label)].map((c) => c.padEnd(24)).join(''));
for (const [i, b] of builds.entries()) console.log(b.label, 'idle per load:', (seen[i]!.get('map-first-idle') ?? []).map((v) => v.toFixed(0)).join(' '));
for (const m of MARKS) console.log([m, ...seen.map((s) => median(s.get(m) ?? []).toFixed(0))].map((c) => c.padEnd(24)).join(''));
await warmBrowser?.close();
for (const s of servers) s.server.close();
