// A/B comparison of builds, for trying a change before the full bench: loads each build in turn (alternating, fresh
// profile each time) and measures navigation → first map idle, one-pixel pan → painted and, where the page has the
// store handle, timeline step → painted. Medians per build and ratios to the first.
// Usage: npm run ab -- paint [--rounds 5] label=dir [label=dir …]
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { serve } from '../../bench/harness';
import { actionToPainted } from '../../bench/latency';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 5;
const builds = args.map((a) => {
  const [label, dir] = a.split('=');
  return { label: label!, dir: resolve(dir!) };
});
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const servers = await Promise.all(builds.map((b) => serve(b.dir)));
const figures = builds.map(() => ({ idle: [] as number[], pan: [] as number[], step: [] as number[] }));
for (let round = 0; round < rounds; round++) {
  for (const i of builds.keys()) {
    const profile = mkdtempSync(join(tmpdir(), 'ab-paint-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1200, height: 700 }, reducedMotion: 'reduce' });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(servers[i]!.url);
      const t = await page.waitForFunction(() => performance.getEntriesByName('map-first-idle')[0]?.startTime, null, { timeout: 120_000, polling: 50 });
      figures[i]!.idle.push(Number(await t.jsonValue()));
      figures[i]!.pan.push(median(await actionToPainted(page, 'pan', 8)));
      const hasStore = await page.evaluate(() => '__store' in window);
      if (hasStore) figures[i]!.step.push(median(await actionToPainted(page, 'step', 8)));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  process.stdout.write(`round ${round + 1}/${rounds}\n`);
}
const first = figures[0]!;
for (const [i, build] of builds.entries()) {
  const f = figures[i]!;
  const ratio = (a: number[], b: number[]): string => (a.length && b.length ? ` (${(median(a) / median(b)).toFixed(2)})` : '');
  console.log(`${build.label.padEnd(16)} idle ${median(f.idle).toFixed(0)} ms${ratio(f.idle, first.idle)}  pan ${median(f.pan).toFixed(0)} ms${ratio(f.pan, first.pan)}  step ${f.step.length ? `${median(f.step).toFixed(0)} ms` : '–'}`);
}
for (const s of servers) s.server.close();
