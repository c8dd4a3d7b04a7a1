// `npm run bench`: builds the app (at 1x, 10x and 100x data) and a bare MapLibre reference page, serves them on
// 127.0.0.1 and measures both in headless chromium, in rounds, alternating A/B. Every timed line is a median over rounds
// with its 90% bootstrap interval and a verdict against its budget (scripts/bench/verdict.ts): pass, fail, or undecided,
// in which case rounds are added, up to a cap. Beside the times it counts the work the app makes the browser do
// (page-work.ts), held to exact ceilings (scripts/bench/work-ceilings.json), and films the map while the
// timeline plays (scripts/bench/play-analysis.ts). Writes bench/results.json; exits non-zero only when a line fails.
// BENCH_WRITE_CEILINGS=1 writes today's counts plus a margin as the ceilings instead of checking them; BENCH_WORK_ONLY=1
// counts and nothing else; BENCH_ONLY=main-thread measures the main-thread lines alone (hostile story links pasted into
// the deployment build, scripts/bench/main-thread.ts), in minutes. A partial run prints its lines and writes
// bench/results-<part>.json, never bench/results.json (the full run's).
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { actionTimes, BENCH_VIEWPORT, openFreshPage, serve } from './harness';
import { actionToPainted } from './latency';
import { buildDeployment, buildReference, buildScaled, buildSingle, BENCH_TMP as TMP } from './build-scaled';
import { firstParseSize } from '../first-parse';
import { EMBED_FLOOD_CASE, MAIN_THREAD_BOUND_MS, MAIN_THREAD_CASES, mainThreadRound, type MainThreadFigure } from './main-thread';
import { linkDecodeMedianMs } from './link-decode';
import { roundsInWords, runRounds, type RoundPlan } from './rounds';
import { estimate, exitCode, median, pairedRatios, verdictAtMost, verdictOfCount, type Estimate, type Verdict } from './verdict';
import type { PlayOnScreen } from './play-analysis';
import { filmPlay, measureWork, overCeilings, WORK_CEILINGS_FILE, type WorkFigures } from './page-work';
import type { WorkHandle } from '../../src/debug/work-counters';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * Rounds every timed line gets, then rounds added BATCH at a time while a budgeted line of its kind is undecided, up to
 * the kind's cap (scripts/bench/rounds.ts). Load lines get more: a load round costs about 20 s, and one load of the same
 * page varies by about 10% here (its 90% interval is about ±0.1 in 8 rounds, ±0.05 in 24).
 */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const MAX_ROUNDS = Number(process.env['BENCH_MAX_ROUNDS'] ?? 8);
const MAX_LOAD_ROUNDS = Number(process.env['BENCH_MAX_LOAD_ROUNDS'] ?? 24);
const BATCH = 3;
const ROUND_PLAN: RoundPlan<RoundKind> = { first: ROUNDS, batch: BATCH, caps: { load: MAX_LOAD_ROUNDS, interaction: MAX_ROUNDS, 'main-thread': MAX_ROUNDS } };
const SCALES = (process.env['BENCH_SCALES'] ?? '1,10,100').split(',').map(Number);
const WRITE_CEILINGS = process.env['BENCH_WRITE_CEILINGS'] === '1';
/** BENCH_WORK_ONLY=1: the counts alone (minutes, not half an hour): no timed rounds, no film, heap or briefing. */
const WORK_ONLY = process.env['BENCH_WORK_ONLY'] === '1';
const ONLY = process.env['BENCH_ONLY'];
if (ONLY !== undefined && ONLY !== 'main-thread') throw new Error(`BENCH_ONLY=${ONLY}: the one part that runs alone is main-thread (and BENCH_WORK_ONLY=1 for the counts)`);
/** BENCH_ONLY=main-thread: the main-thread lines alone. */
const MAIN_THREAD_ONLY = ONLY === 'main-thread';
/** Script-timed actions per round and scale, after WARM_UP untimed ones (V8 still optimising in a fresh page). */
const STEPS = 40;
const WARM_UP = 50;
/** Runs of the calibration workload before each batch of script-timed actions. */
const CALIBRATIONS = 9;
/** Actions timed to the painted map per round (each waits for the map's idle). */
const PAINTED_STEPS = 16;
const PAINTED_OTHER = 8;
/** Pause after each page, so that the closing browser's exit does not overlap the next load. */
const SETTLE_MS = 1000;
const PLAY_SPEEDS = [1, 2, 4] as const;
/** Up to this speed play waits for the map (src/ui/Timeline.tsx): every changed month must reach the screen in time. */
const PLAY_WAITS_UP_TO = 2;

