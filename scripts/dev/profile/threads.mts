// Dev tool: where a load's time goes on every thread, the map's worker included (a Chrome trace's sampled CPU profile
// per thread, self time by function). `npm run profile -- threads <dist> [top] [pan|step N]`: with an action,
// the trace covers N of those actions after the first idle instead of the load.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { serve } from '../../bench/harness';
import { actionToPainted } from '../../bench/latency';

const dir = resolve(process.argv[2] ?? 'dist');
const top = Number(process.argv[3] ?? 15);
const { server, url } = await serve(dir);
const tmp = mkdtempSync(join(tmpdir(), 'trace-'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
const tracePath = join(tmp, 'trace.json');
const action = process.argv[4] as 'pan' | 'step' | undefined;
// TRACE_MORE=1 adds V8's compiler and GC events, so that the thread pool's tasks are named.
const more = process.env['TRACE_MORE'] ? ['disabled-by-default-v8.compile', 'disabled-by-default-v8.gc', 'v8.execute', 'gpu', 'cc'] : [];
const categories = ['disabled-by-default-v8.cpu_profiler', 'v8', '__metadata', 'toplevel', ...more];
if (!action) await browser.startTracing(page, { path: tracePath, categories });
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 300_000, polling: 50 });
if (action) {
  await actionToPainted(page, action, 2);
  await browser.startTracing(page, { path: tracePath, categories });
  const times = await actionToPainted(page, action, Number(process.argv[5] ?? 10));
  console.log(`${action} → painted: ${times.map((t) => t.toFixed(0)).join(' ')} ms`);
}
await browser.stopTracing();
await browser.close();
server.close();

interface TraceEvent { name: string; ph: string; pid: number; tid: number; id?: string; args?: { name?: string; data?: { cpuProfile?: { nodes?: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number } }>; samples?: number[] }; timeDeltas?: number[] } } }
const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] };
rmSync(tmp, { recursive: true, force: true });
const threadNames = new Map<string, string>();
for (const e of traceEvents) if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
// ProfileChunk events carry nodes and samples incrementally, per profile id.
const profiles = new Map<string, { thread: string; frames: Map<number, string>; self: Map<string, number> }>();
for (const e of traceEvents) {
  if (e.name !== 'ProfileChunk') continue;
  const key = `${e.pid}:${e.id}`;
  let p = profiles.get(key);
  if (!p) profiles.set(key, (p = { thread: threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`, frames: new Map(), self: new Map() }));
  const data = e.args?.data;
  for (const n of data?.cpuProfile?.nodes ?? []) p.frames.set(n.id, `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? "").split('/').pop()}:${n.callFrame.lineNumber ?? ''}:${n.callFrame.columnNumber ?? ''}`);
  const samples = data?.cpuProfile?.samples ?? [];
  const deltas = data?.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const f = p.frames.get(id) ?? String(id);
    p.self.set(f, (p.self.get(f) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
}
// Task time per thread (the 'toplevel' RunTask events), every process: the GPU process's raster shows here. Beside
// it the thread's own CPU time in those tasks (tdur): on 2 cores a task can wait for a core for much of its wall time.
const tasks = new Map<string, number>();
const cpu = new Map<string, number>();
for (const e of traceEvents as Array<TraceEvent & { dur?: number; tdur?: number }>) {
  if (e.ph !== 'X' || !e.dur || !/RunTask|ThreadControllerImpl::RunTask/.test(e.name)) continue;
  const key = `${threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`} (${e.pid})`;
  tasks.set(key, (tasks.get(key) ?? 0) + e.dur / 1000);
  cpu.set(key, (cpu.get(key) ?? 0) + (e.tdur ?? 0) / 1000);
}
for (const [k, v] of [...tasks].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`task time ${v.toFixed(0).padStart(7)} ms, CPU ${(cpu.get(k) ?? 0).toFixed(0).padStart(6)} ms  ${k}`);
// What the busiest thread pool runs: complete events by name (nested events counted in their own right).
const pool = [...tasks].sort((a, b) => b[1] - a[1]).find(([k]) => k.startsWith('ThreadPoolForegroundWorker'));
if (pool) {
  const byName = new Map<string, number>();
  for (const e of traceEvents as Array<TraceEvent & { dur?: number }>) {
    if (e.ph !== 'X' || !e.dur || `${threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`} (${e.pid})` !== pool[0]) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(`${pool[0]}, by event:`);
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${v.toFixed(0).padStart(7)} ms  ${k}`);
}
for (const p of profiles.values()) {
  const busy = [...p.self].filter(([f]) => !f.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
  console.log(`\n${p.thread}: ${busy.toFixed(0)} ms busy`);
  for (const [f, v] of [...p.self].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${f}`);
}
