// What the app makes the browser do at load, over a fixed walk of timeline steps and over filter changes, read from the
// test build's counters (src/debug/work-counters.ts). The bench (run.ts) and the CI spec (tests/e2e/work-ceilings.e2e.ts,
// through the e2e driver's verbs) both count with this and hold the counts to the ceilings of work-ceilings.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { WorkHandle } from '../../src/debug/work-counters';
import type { ScreenFilm } from '../../src/debug/screen-film';
import { analysePlay, type PlayOnScreen } from './play-analysis';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoreApi } from 'zustand/vanilla';
import type { Store } from '../../src/state/store';

/** The test build's window: its store and map (src/debug/test-handles.ts). */
type TestWindow = { __store: StoreApi<Store>; __map?: MapLibreMap };
import { monthIndex } from '../../src/state/month';
import { PROGRAMS_WARMED_MARK } from '../../src/map/warm-programs';

/** The walk the counts are taken over: 24 steps forward from January 2014, and the humanitarian filter on and off. */
export const WORK_WALK = {
  from: '2014-01',
  steps: 24,
  filterChanges: 2,
  warmedMark: PROGRAMS_WARMED_MARK,
  /** Where the walk ends: zoomed in past the small states' minimum zoom, over the central Mediterranean. */
  zoomedIn: { lon: 15, lat: 38, zoom: 3.5 },
} as const;

/** Every count, by name; a name is `<when>.<what>`. */
export type WorkFigures = Record<string, number>;

export const WORK_CEILINGS_FILE = join(import.meta.dirname, 'work-ceilings.json');

/** The committed ceilings of one scale ('1x', '10x', '100x'). */
export function workCeilings(scale: string): WorkFigures {
  const all = JSON.parse(readFileSync(WORK_CEILINGS_FILE, 'utf8')) as Record<string, WorkFigures>;
  const ceilings = all[scale];
  if (!ceilings) throw new Error(`no work ceilings for ${scale} in ${WORK_CEILINGS_FILE}`);
  return ceilings;
}

/** The counts over their ceilings, as readable lines (empty when every count is within its ceiling). */
export function overCeilings(figures: WorkFigures, ceilings: WorkFigures): string[] {
  return Object.entries(ceilings).flatMap(([name, ceiling]) => {
    const count = figures[name];
    if (count === undefined) return [`${name}: not counted`];
    return count > ceiling ? [`${name}: ${count} > ${ceiling}`] : [];
  });
}

