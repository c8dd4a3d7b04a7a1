// `npm run bench:scale`: how load and interaction grow with the data, from 1x to 1,000x (docs/scale.md). Builds the
// app at each scale (scripts/bench/build-scaled.ts), loads each beside the bare MapLibre reference page, splits the
// load into phases by the app's performance marks, and times a few steps and filter changes. Prints a table and
// writes bench/scale-curve.json. One run at 1,000x: it takes minutes, which is the finding.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium';
import { readDataset } from '../data/read-data';
import { buildReference, buildScaled, BENCH_TMP } from './build-scaled';
import { actionTimes, serve } from './harness';
import { actionToPainted } from './latency';

const ROOT = resolve(import.meta.dirname, '../..');
const SCALES = (process.env['BENCH_SCALES'] ?? '1,10,100,1000').split(',').map(Number);
/** Loads per scale up to 100x; 1,000x is loaded once (a load takes minutes there). */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const LOAD_TIMEOUT_MS = 900_000;
const VIEWPORT = { width: 1200, height: 700 };
/** The app's load phases, in order (src/start.tsx, src/map/controller.ts). */
const MARKS = ['app-modules-evaluated', 'model-built', 'map-create', 'map-style-built', 'map-load', 'map-first-idle'] as const;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '–');
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

interface Load {
  marks: Record<string, number>;
  heapBytes: number;
  errors: string[];
}

async function withPage<T>(url: string, f: (page: Page, errors: string[]) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'map-scale-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'], viewport: VIEWPORT, reducedMotion: 'reduce' });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message.slice(0, 200)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text().slice(0, 200));
  });
  page.on('crash', () => errors.push('page crashed'));
  try {
    return await f(page, errors);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function load(page: Page, url: string, errors: string[]): Promise<Load> {
  await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: LOAD_TIMEOUT_MS, polling: 200 });
  const marks = await page.evaluate((names) => {
    const out: Record<string, number> = {};
    for (const name of names) {
      const m = performance.getEntriesByName(name)[0];
      if (m) out[name] = m.startTime;
    }
    const dataset = performance.getEntriesByType('resource').find((r) => /\/dataset-[^/]*\.js$/.test(r.name)) as PerformanceResourceTiming | undefined;
    if (dataset) out['dataset-fetched'] = dataset.responseEnd;
    return out;
  }, [...MARKS]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { marks, heapBytes: usedSize, errors: [...errors] };
}

function datasetChunk(dir: string): { raw: number; gzip: number } {
  const name = readdirSync(join(dir, 'assets')).find((n) => /^dataset-.*\.js$/.test(n));
  if (!name) return { raw: Number.NaN, gzip: Number.NaN };
  const body = readFileSync(join(dir, 'assets', name));
  return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
}

function recordCounts(scale: number): Record<string, number> {
  const dataset = readDataset(scale > 1 ? join(BENCH_TMP, `${scale}x`, 'data') : join(ROOT, 'data'));
  return { routes: dataset.routes.length, funding: dataset.funding.length, missions: dataset.missions.length, events: dataset.events.length };
}

async function main(): Promise<void> {
  execFileSync('bash', [join(ROOT, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  const ref = await serve(await buildReference());
  const rows: Array<Record<string, unknown>> = [];
  for (const scale of SCALES) {
    const dir = await buildScaled(scale);
    const app = await serve(dir);
    const rounds = scale >= 1000 ? 1 : ROUNDS;
    const loads: Load[] = [];
    const refIdle: number[] = [];
    let interactions = { step: Number.NaN, stepPainted: Number.NaN, filter: Number.NaN };
    for (let round = 0; round < rounds; round++) {
      refIdle.push((await withPage(ref.url, (page, errors) => load(page, ref.url, errors))).marks['map-first-idle'] ?? Number.NaN);
      const last = round === rounds - 1;
      loads.push(
        await withPage(app.url, async (page, errors) => {
          const loaded = await load(page, app.url, errors);
          if (last) {
            const steps = scale >= 1000 ? 6 : 20;
            interactions = {
              step: median(await actionTimes(page, 'step', steps)),
              filter: median(await actionTimes(page, 'filter', steps)),
              stepPainted: median(await actionToPainted(page, 'step', scale >= 1000 ? 4 : 8)),
            };
          }
          return { ...loaded, errors: [...errors] };
        }),
      );
      process.stdout.write(`${scale}x: round ${round + 1}/${rounds}, idle ${ms(loads[loads.length - 1]!.marks['map-first-idle'] ?? Number.NaN)}\n`);
    }
    const phase = (name: string): number => median(loads.map((l) => l.marks[name] ?? Number.NaN));
    const idle = phase('map-first-idle');
    rows.push({
      scale,
      records: recordCounts(scale),
      datasetChunk: datasetChunk(dir),
      phases: Object.fromEntries(['dataset-fetched', ...MARKS].map((n) => [n, phase(n)])),
      referenceIdle: median(refIdle),
      ratio: idle / median(refIdle),
      heapBytes: median(loads.map((l) => l.heapBytes)),
      ...interactions,
      errors: [...new Set(loads.flatMap((l) => l.errors))],
      rounds,
    });
    app.server.close();
  }
  ref.server.close();
  const header = ['scale', 'records r/f/m/e', 'dataset chunk raw / gzip', 'fetched', 'modules', 'model', 'style', 'map load', 'first idle', 'ref idle', 'ratio', 'heap', 'step script', 'step → painted', 'filter script'];
  const table = rows.map((r) => {
    const p = r['phases'] as Record<string, number>;
    const c = r['records'] as Record<string, number>;
    const d = r['datasetChunk'] as { raw: number; gzip: number };
    return [`${r['scale']}x`, `${c['routes']}/${c['funding']}/${c['missions']}/${c['events']}`, `${mb(d.raw)} / ${mb(d.gzip)}`, ms(p['dataset-fetched']!), ms(p['app-modules-evaluated']!), ms(p['model-built']!), ms(p['map-style-built']!), ms(p['map-load']!), ms(p['map-first-idle']!), ms(r['referenceIdle'] as number), (r['ratio'] as number).toFixed(2), mb(r['heapBytes'] as number), `${(r['step'] as number).toFixed(1)} ms`, ms(r['stepPainted'] as number), `${(r['filter'] as number).toFixed(1)} ms`];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  console.log('\nmilliseconds from navigation (medians); phases are the app\'s performance marks');
  for (const line of [header, ...table]) console.log(line.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  for (const r of rows) if ((r['errors'] as string[]).length) console.log(`${r['scale']}x errors: ${(r['errors'] as string[]).join(' | ')}`);
  writeFileSync(join(ROOT, 'bench/scale-curve.json'), `${JSON.stringify({ date: new Date().toISOString(), viewport: VIEWPORT, rows }, null, 2)}\n`);
  console.log('\nwritten: bench/scale-curve.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
