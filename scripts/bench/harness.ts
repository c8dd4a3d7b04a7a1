// What the benchmark and the dev profiling tools share: a static server for a build, and the timed store actions.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium';

export const BENCH_VIEWPORT = { width: 1200, height: 700 };

export { median } from './verdict';

/**
 * A page as the bench opens one: a fresh browser profile, precise memory figures and `gc` exposed, reduced motion
 * (a briefing step's camera jumps instead of flying, so its figure is the redraw, not the flight). `urls` collects
 * every request; `close` removes the profile.
 */
export async function openFreshPage(): Promise<{ context: BrowserContext; page: Page; urls: string[]; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'map-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'], viewport: BENCH_VIEWPORT, reducedMotion: 'reduce' });
  const page = context.pages()[0] ?? (await context.newPage());
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return {
    context,
    page,
    urls,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type StoreHandle = { getState(): { stepDate(n: number): void; setDate(d: string): void; toggleFilter(k: string, v: string): void } };

/** The bench's static server is the one of the screenshots and tools: a built folder on 127.0.0.1 (a free port). */
export { serveFolder as serve } from '../browser/static-server';

/** Script time of one store action: selectors, map setData calls and the Preact render it schedules. */
export async function actionTimes(page: Page, action: 'step' | 'filter', n: number, start = '2010-01'): Promise<number[]> {
  return page.evaluate(
    async ([kind, count, from]) => {
      const store = (window as unknown as { __store: StoreHandle }).__store;
      const times: number[] = [];
      // The jump to the start date is not a step: let the map finish it before timing steps.
      const map = (window as unknown as { __map: { once(e: 'idle', f: () => void): void; triggerRepaint(): void } }).__map;
      store.getState().setDate(from);
      await new Promise<void>((r) => {
        map.once('idle', () => r());
        map.triggerRepaint();
      });
      for (let i = 0; i < (count as number); i++) {
        const t0 = performance.now();
        if (kind === 'step') store.getState().stepDate(i % 120 < 60 ? 1 : -1);
        else store.getState().toggleFilter('instruments', 'humanitarian-aid');
        await new Promise<void>((r) => queueMicrotask(r));
        await Promise.resolve();
        times.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 0));
      }
      return times;
    },
    [action, n, start] as const,
  );
}
