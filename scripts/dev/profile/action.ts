// Dev tool: where does a store action's script time go?
// `npm run profile -- action <dist> [step|filter|step-tight|filter-tight|filter-set|filter-clear] [n]`
// Drives the store as the benchmark does, under the CPU profiler, and prints self and inclusive time by function.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { actionTimes, serve } from '../../bench/harness';

const dir = resolve(process.argv[2] ?? 'dist');
const action = process.argv[3] ?? 'step';
const n = Number(process.argv[4] ?? 40);
const from = process.argv[5] ?? '2010-01';
const { server, url: baseUrl } = await serve(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
await page.goto(baseUrl);
await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 60_000 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const profiles: Profile[] = [];
const stopProfile = async (): Promise<void> => {
  profiles.push(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
};
// `filter-set` / `filter-clear`: only one direction of the filter toggle is profiled. The other runs between
// profiles, and the map settles (idle) before each profiled action, as in the bench.
const oneDirection = action === 'filter-set' || action === 'filter-clear';
const directionTimes: number[] = [];
type Handles = { __store: { getState(): { setDate(m: string): void; toggleFilter(k: string, v: string): void; filters: unknown } }; __map: { once(e: 'idle', f: () => void): void; triggerRepaint(): void } };
const toggle = (): Promise<number> =>
  page.evaluate(async () => {
    const t0 = performance.now();
    (window as unknown as Handles).__store.getState().toggleFilter('instruments', 'humanitarian-aid');
    await new Promise<void>((r) => queueMicrotask(r));
    await Promise.resolve();
    return performance.now() - t0;
  });
const settle = (): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((r) => {
        const map = (window as unknown as Handles).__map;
        map.once('idle', () => r());
        map.triggerRepaint();
      }),
  );
const filterIsSet = (): Promise<boolean> => page.evaluate(() => JSON.stringify((window as unknown as Handles).__store.getState().filters).includes('humanitarian-aid'));
if (oneDirection) {
  await page.evaluate(() => (window as unknown as Handles).__store.getState().setDate('2010-01'));
  for (let i = 0; i < n; i++) {
    if ((await filterIsSet()) === (action === 'filter-set')) {
      await toggle();
      await settle();
    }
    await settle();
    await cdp.send('Profiler.start');
    directionTimes.push(await toggle());
    await stopProfile();
  }
} else await cdp.send('Profiler.start');
// `filter-tight` / `step-tight`: the actions back to back, with only their microtasks between them (no frame, no
// worker reply): the profile holds only what the bench's script-time figure measures.
const times = oneDirection
  ? directionTimes
  : action.endsWith('-tight')
  ? await page.evaluate(
      async ([kind, count]) => {
        const store = (window as unknown as { __store: { getState(): { stepDate(n: number): void; toggleFilter(k: string, v: string): void } } }).__store;
        const out: number[] = [];
        for (let i = 0; i < (count as number); i++) {
          const t0 = performance.now();
          if (kind === 'filter-tight') store.getState().toggleFilter('instruments', 'humanitarian-aid');
          else store.getState().stepDate(i % 120 < 60 ? 1 : -1);
          await new Promise<void>((r) => queueMicrotask(r));
          await Promise.resolve();
          out.push(performance.now() - t0);
        }
        return out;
      },
      [action, n] as const,
    )
  : await actionTimes(page, action === 'filter' ? 'filter' : 'step', n, from);
if (!oneDirection) await stopProfile();
const sorted = [...times].sort((a, b) => a - b);
console.log(times.map((t) => t.toFixed(1)).join(' '));
console.log(`${action} x${n}: median ${sorted[Math.floor(n / 2)]!.toFixed(2)} ms, min ${sorted[0]!.toFixed(2)}, max ${sorted[n - 1]!.toFixed(2)}`);
const name = (x: Node): string => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.split('/').pop()}:${x.callFrame.lineNumber}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
for (const profile of profiles) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
}
const top = (m: Map<string, number>, k: number): void => {
  for (const [key, v] of [...m].filter(([key]) => !/^\((idle|program|root)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, k)) console.log(`  ${(v / n).toFixed(2).padStart(7)} ms/action  ${key}`);
};
console.log('self:');
top(self, 20);
console.log('inclusive:');
top(total, 150);
await browser.close();
server.close();