/**
 * The single file's first parse (MapLibre, its worker, the basemap, the data and the app, all inline): 861 KB gzip in
 * December 2026. Code run only when asked for (the slide deck, 120 KB gzip) is carried inert and kept out of it.
 */
const SINGLE_FIRST_PARSE_KB = 880;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)} ms` : '–');
/** Minutes since `started`, for the run's log: "3.0 min". */
const minutesSince = (started: number): string => `${((Date.now() - started) / 60_000).toFixed(1)} min`;
const pause = (): Promise<void> => new Promise((r) => setTimeout(r, SETTLE_MS));

interface Bytes {
  js: number;
  jsGzip: number;
  css: number;
  cssGzip: number;
  other: number;
  otherGzip: number;
  mapLibreJsGzip: number;
}

/** What a page load transfers, by kind, measured on the built files it requested. */
function bytesOf(dir: string, urls: string[]): Bytes {
  const b: Bytes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0, other: 0, otherGzip: 0, mapLibreJsGzip: 0 };
  for (const url of new Set(urls)) {
    if (!url.startsWith('http')) continue;
    const path = join(dir, decodeURIComponent(new URL(url).pathname));
    if (!existsSync(path) || statSync(path).isDirectory()) continue;
    const body = readFileSync(path);
    const gz = gzipSync(body, { level: 9 }).length;
    const ext = extname(path);
    if (ext === '.js' || ext === '.mjs') {
      b.js += body.length;
      b.jsGzip += gz;
      if (/maplibre/i.test(path) || body.includes('maplibre-gl-js')) b.mapLibreJsGzip += gz;
    } else if (ext === '.css') {
      b.css += body.length;
      b.cssGzip += gz;
    } else if (ext !== '.html') {
      b.other += body.length;
      b.otherGzip += gz;
    }
  }
  return b;
}


/**
 * A fresh browser's own start (its GPU process, its first renderer) runs for about a second after launch and, on 2
 * cores, took about 10% of the measured load from the page (reference page, 10 loads each: median 1.74 s navigating at
 * once, 1.57 s after a blank page and a pause). A load is timed after it.
 */
const BROWSER_START_MS = 1500;

async function loadToIdle(url: string): Promise<{ ms: number; urls: string[] }> {
  const { page, urls, close } = await openFreshPage();
  try {
    await page.goto('about:blank');
    await new Promise((r) => setTimeout(r, BROWSER_START_MS));
    urls.length = 0;
    await page.goto(url);
    const t = await page.waitForFunction(() => performance.getEntriesByName('map-first-idle')[0]?.startTime, null, { timeout: 60_000, polling: 50 });
    return { ms: Number(await t.jsonValue()), urls };
  } finally {
    await close();
  }
}

type StoreHandle = { getState(): { stepDate(n: number): void; setDate(d: string): void; toggleFilter(k: string, v: string): void } };

async function heapAfterSteps(page: Page, steps: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(async (count) => {
    const store = (window as unknown as { __store: StoreHandle }).__store;
    for (let i = 0; i < count; i++) {
      store.getState().stepDate(i % 240 < 120 ? 1 : -1);
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    // Measured once the map has drawn the last step: no tile data in flight.
    const map = (window as unknown as { __map: { once(e: 'idle', f: () => void): void; triggerRepaint(): void } }).__map;
    await new Promise<void>((r) => {
      map.once('idle', () => r());
      map.triggerRepaint();
    });
  }, steps);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}


/** One round of one page of the app: script times beside the calibration workload, and times to the painted map. */
interface AppRound {
  step: number;
  stepCalibration: number;
  filter: number;
  filterCalibration: number;
  stepPainted: number;
  filterPainted: number;
  panPainted: number;
}

async function calibration(page: Page): Promise<number> {
  return median(await page.evaluate((n) => Array.from({ length: n }, () => (window as unknown as { __work: WorkHandle }).__work.calibrate()), CALIBRATIONS));
}

async function openApp(url: string): Promise<{ page: Page; close(): Promise<void> }> {
  const { page, close } = await openFreshPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, { timeout: 90_000 });
  return { page, close };
}

async function appRound(url: string): Promise<AppRound> {
  const { page, close } = await openApp(url);
  try {
    await actionTimes(page, 'step', WARM_UP);
    const stepCalibration = await calibration(page);
    const step = median(await actionTimes(page, 'step', STEPS));
    await actionTimes(page, 'filter', WARM_UP);
    const filterCalibration = await calibration(page);
    const filter = median(await actionTimes(page, 'filter', STEPS));
    const stepPainted = median(await actionToPainted(page, 'step', PAINTED_STEPS));
    const filterPainted = median(await actionToPainted(page, 'filter', PAINTED_OTHER));
    const panPainted = median(await actionToPainted(page, 'pan', PAINTED_OTHER));
    return { step, stepCalibration, filter, filterCalibration, stepPainted, filterPainted, panPainted };
  } finally {
    await close();
  }
}

/** The floor of a repaint on this machine in this round: the bare reference page's one-pixel pan to idle (median). */
async function repaintFloor(url: string): Promise<number> {
  const { page, close } = await openApp(url);
  try {
    return median(await actionToPainted(page, 'pan', PAINTED_OTHER));
  } finally {
    await close();
  }
}

/** What is measured once per scale: the work counts, the filmed play (1x and the largest scale), heap, briefing. */
interface Once {
  work: WorkFigures;
  play: Array<{ speed: number } & PlayOnScreen> | null;
  heap10: number;
  heap1000: number;
  heapWarm: number;
  heapWarm1000: number;
  briefingPainted: number;
}

async function once(url: string, withPlay: boolean): Promise<Once> {
  const { page, close } = await openApp(url);
  try {
    // First, before any action: the load's figures are part of the counts.
    const work = await measureWork(page);
    if (WORK_ONLY) return { work, play: null, heap10: Number.NaN, heap1000: Number.NaN, heapWarm: Number.NaN, heapWarm1000: Number.NaN, briefingPainted: Number.NaN };
    const play: Array<{ speed: number } & PlayOnScreen> = [];
    if (withPlay) for (const speed of PLAY_SPEEDS) play.push({ speed, ...(await filmPlay(page, speed)) });
    const heap10 = await heapAfterSteps(page, 10);
    const heap1000 = await heapAfterSteps(page, 990);
    const heapWarm = await heapAfterSteps(page, 1000);
    const heapWarm1000 = await heapAfterSteps(page, 1000);
    // Last: briefing mode changes the layout and the theme.
    const briefingPainted = median(await actionToPainted(page, 'briefing', 8));
    return { work, play: withPlay ? play : null, heap10, heap1000, heapWarm, heapWarm1000, briefingPainted };
  } finally {
    await close();
  }
}

/** What a round measures: page loads, interactions in opened pages, or hostile links pasted into the deployment build. */
type RoundKind = 'load' | 'interaction' | 'main-thread';

/** A timed line: its values round by round, and a budget (a ceiling) when it has one. */
interface TimedLine {
  name: string;
  kind: RoundKind;
  perRound: () => number[];
  format: (n: number) => string;
  ceiling?: number;
}

interface Decided {
  name: string;
  estimate: Estimate;
  ceiling?: number;
  verdict: Verdict | 'reported';
  shown: string;
}

function decide(line: TimedLine): Decided {
  const e = estimate(line.perRound());
  const shown = `${line.format(e.median)} [${line.format(e.low)} – ${line.format(e.high)}]`;
  return { name: line.name, estimate: e, ceiling: line.ceiling, verdict: line.ceiling === undefined ? 'reported' : verdictAtMost(e, line.ceiling), shown };
}

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
}

/**
 * Ceilings from counts: the count plus 5%, and at least 2 more. Renders get 10%: a few components render once or twice
 * in a step as Preact does or does not batch two updates (seen: ±1 at some steps, up to ±6 over the walk at 10x).
 */
function ceilingsOf(work: WorkFigures): WorkFigures {
  // A program linked when the map zooms in is the freeze the warm-up exists to prevent: that count has no margin.
  const margin = (k: string, v: number): number => (k === 'zoom.webglPrograms' ? 0 : Math.max(2, Math.ceil(v * (k.endsWith('.renders') ? 0.1 : 0.05))));
  return Object.fromEntries(Object.entries(work).map(([k, v]) => [k, v + margin(k, v)]));
}

/** The run's last lines: how many lines passed, failed and stayed undecided, and which. */
function printTally(verdicts: readonly string[], failed: readonly string[], undecided: readonly string[], started: number): void {
  console.log(`\n${verdicts.filter((v) => v === 'pass').length} pass, ${failed.length} fail, ${undecided.length} undecided (${minutesSince(started)})`);
  if (undecided.length) console.log(`could not decide within the caps (loads ${MAX_LOAD_ROUNDS} rounds, the others ${MAX_ROUNDS}): ${undecided.join('; ')}`);
  if (failed.length) console.log(`failed: ${failed.join('; ')}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  execFileSync('bash', [join(ROOT, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  if (MAIN_THREAD_ONLY) return mainThreadOnly(started);
  console.log('Building the reference page and the app at', SCALES.map((s) => `${s}x`).join(', '), WORK_ONLY ? '…' : 'and the deployment build …');
  const refDir = await buildReference();
  const appDirs = new Map<number, string>();
  for (const s of SCALES) appDirs.set(s, await buildScaled(s));
  const singleParse = WORK_ONLY ? undefined : firstParseSize(readFileSync(await buildSingle(), 'utf8'));
  const deployment = WORK_ONLY ? null : await serve(await buildDeployment());
  const mainThread = mainThreadRounds();
  const ref = await serve(refDir);
  const apps = new Map<number, { server: Server; url: string }>();
  for (const [s, dir] of appDirs) apps.set(s, await serve(dir));
  const first = SCALES[0]!;
  const last = SCALES[SCALES.length - 1]!;

  const refLoads: number[] = [];
  const appLoads = new Map<number, number[]>(SCALES.map((s) => [s, []]));
  let refUrls: string[] = [];
  const appUrls = new Map<number, string[]>();
  const refPans: number[] = [];
  const rounds = new Map<number, AppRound[]>(SCALES.map((s) => [s, []]));
  // A/B alternation: the reference and each scale once per round, the order rotating from round to round so that no
  // page always comes first, or always after the heaviest one.
  const pages: Array<number | 'reference'> = ['reference', ...SCALES];
  const loadRound = async (round: number): Promise<void> => {
    for (let k = 0; k < pages.length; k++) {
      const which = pages[(round + k) % pages.length]!;
      const loaded = await loadToIdle(which === 'reference' ? ref.url : apps.get(which)!.url);
      if (which === 'reference') {
        refLoads.push(loaded.ms);
        refUrls = loaded.urls;
      } else {
        appLoads.get(which)!.push(loaded.ms);
        appUrls.set(which, loaded.urls);
      }
      await pause();
    }
  };
  const interactionRound = async (round: number): Promise<void> => {
    for (let k = 0; k < pages.length; k++) {
      const which = pages[(round + k) % pages.length]!;
      if (which === 'reference') refPans.push(await repaintFloor(ref.url));
      else rounds.get(which)!.push(await appRound(apps.get(which)!.url));
      await pause();
    }
  };

  const field = (s: number, f: (r: AppRound) => number): (() => number[]) => () => (rounds.get(s) ?? []).map(f);
  const ratioBudgets: Record<number, number> = { 1: 1.05, 10: 1.15, 100: 1.5 };
  const timed: TimedLine[] = [
    { name: 'navigation → first map idle, reference', kind: 'load', perRound: () => refLoads, format: ms },
    ...SCALES.map((s): TimedLine => ({ name: `navigation → first map idle, app ${s}x`, kind: 'load', perRound: () => appLoads.get(s)!, format: ms })),
    ...SCALES.map((s): TimedLine => ({ name: `load ratio app/reference at ${s}x (paired by round)`, kind: 'load', perRound: () => pairedRatios(appLoads.get(s)!, refLoads), format: (n) => n.toFixed(2), ceiling: ratioBudgets[s] })),
    ...SCALES.flatMap((s): TimedLine[] => [
      { name: `timeline step, script, ${s}x`, kind: 'interaction', perRound: field(s, (r) => r.step), format: ms, ceiling: s === last ? 8 : undefined },
      { name: `  timeline step / calibration, ${s}x`, kind: 'interaction', perRound: field(s, (r) => r.step / r.stepCalibration), format: (n) => n.toFixed(3) },
      { name: `filter change, script, ${s}x`, kind: 'interaction', perRound: field(s, (r) => r.filter), format: ms, ceiling: s === last ? 4 : undefined },
      { name: `  filter change / calibration, ${s}x`, kind: 'interaction', perRound: field(s, (r) => r.filter / r.filterCalibration), format: (n) => n.toFixed(3) },
      { name: `  calibration workload, ${s}x page`, kind: 'interaction', perRound: field(s, (r) => (r.stepCalibration + r.filterCalibration) / 2), format: ms },
      { name: `timeline step → painted, ${s}x`, kind: 'interaction', perRound: field(s, (r) => r.stepPainted), format: ms },
      { name: `filter change → painted, ${s}x`, kind: 'interaction', perRound: field(s, (r) => r.filterPainted), format: ms },
      { name: `one-pixel pan → painted, ${s}x`, kind: 'interaction', perRound: field(s, (r) => r.panPainted), format: ms },
    ]),
    { name: "one-pixel pan → painted, reference (the repaint floor)", kind: 'interaction', perRound: () => refPans, format: ms },
    { name: `step → painted at ${first}x / the reference's repaint floor (paired)`, kind: 'interaction', perRound: () => pairedRatios(field(first, (r) => r.stepPainted)(), refPans), format: (n) => n.toFixed(2), ceiling: 2 },
    ...(last !== first ? [{ name: `step → painted at ${last}x / at ${first}x (paired)`, kind: 'interaction' as const, perRound: () => pairedRatios(field(last, (r) => r.stepPainted)(), field(first, (r) => r.stepPainted)()), format: (n: number) => n.toFixed(2), ceiling: 3 }] : []),
    ...mainThread.lines,
  ];

  const done: Record<RoundKind, number> = { load: 0, interaction: 0, 'main-thread': 0 };
  const measured = new Set<RoundKind>(WORK_ONLY ? [] : ['load', 'interaction', 'main-thread']);
  const undecidedKinds = (): Set<RoundKind> => new Set(timed.filter((l) => measured.has(l.kind) && decide(l).verdict === 'undecided').map((l) => l.kind));
  await runRounds(ROUND_PLAN, done, measured, undecidedKinds, async (kind, round) => {
    if (kind === 'load') await loadRound(round);
    else if (kind === 'interaction') await interactionRound(round);
    else if (deployment) await mainThread.round(deployment.url);
  }, (line) => console.log(`${line} (${minutesSince(started)})`));
  const loadRounds = done.load;
  const interactionRounds = done.interaction;

  console.log('Counting work, filming play, heap and briefing, once per scale …');
  const onceBy = new Map<number, Once>();
  for (const s of SCALES) {
    onceBy.set(s, await once(apps.get(s)!.url, s === first || s === last));
    await pause();
  }

  // Timed lines.
  const decided = WORK_ONLY ? [] : timed.map(decide);
  console.log(`\nTimed lines: median [90% bootstrap interval] over rounds (loads: ${roundsInWords(loadRounds, MAX_LOAD_ROUNDS)}, interactions: ${roundsInWords(interactionRounds, MAX_ROUNDS)}, main thread: ${roundsInWords(mainThread.rounds(), MAX_ROUNDS)})`);
  table([['line', 'median [90% interval]', 'budget', 'verdict'], ...decided.map((d) => [d.name, d.shown, d.ceiling === undefined ? '' : `≤ ${d.ceiling}`, d.verdict])]);

  // Exact figures: sizes, the link decode (Node, not the browser), heap growth.
  const refBytes = bytesOf(refDir, refUrls);
  const chunks = appChunkSizes(appDirs.get(first)!, appUrls.get(first) ?? []);
  const linkDecode = linkDecodeMedianMs();
  const oneOnce = onceBy.get(first)!;
  const heapGrowth = oneOnce.heap1000 / oneOnce.heap10 - 1;
  const exact: Array<{ name: string; value: string; budget: string; verdict: Verdict | 'reported' }> = WORK_ONLY ? [] : [
    { name: 'app JavaScript excluding maplibre-gl (gzip, 1x)', value: kb(chunks.appCodeGzip), budget: '≤ 80 KB', verdict: verdictOfCount(chunks.appCodeGzip, 80 * 1024) },
    { name: 'basemap + data (gzip, 1x)', value: kb(chunks.basemapAndDataGzip), budget: '≤ 200 KB', verdict: verdictOfCount(chunks.basemapAndDataGzip, 200 * 1024) },
    ...(singleParse ? [{ name: 'single file: JavaScript in its first parse (gzip, 1x)', value: kb(singleParse.gzip), budget: `≤ ${SINGLE_FIRST_PARSE_KB} KB`, verdict: verdictOfCount(singleParse.gzip, SINGLE_FIRST_PARSE_KB * 1024) }] : []),
    { name: 'MapLibre (gzip)', value: kb(chunks.mapLibreGzip), budget: '', verdict: 'reported' },
    { name: 'JS transferred, reference / app 1x (gzip)', value: `${kb(refBytes.jsGzip)} / ${kb(bytesOf(appDirs.get(first)!, appUrls.get(first) ?? []).jsGzip)}`, budget: '', verdict: 'reported' },
    { name: `decode of a 100,000-value link (${linkDecode.linkKB.toFixed(0)} KB), median of 7 in Node`, value: ms(linkDecode.ms), budget: '< 50 ms', verdict: linkDecode.ms < 50 ? 'pass' : 'fail' },
    { name: 'heap growth over 1,000 steps (1x)', value: `${(heapGrowth * 100).toFixed(1)}%`, budget: '< 5%', verdict: heapGrowth < 0.05 ? 'pass' : 'fail' },
    ...SCALES.map((s) => {
      const o = onceBy.get(s)!;
      return { name: `heap after 10 / 1,000 steps; growth over the next 1,000 (${s}x)`, value: `${kb(o.heap10)} / ${kb(o.heap1000)}; ${((o.heapWarm1000 / o.heapWarm - 1) * 100).toFixed(1)}%`, budget: '', verdict: 'reported' as const };
    }),
    ...SCALES.map((s) => ({ name: `briefing step → painted, no flight (${s}x, one page)`, value: ms(onceBy.get(s)!.briefingPainted), budget: '', verdict: 'reported' as const })),
  ];
  console.log('\nSizes and one-off figures');
  table([['line', 'value', 'budget', 'verdict'], ...exact.map((e) => [e.name, e.value, e.budget, e.verdict])]);

  // Counts, against the committed ceilings.
  const ceilingsFile = existsSync(WORK_CEILINGS_FILE) ? (JSON.parse(readFileSync(WORK_CEILINGS_FILE, 'utf8')) as Record<string, WorkFigures>) : {};
  if (WRITE_CEILINGS) {
    const written = { ...ceilingsFile, ...Object.fromEntries(SCALES.map((s) => [`${s}x`, ceilingsOf(onceBy.get(s)!.work)])) };
    writeFileSync(WORK_CEILINGS_FILE, `${JSON.stringify(written, null, 2)}\n`);
    console.log(`\nwritten: ${WORK_CEILINGS_FILE} (today's counts plus 5%, renders 10%, at least 2)`);
  }
  const ceilings = WRITE_CEILINGS ? (JSON.parse(readFileSync(WORK_CEILINGS_FILE, 'utf8')) as Record<string, WorkFigures>) : ceilingsFile;
  const countNames = Object.keys(onceBy.get(first)!.work);
  const countVerdicts: Verdict[] = [];
  const countRows = countNames.map((name) => [
    name,
    ...SCALES.map((s) => {
      const count = onceBy.get(s)!.work[name] ?? Number.NaN;
      const ceiling = ceilings[`${s}x`]?.[name];
      if (ceiling === undefined) return `${count} (no ceiling)`;
      const v = verdictOfCount(count, ceiling);
      countVerdicts.push(v);
      return `${count} / ${ceiling}${v === 'fail' ? ' FAIL' : ''}`;
    }),
  ]);
  console.log('\nWork counted (count / ceiling), over 24 timeline steps from 2014-01 and 2 filter changes');
  table([['count', ...SCALES.map((s) => `${s}x`)], ...countRows]);
  const overs = SCALES.flatMap((s) => overCeilings(onceBy.get(s)!.work, ceilings[`${s}x`] ?? {}).map((o) => `${s}x ${o}`));

  // Play, filmed.
  const playVerdicts: Array<{ name: string; verdict: Verdict | 'reported' }> = [];
  const playRows: string[][] = [];
  for (const s of SCALES) {
    for (const p of onceBy.get(s)!.play ?? []) {
      const budgeted = p.speed <= PLAY_WAITS_UP_TO;
      const verdict: Verdict | 'reported' = budgeted ? (p.skipped.length === 0 && p.late.length === 0 ? 'pass' : 'fail') : 'reported';
      playVerdicts.push({ name: `play at speed ${p.speed}, ${s}x`, verdict });
      playRows.push([`${s}x`, `${p.speed}`, ms(p.monthMs), `${p.changedMonths} of ${p.monthsShown}`, `${ms(p.lagMedianMs)} / ${ms(p.lagWorstMs)}`, p.late.join(' ') || '–', p.skipped.join(' ') || '–', `${p.frames}`, budgeted ? verdict : 'reported']);
    }
  }
  console.log('\nPlay, filmed from the map\'s drawn frames (2015-01 to 2016-06): lag from the label to the map showing the month');
  table([['scale', 'speed', 'month on screen', 'changed months', 'lag median / worst', 'late (a month behind)', 'skipped', 'frames', 'verdict'], ...playRows]);

  const verdicts: Verdict[] = [
    ...decided.flatMap((d) => (d.verdict === 'reported' ? [] : [d.verdict])),
    ...exact.flatMap((e) => (e.verdict === 'reported' ? [] : [e.verdict])),
    ...(WRITE_CEILINGS ? [] : countVerdicts),
    ...playVerdicts.flatMap((p) => (p.verdict === 'reported' ? [] : [p.verdict])),
  ];
  const undecided = decided.filter((d) => d.verdict === 'undecided').map((d) => d.name);
  const failed = [...decided.filter((d) => d.verdict === 'fail').map((d) => d.name), ...exact.filter((e) => e.verdict === 'fail').map((e) => e.name), ...(WRITE_CEILINGS ? [] : overs), ...playVerdicts.filter((p) => p.verdict === 'fail').map((p) => p.name)];
  printTally(verdicts, failed, undecided, started);

  const results = {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
    viewport: BENCH_VIEWPORT,
    rounds: { load: loadRounds, interaction: interactionRounds, 'main-thread': mainThread.rounds() },
    caps: ROUND_PLAN.caps,
    timed: decided.map((d) => ({ name: d.name, ...d.estimate, ceiling: d.ceiling, verdict: d.verdict })),
    exact,
    work: Object.fromEntries(SCALES.map((s) => [`${s}x`, onceBy.get(s)!.work])),
    play: Object.fromEntries(SCALES.map((s) => [`${s}x`, onceBy.get(s)!.play])),
    raw: { refLoads, appLoads: Object.fromEntries(appLoads), refPans, rounds: Object.fromEntries(rounds) },
    chunks,
    undecided,
    failed,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  const resultsFile = WORK_ONLY ? 'bench/results-work.json' : 'bench/results.json';
  writeFileSync(join(ROOT, resultsFile), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written: ${resultsFile}`);
  ref.server.close();
  for (const a of apps.values()) a.server.close();
  deployment?.server.close();
  process.exitCode = exitCode(verdicts);
}

/** The main-thread lines and their rounds: one line per case, the hostile ones held to MAIN_THREAD_BOUND_MS. */
function mainThreadRounds(): { lines: TimedLine[]; round(url: string): Promise<void>; rounds(): number } {
  // The pasted cases in their order, then the host page's flood (mainThreadRound's figures come in this order).
  const cases: ReadonlyArray<{ name: string; hostile: boolean }> = [...MAIN_THREAD_CASES, EMBED_FLOOD_CASE];
  const perCase: MainThreadFigure[][] = cases.map(() => []);
  const lines = cases.flatMap((c, i): TimedLine[] => [
    { name: `longest main-thread task, ${c.name}`, kind: 'main-thread', perRound: () => perCase[i]!.map((f) => f.longTask), format: ms, ceiling: c.hostile ? MAIN_THREAD_BOUND_MS : undefined },
    { name: `  longest animation frame (task and rendering), ${c.name}`, kind: 'main-thread', perRound: () => perCase[i]!.map((f) => f.animationFrame), format: ms },
  ]);
  return {
    lines,
    async round(url) {
      const figures = await mainThreadRound(url);
      figures.forEach((f, i) => perCase[i]!.push(f));
      await pause();
    },
    rounds: () => perCase[0]!.length,
  };
}

/** BENCH_ONLY=main-thread: the deployment build, the main-thread rounds (more while a line is undecided), the verdicts. */
async function mainThreadOnly(started: number): Promise<void> {
  console.log('Building the deployment build …');
  const deployment = await serve(await buildDeployment());
  const mainThread = mainThreadRounds();
  const plan: RoundPlan<'main-thread'> = { first: ROUNDS, batch: BATCH, caps: { 'main-thread': MAX_ROUNDS } };
  const stillUndecided = (): Set<'main-thread'> => new Set(mainThread.lines.some((l) => decide(l).verdict === 'undecided') ? ['main-thread'] : []);
  await runRounds(plan, { 'main-thread': 0 }, new Set(['main-thread']), stillUndecided, () => mainThread.round(deployment.url), (line) => console.log(`${line} (${minutesSince(started)})`));
  deployment.server.close();
  const decided = mainThread.lines.map(decide);
  console.log(`\nMain thread, deployment build: median [90% bootstrap interval] over ${mainThread.rounds()} rounds`);
  table([['line', 'median [90% interval]', 'budget', 'verdict'], ...decided.map((d) => [d.name, d.shown, d.ceiling === undefined ? '' : `≤ ${d.ceiling} ms`, d.verdict])]);
  const verdicts = decided.flatMap((d) => (d.verdict === 'reported' ? [] : [d.verdict]));
  const undecided = decided.filter((d) => d.verdict === 'undecided').map((d) => d.name);
  const failed = decided.filter((d) => d.verdict === 'fail').map((d) => d.name);
  printTally(verdicts, failed, undecided, started);
  const results = {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
    viewport: BENCH_VIEWPORT,
    rounds: { 'main-thread': mainThread.rounds() },
    timed: decided.map((d) => ({ name: d.name, ...d.estimate, ceiling: d.ceiling, verdict: d.verdict })),
    undecided,
    failed,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results-main-thread.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('written: bench/results-main-thread.json');
  process.exitCode = exitCode(verdicts);
}

/**
 * Gzip sizes of the JS chunks a page load requested, by what they hold: MapLibre, basemap + data, and the app's own
 * code. Chunks loaded only on demand (the SVG fallback map) are listed but not counted.
 */
function appChunkSizes(dir: string, urls: readonly string[]): { mapLibreGzip: number; basemapAndDataGzip: number; appCodeGzip: number; files: Record<string, number> } {
  const files: Record<string, number> = {};
  let mapLibreGzip = 0;
  let basemapAndDataGzip = 0;
  let appCodeGzip = 0;
  for (const name of readdirSync(join(dir, 'assets'))) {
    if (!/\.m?js$/.test(name)) continue;
    const gz = gzipSync(readFileSync(join(dir, 'assets', name)), { level: 9 }).length;
    files[name] = gz;
    if (!urls.some((u) => u.endsWith(`/assets/${name}`))) continue;
    if (/^(maplibre|maplibre-gl-worker)/.test(name)) mapLibreGzip += gz;
    else if (/^(basemap|dataset)/.test(name)) basemapAndDataGzip += gz;
    else appCodeGzip += gz;
  }
  return { mapLibreGzip, basemapAndDataGzip, appCodeGzip, files };
}


main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
