// Dev tool: A/B of the bench's script-time figures (timeline step, filter change) between builds, alternating fresh
// pages. `tsx scripts/dev/ab-script.mts [--rounds 3] label=dir [label=dir …]`
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/driver';
import { actionTimes, serve } from '../bench/harness';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const builds = args.map((a) => ({ label: a.split('=')[0]!, dir: resolve(a.split('=')[1]!) }));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const servers = await Promise.all(builds.map((b) => serve(b.dir)));
const figures = builds.map(() => ({ step: [] as number[], filter: [] as number[] }));
for (let round = 0; round < rounds; round++) {
  for (const i of builds.keys()) {
    // As the bench opens a page: a fresh profile, the same flags.
    const profile = mkdtempSync(join(tmpdir(), 'ab-script-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'], viewport: { width: 1200, height: 700 }, reducedMotion: 'reduce' });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(servers[i]!.url);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 120_000 });
    figures[i]!.step.push(median(await actionTimes(page, 'step', 100)));
    figures[i]!.filter.push(median(await actionTimes(page, 'filter', 100)));
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
for (const s of servers) s.server.close();
for (const [i, b] of builds.entries()) console.log(`${b.label.padEnd(12)} step ${figures[i]!.step.map((x) => x.toFixed(2)).join(' ')}  filter ${figures[i]!.filter.map((x) => x.toFixed(2)).join(' ')}  (medians ${median(figures[i]!.step).toFixed(2)} / ${median(figures[i]!.filter).toFixed(2)} ms)`);
