// Dev tool: the CPU time every chromium thread spent on one page load (navigation to the map's first idle), read from
// /proc before and after, so it counts what a trace does not see (software WebGL's own threads in the GPU process).
// Medians of ROUNDS loads (default 3), a new browser per load. `ROUNDS=5 npm run profile -- load-cpu <dist> [<dist> …]`
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser/chromium';
import { BENCH_VIEWPORT, median, serve } from '../../bench/harness';
const rounds = Number(process.env['ROUNDS'] ?? 3);
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d) => serve(resolve(d))));
const tot = dirs.map(() => new Map<string, number[]>());
function chromiumThreads(): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd = '';
    try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    if (!cmd.includes('chromium')) continue;
    const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    let tasks: string[] = [];
    try { tasks = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const t of tasks) {
      try {
        const st = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
        const comm = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')')).replace(/\d+$/, '#');
        const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(f[11]) + Number(f[12]);
        const k = `${type}:${comm}`;
        out.set(k, (out.get(k) ?? 0) + ticks * 10);
      } catch { /* gone */ }
    }
  }
  return out;
}
for (let r = 0; r < rounds; r++) for (const [i, s] of servers.entries()) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: BENCH_VIEWPORT });
  const before = chromiumThreads();
  await page.goto(s.url);
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 120_000, polling: 50 });
  const after = chromiumThreads();
  const idle = await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0]!.startTime);
  const m = tot[i]!;
  m.set('~idle', [...(m.get('~idle') ?? []), idle]);
  let sum = 0;
  for (const [k, v] of after) { const d = v - (before.get(k) ?? 0); sum += d; m.set(k, [...(m.get(k) ?? []), d]); }
  m.set('~total', [...(m.get('~total') ?? []), sum]);
  await browser.close();
  await new Promise((r) => setTimeout(r, 800));
}
const keys = [...new Set(tot.flatMap((m) => [...m.keys()]))].filter((k) => tot.some((m) => median(m.get(k) ?? [0]) >= 40)).sort();
console.log('thread (median CPU ms)'.padEnd(48) + dirs.map((d) => d.split('/').pop()!.padStart(10)).join(''));
for (const k of keys) console.log(k.padEnd(48) + tot.map((m) => median(m.get(k) ?? [0]).toFixed(0).padStart(10)).join(''));
for (const s of servers) s.server.close();
