// Dev tool: who does the work of one store action, counted (not timed): `npm run profile -- work <dist> [filter|step]
// [month] [n]`. Opens a test build (VITE_TEST_HANDLES=1, e.g. bench/tmp/app-100x; build it unminified to read the
// component names), moves the timeline to `month`, then runs the action n times, each to the map's idle and Preact's
// settled renders, and prints per action the work counters (src/debug/work-counters.ts) with the renders by component
// and the setData/updateData calls by source.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { serve } from '../../bench/harness';

const dir = resolve(process.argv[2] ?? 'dist');
const action = process.argv[3] === 'step' ? 'step' : 'filter';
const month = process.argv[4] ?? '2010-01';
const n = Number(process.argv[5] ?? 2);

type Tally = Record<string, number>;
type Snapshot = [counts: Tally, renders: Tally, sources: Tally];
const { server, url } = await serve(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 90_000 });
  // Snapshots only in the page: named helpers inside evaluate would need tsx's own helpers there.
  const snapshots = await page.evaluate(
    async ([kind, from, count]) => {
      type Work = { counts: Tally; detail: { renders: Tally; sources: Tally }; countBytes: boolean; idle(): Promise<void>; settled(): Promise<void> };
      type Store = { getState(): { setDate(m: string): void; stepDate(d: number): void; toggleFilter(k: string, v: string): void } };
      const w = window as unknown as { __work?: Work; __store: Store };
      const work = w.__work;
      if (!work) throw new Error('no work counters: build with VITE_TEST_HANDLES=1');
      w.__store.getState().setDate(from as string);
      await work.idle();
      await work.settled();
      const out: Array<[Tally, Tally, Tally]> = [[{ ...work.counts }, { ...work.detail.renders }, { ...work.detail.sources }]];
      work.countBytes = true;
      for (let i = 0; i < (count as number); i++) {
        if (kind === 'step') w.__store.getState().stepDate(1);
        else w.__store.getState().toggleFilter('instruments', 'humanitarian-aid');
        await work.idle();
        await work.settled();
        out.push([{ ...work.counts }, { ...work.detail.renders }, { ...work.detail.sources }]);
      }
      work.countBytes = false;
      return out;
    },
    [action, month, n] as const,
  );
  const diff = (a: Tally, b: Tally): string =>
    Object.entries(b)
      .map(([k, v]): [string, number] => [k, v - (a[k] ?? 0)])
      .filter(([, v]) => v !== 0)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || '–';
  console.log(`${action} from ${month}, ${dir}`);
  snapshots.slice(1).forEach((after, i) => {
    const before = snapshots[i] as Snapshot;
    const [c, r, s] = after as Snapshot;
    console.log(`${action} ${i + 1}: ${diff(before[0], c)}\n  renders: ${diff(before[1], r)}\n  sources: ${diff(before[2], s)}`);
  });
} finally {
  await browser.close();
  server.close();
}
