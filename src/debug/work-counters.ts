// What the app makes the browser do, counted for the e2e tests and the bench only (builds with VITE_TEST_HANDLES=1):
// data handed to MapLibre's GeoJSON sources (calls, features, bytes), Preact component renders and WebGL programs
// linked. Counts do not depend on the machine's speed, so a ceiling on them never flakes. Read as window.__work.
import { options } from 'preact';
import type { GeoJSONSource, GeoJSONSourceDiff, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { TEST_HANDLES } from './test-handles';
import { screenFilm, type ScreenFilm } from './screen-film';
import { SOURCE } from '../map/ids';
import { selectorRuns } from '../selectors/memo';

export interface WorkCounts {
  /** setData calls on the map's GeoJSON sources (a whole new collection each). */
  setData: number;
  /** updateData calls (a diff of features). */
  updateData: number;
  /** Features in what was handed over: a setData's collection, a diff's added, updated and removed features. */
  features: number;
  /** Bytes of what was handed over, as JSON. */
  bytes: number;
  /** Preact component renders (function or class), memoised components skipped not counted. */
  renders: number;
  /** WebGL programs linked since the page started. */
  programs: number;
  /** Memoised selectors computed (not answered from their memo) since the page started. */
  readonly selectors: number;
}

/** The same work by who did it, to find where a count comes from (not held to ceilings: names are minified). */
export interface WorkDetail {
  /** Renders by component name. */
  renders: Record<string, number>;
  /** setData and updateData calls by source id. */
  sources: Record<string, number>;
}

/** What the page holds now: window.__work. */
export interface WorkHandle {
  counts: WorkCounts;
  detail: WorkDetail;
  /** Bytes are counted (each collection serialised) only while this is on: off, timed actions pay no counting. */
  countBytes: boolean;
  /** The map's style: its layers, and the features and bytes its GeoJSON sources hold. */
  style(): { layers: number; features: number; bytes: number } | null;
  /** Resolves once the map has drawn what it was last told (its next 'idle', after asking for a repaint). */
  idle(): Promise<void>;
  /** Resolves once Preact's renders and effects of the last change have run (two frames, then a task). */
  settled(): Promise<void>;
  /** Milliseconds of a fixed script workload (sorting, object building, JSON), timed here and now: the bench's yardstick. */
  calibrate(): number;
  /** Films what the map presents while the timeline plays (see screen-film.ts); null before the map is counted. */
  film(): ScreenFilm | null;
}

const counts: WorkCounts = {
  setData: 0,
  updateData: 0,
  features: 0,
  bytes: 0,
  renders: 0,
  programs: 0,
  get selectors() {
    return selectorRuns.count;
  },
};
const detail: WorkDetail = { renders: {}, sources: {} };
const tally = (into: Record<string, number>, key: string): void => {
  into[key] = (into[key] ?? 0) + 1;
};
let counted: MapLibreMap | null = null;

const bytesCounted = (): boolean => (globalThis as { __work?: WorkHandle }).__work?.countBytes === true;
const jsonBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;
const diffFeatures = (diff: GeoJSONSourceDiff): number => (diff.add?.length ?? 0) + (diff.update?.length ?? 0) + (diff.remove?.length ?? 0) + (diff.removeAll ? 1 : 0);

/**
 * A fixed workload of the kind a timeline step runs (build records, sort them, filter, serialise): its time moves with
 * the machine's minute, not with the app, so a script time divided by it is steadier than the time alone.
 */
function calibrationWorkload(): number {
  const t0 = performance.now();
  const records = Array.from({ length: 4000 }, (_, i) => ({ id: `r${i}`, month: (i * 7919) % 240, value: (i * 104_729) % 1000 }));
  records.sort((a, b) => a.month - b.month || a.value - b.value);
  const kept = records.filter((r) => r.value % 3 === 0);
  const text = JSON.stringify(kept.slice(0, 600));
  if (text.length === 0) throw new Error('unreachable');
  return performance.now() - t0;
}

/**
 * Starts counting renders and programs: called in test builds once the store exists, before the map and the app
 * start. `storeMonth` is the month the store holds (for the film's timeline labels). Preact's
 * render hook (`options.__r`, `_render` before mangling) is called once per component render.
 */
export function installWorkCounters(storeMonth: () => string, enabled: boolean = TEST_HANDLES): void {
  if (!enabled) return;
  const hooks = options as unknown as Record<string, ((vnode: unknown) => void) | undefined>;
  const previous = hooks['__r'];
  hooks['__r'] = (vnode) => {
    counts.renders++;
    const type = (vnode as { type?: unknown }).type;
    if (typeof type === 'function') tally(detail.renders, (type as { displayName?: string }).displayName ?? type.name ?? '(anonymous)');
    previous?.(vnode);
  };
  if (typeof WebGL2RenderingContext !== 'undefined') {
    const proto = WebGL2RenderingContext.prototype;
    const link = proto.linkProgram;
    proto.linkProgram = function linkProgram(this: WebGL2RenderingContext, program: WebGLProgram) {
      counts.programs++;
      link.call(this, program);
    };
  }
  const handle: WorkHandle = {
    counts,
    detail,
    countBytes: false,
    style() {
      if (!counted) return null;
      const style = counted.getStyle();
      let features = 0;
      let bytes = 0;
      for (const source of Object.values(style.sources)) {
        if (source.type !== 'geojson' || typeof source.data !== 'object') continue;
        const data = source.data as FeatureCollection;
        features += data.type === 'FeatureCollection' ? data.features.length : 1;
        bytes += jsonBytes(data);
      }
      return { layers: style.layers.length, features, bytes };
    },
    idle() {
      return new Promise<void>((resolve) => {
        if (!counted) return resolve();
        counted.once('idle', () => resolve());
        counted.triggerRepaint();
      });
    },
    settled() {
      return new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
      });
    },
    calibrate: calibrationWorkload,
    film() {
      if (!counted) return null;
      const label = (): string | null => document.querySelector('[data-testid="timeline-date"]')?.textContent ?? null;
      return screenFilm(counted, label, storeMonth);
    },
  };
  (globalThis as Record<string, unknown>)['__work'] = handle;
}

/**
 * Counts what the app hands to the map's GeoJSON sources from now on (the map on screen, once it has its style). The
 * GeoJSON source class is wrapped once, through the prototype of the countries' source: no copy of the style is made
 * here, so the load is not slowed.
 */
export function countMapWork(map: MapLibreMap, enabled: boolean = TEST_HANDLES): void {
  if (!enabled) return;
  counted = map;
  const source = map.getSource(SOURCE.countries) as GeoJSONSource | undefined;
  if (!source || source.type !== 'geojson') return;
  const proto = Object.getPrototypeOf(source) as GeoJSONSource & { __counted?: boolean };
  if (proto.__counted) return;
  proto.__counted = true;
  const setData = proto.setData;
  const updateData = proto.updateData;
  proto.setData = function countedSetData(this: GeoJSONSource, data) {
    counts.setData++;
    tally(detail.sources, this.id);
    if (typeof data === 'object') {
      counts.features += (data as FeatureCollection).type === 'FeatureCollection' ? (data as FeatureCollection).features.length : 1;
      if (bytesCounted()) counts.bytes += jsonBytes(data);
    }
    return setData.call(this, data);
  };
  proto.updateData = function countedUpdateData(this: GeoJSONSource, diff) {
    counts.updateData++;
    tally(detail.sources, this.id);
    counts.features += diffFeatures(diff);
    if (bytesCounted()) counts.bytes += jsonBytes(diff);
    return updateData.call(this, diff);
  };
}