/** Counts the work of a page whose map has reached its first idle, with no action taken yet. */
export async function measureWork(target: Page | Frame): Promise<WorkFigures> {
  return target.evaluate(async (walk) => {
    const w = window as unknown as TestWindow & { __work?: WorkHandle };
    const work = w.__work;
    if (!work || !w.__map) throw new Error('the page has no work counters (a build without VITE_TEST_HANDLES=1?) or no WebGL map');
    const store = w.__store.getState();
    work.countBytes = true;
    // The load ends with the programs' warm-up (map/warm-programs.ts), within seconds of the first idle.
    for (let waited = 0; performance.getEntriesByName(walk.warmedMark).length === 0; waited += 50) {
      if (waited > 20_000) throw new Error(`no ${walk.warmedMark} mark 20 s after the first idle`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await work.idle();
    const out: Record<string, number> = {};
    const idleAt = performance.getEntriesByName('map-first-idle')[0]?.startTime ?? performance.now();
    let js = 0;
    let data = 0;
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (entry.responseEnd > idleAt) continue;
      const path = new URL(entry.name).pathname;
      if (path.endsWith('.json') || /\/(basemap|dataset)[^/]*\.m?js$/.test(path)) data += entry.decodedBodySize;
      else if (/\.m?js$/.test(path)) js += entry.decodedBodySize;
    }
    out['load.jsBytes'] = js;
    out['load.dataBytes'] = data;
    const style = work.style();
    out['load.mapFeatures'] = style?.features ?? 0;
    out['load.mapBytes'] = style?.bytes ?? 0;
    out['load.styleLayers'] = style?.layers ?? 0;
    out['load.webglPrograms'] = work.counts.programs;

    store.setDate(walk.from);
    await work.idle();
    await work.settled();
    const c = work.counts;
    const before = { ...c };
    let maxSetData = 0;
    let maxFeatures = 0;
    for (let i = 0; i < walk.steps; i++) {
      const calls = c.setData + c.updateData;
      const features = c.features;
      w.__store.getState().stepDate(1);
      // Drawn, then rendered: what the map's events set off is counted in the step that caused it, whatever the speed.
      await work.idle();
      await work.settled();
      maxSetData = Math.max(maxSetData, c.setData + c.updateData - calls);
      maxFeatures = Math.max(maxFeatures, c.features - features);
    }
    out['steps.setDataCalls'] = c.setData + c.updateData - (before.setData + before.updateData);
    out['steps.maxSetDataCallsPerStep'] = maxSetData;
    out['steps.features'] = c.features - before.features;
    out['steps.maxFeaturesPerStep'] = maxFeatures;
    out['steps.bytes'] = c.bytes - before.bytes;
    out['steps.renders'] = c.renders - before.renders;
    out['steps.selectors'] = c.selectors - before.selectors;

    await work.idle();
    await work.settled();
    const beforeFilter = { ...c };
    for (let i = 0; i < walk.filterChanges; i++) {
      w.__store.getState().toggleFilter('instruments', 'humanitarian-aid');
      await work.idle();
      await work.settled();
    }
    out['filters.setDataCalls'] = c.setData + c.updateData - (beforeFilter.setData + beforeFilter.updateData);
    out['filters.features'] = c.features - beforeFilter.features;
    out['filters.bytes'] = c.bytes - beforeFilter.bytes;
    out['filters.renders'] = c.renders - beforeFilter.renders;
    out['filters.selectors'] = c.selectors - beforeFilter.selectors;
    // Zoomed in past the small states' minimum zoom (where a story step such as issue 38's opens): programs the
    // warm-up did not link would be linked now, in the frame that shows the zoom.
    const programs = c.programs;
    w.__store.getState().setCamera(walk.zoomedIn, 'app');
    await work.idle();
    await work.settled();
    out['zoom.webglPrograms'] = c.programs - programs;
    work.countBytes = false;
    return out;
  }, WORK_WALK);
}

/** The months of a year and a half from January 2015 (much changes on the map then): the bench's filmed play. */
export const PLAY_MONTHS: readonly string[] = Array.from({ length: 18 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

type FilmWindow = TestWindow & { __work: WorkHandle; __film?: ScreenFilm };

/**
 * Takes each month's settled map as the film's reference (drawn through the store), puts the timeline at the first
 * month and starts filming every frame the map draws (src/debug/screen-film.ts).
 */
export async function startFilming(target: Page | Frame, months: readonly string[]): Promise<void> {
  await target.evaluate(async (list) => {
    const w = window as unknown as FilmWindow;
    w.__store.getState().setPlaying(false);
    const film = w.__work.film();
    if (!film) throw new Error('no WebGL map to film');
    for (const m of list) await film.reference(m, (month) => w.__store.getState().setDate(month as never));
    w.__store.getState().setDate(list[0]! as never);
    await w.__work.idle();
    film.start();
    w.__film = film;
  }, months);
}

/** Waits until the timeline's slider (which its label reads) has reached `month`, while it plays. */
export async function waitForTimelineAt(target: Page | Frame, month: string): Promise<void> {
  await target.waitForFunction((index) => Number(document.querySelector<HTMLInputElement>('input.timeline-slider')?.value) >= index, monthIndex(month), { timeout: 120_000, polling: 50 });
}

/** Stops the film once the map has drawn what it was told, and says what reached the screen and when. */
export async function stopFilming(target: Page | Frame): Promise<PlayOnScreen> {
  return analysePlay(
    await target.evaluate(async () => {
      const w = window as unknown as FilmWindow;
      await w.__work.idle();
      return w.__film!.stop();
    }),
  );
}

/**
 * Films the map while the timeline plays through `months` at `speed`: the references and the first month (see
 * startFilming), then the speed chosen and Play pressed in the timeline as a person does, every frame the map draws
 * until the timeline reaches the last month; then Pause.
 */
export async function filmPlay(target: Page | Frame, speed: number, months: readonly string[] = PLAY_MONTHS): Promise<PlayOnScreen> {
  await startFilming(target, months);
  await target.getByRole('combobox', { name: /speed/i }).selectOption(String(speed));
  await target.getByRole('button', { name: /^play$/i }).click();
  await waitForTimelineAt(target, months[months.length - 1]!);
  await target.getByRole('button', { name: /^pause$/i }).click();
  return stopFilming(target);
}

export interface WorkVerbs {
  /** Counts what the app makes the browser do at load, over the timeline walk and the filter changes of WORK_WALK. */
  countWork(): Promise<WorkFigures>;
  /** Given: the map is filmed from here on, each of `months` settled once as the film's reference, the timeline at the first. */
  givenTheMapFilmed(months: readonly string[]): Promise<void>;
  /** Waits while the timeline plays until it shows `month`. */
  waitForTheTimelineToShow(month: string): Promise<void>;
  /** Stops the film: for each month the timeline showed, whether and when the map showed it (see play-analysis.ts). */
  whatTheMapShowed(): Promise<PlayOnScreen>;
}

export function workVerbs(s: { view(): Frame }): WorkVerbs {
  return {
    countWork: () => measureWork(s.view()),
    givenTheMapFilmed: (months) => startFilming(s.view(), months),
    waitForTheTimelineToShow: (month) => waitForTimelineAt(s.view(), month),
    whatTheMapShowed: () => stopFilming(s.view()),
  };
}
