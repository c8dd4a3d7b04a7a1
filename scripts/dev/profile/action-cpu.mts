// Dev tool: how much of an action's script time is the main thread's own CPU time, and what the other threads do
// meanwhile. `npm run profile -- action-cpu <dist> [step|filter] [n]`
// Runs n actions as the bench does (each in its own task, a setTimeout between them) under a Chrome trace, then
// prints, per action task, the median wall time and thread CPU time, the CPU time of every busy thread over the same
// window, and what the renderer's thread pool spent it on (V8's background compilers and garbage collector).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { BENCH_VIEWPORT, median, serve } from '../../bench/harness';

const dir = resolve(process.argv[2] ?? 'dist');
const action = process.argv[3] === 'step' ? 'step' : 'filter';
const n = Number(process.argv[4] ?? 100);
const { server, url } = await serve(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: BENCH_VIEWPORT });
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 120_000 });
const tmp = mkdtempSync(join(tmpdir(), 'action-cpu-'));
const path = join(tmp, 'trace.json');
await browser.startTracing(page, { path, categories: ['toplevel', 'devtools.timeline', '__metadata', 'v8', 'disabled-by-default-v8.compile'] });
type Handles = { __store: { getState(): { setDate(m: string): void; stepDate(d: number): void; toggleFilter(k: string, v: string): void } }; __map: { once(e: 'idle', f: () => void): void; triggerRepaint(): void } };
const wall = await page.evaluate(
  async ([kind, count]) => {
    const w = window as unknown as Handles;
    w.__store.getState().setDate('2010-01');
    await new Promise<void>((r) => {
      w.__map.once('idle', () => r());
      w.__map.triggerRepaint();
    });
    const out: number[] = [];
    for (let i = 0; i < (count as number); i++) {
      const t0 = performance.now();
      // Marks the task in the trace.
      console.timeStamp('action');
      if (kind === 'step') w.__store.getState().stepDate(i % 120 < 60 ? 1 : -1);
      else w.__store.getState().toggleFilter('instruments', 'humanitarian-aid');
      await new Promise<void>((r) => queueMicrotask(r));
      await Promise.resolve();
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 0));
    }
    return out;
  },
  [action, n] as const,
);
await browser.stopTracing();
await browser.close();
server.close();

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string } }
const { traceEvents: events } = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
rmSync(tmp, { recursive: true, force: true });
const stamps = events.filter((e) => e.name === 'TimeStamp');
const main = stamps[0]!;
const threadName = new Map<string, string>();
for (const e of events) if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
const isTask = (e: TraceEvent): boolean => e.ph === 'X' && e.dur !== undefined && /^(ThreadControllerImpl::RunTask|ThreadPool_RunTask|RunTask)$/.test(e.name);
const actionTasks = events.filter((e) => isTask(e) && e.pid === main.pid && e.tid === main.tid && stamps.some((s) => s.ts >= e.ts && s.ts <= e.ts + e.dur!));
console.log(`${action} x${n}: in-page median ${median(wall).toFixed(2)} ms; per task (${actionTasks.length}): wall ${median(actionTasks.map((e) => e.dur! / 1000)).toFixed(2)} ms, main-thread CPU ${median(actionTasks.map((e) => (e.tdur ?? 0) / 1000)).toFixed(2)} ms`);
const from = stamps[0]!.ts;
const to = stamps.at(-1)!.ts;
console.log(`CPU time by thread over the ${((to - from) / 1000).toFixed(0)} ms of the actions:`);
const byThread = new Map<string, number>();
for (const e of events) {
  if (!isTask(e) || e.ts < from || e.ts > to) continue;
  const key = `${threadName.get(`${e.pid}:${e.tid}`) ?? '?'} (${e.pid}:${e.tid})`;
  byThread.set(key, (byThread.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
}
for (const [k, v] of [...byThread].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
const pool = new Map<string, number>();
for (const e of events) {
  if (e.ph !== 'X' || e.dur === undefined || e.ts < from || e.ts > to || !e.name.startsWith('V8.')) continue;
  if (!(threadName.get(`${e.pid}:${e.tid}`) ?? '').startsWith('ThreadPoolForegroundWorker')) continue;
  pool.set(e.name, (pool.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
}
console.log('thread pool, V8 events:');
for (const [k, v] of [...pool].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
