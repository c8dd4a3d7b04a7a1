// Routes at a date: schematic geometry, and the figure of the period to scale their width.
import { scaleSqrt } from './scales';
import type { Route } from '../data/schema';
import type { Model } from '../data/model';
import { smoothRoute } from '../geo/curves';
import type { Month } from '../state/types';
import type { FilterResult } from './filters';
import { memoize, memoizeList } from './memo';
import { dateStart, dateEnd } from '../data/dates';
import { monthEndMs } from '../state/month';
import type { LineString } from 'geojson';

export type RouteFigure = Route['figures'][number];

export interface RouteView {
  route: Route;
  geometry: LineString;
  /** The figure for the selected month, if the documents give one (see figureAt). */
  figure: RouteFigure | undefined;
  width: number;
}

/** Months a figure stays "the latest figure" after its period ends. */
export const FIGURE_VALIDITY_MONTHS = 12;
const COUNT_METRICS = new Set(['detections', 'irregular-entries', 'crossings']);

/** The latest count figure whose period started by the month and ended less than a year before it. */
export function figureAt(route: Route, month: Month): RouteFigure | undefined {
  const end = monthEndMs(month);
  let best: RouteFigure | undefined;
  for (const f of route.figures) {
    if (!COUNT_METRICS.has(f.metric)) continue;
    if (dateStart(f.from) > end) continue;
    const validUntil = dateEnd(f.to) + FIGURE_VALIDITY_MONTHS * 30.44 * 86_400_000;
    if (validUntil < end) continue;
    if (!best || dateStart(f.from) > dateStart(best.from)) best = f;
  }
  return best;
}

/** A route's count figures with their periods as instants, computed once per route. */
interface TimedFigure {
  figure: RouteFigure;
  start: number;
  validUntil: number;
}
const timedFigures = new WeakMap<Route, TimedFigure[]>();
function timedFiguresOf(route: Route): TimedFigure[] {
  let list = timedFigures.get(route);
  if (!list) {
    list = route.figures
      .filter((f) => COUNT_METRICS.has(f.metric))
      .map((figure) => ({ figure, start: dateStart(figure.from), validUntil: dateEnd(figure.to) + FIGURE_VALIDITY_MONTHS * 30.44 * 86_400_000 }));
    timedFigures.set(route, list);
  }
  return list;
}

/**
 * The figure each route showed last, with the month ends [lo, hi] over which it stays the same: between those, no
 * figure's period starts or stops counting, so a timeline step inside them does not look the figure up again.
 */
const lastFigure = new WeakMap<Route, { lo: number; hi: number; figure: RouteFigure | undefined }>();
export function figureAtCached(route: Route, month: Month): RouteFigure | undefined {
  const end = monthEndMs(month);
  const hit = lastFigure.get(route);
  if (hit && hit.lo <= end && end <= hit.hi) return hit.figure;
  // As figureAt, on the precomputed instants, narrowing [lo, hi] to the month ends at which each test gives the same answer.
  let lo = -Infinity;
  let hi = Infinity;
  let best: TimedFigure | undefined;
  for (const f of timedFiguresOf(route)) {
    if (f.start > end) {
      hi = Math.min(hi, f.start - 1);
      continue;
    }
    lo = Math.max(lo, f.start);
    if (f.validUntil < end) {
      lo = Math.max(lo, Math.floor(f.validUntil) + 1);
      continue;
    }
    hi = Math.min(hi, Math.floor(f.validUntil));
    if (!best || f.start > best.start) best = f;
  }
  lastFigure.set(route, { lo, hi, figure: best?.figure });
  return best?.figure;
}

export const routeGeometries = memoize((model: Model): ReadonlyMap<string, LineString> => {
  return new Map(model.dataset.routes.map((r) => [r.id, smoothRoute(r.waypoints.map((w) => [w.lon, w.lat]))]));
});

/** Width scale over every count figure in the data, so widths compare across dates. */
export const routeWidthScale = memoize((model: Model) => {
  const max = Math.max(1, ...model.dataset.routes.flatMap((r) => r.figures.filter((f) => COUNT_METRICS.has(f.metric)).map((f) => f.value)));
  return scaleSqrt([0, max], [1.5, 14]);
});

const sameRouteView = (a: RouteView, b: RouteView): boolean => a.route === b.route && a.figure === b.figure && a.width === b.width;

/** The routes the filters keep: the same list while they keep the same routes (most filter changes concern others). */
const keptRoutes = memoizeList((model: Model, filtered: FilterResult): Route[] => model.dataset.routes.filter((r) => filtered.kept.route.has(r.id)));

const routeViewsAt = memoizeList((model: Model, kept: readonly Route[], month: Month): RouteView[] => {
  const geometries = routeGeometries(model);
  const scale = routeWidthScale(model);
  return kept.map((route) => {
    const figure = figureAtCached(route, month);
    return { route, geometry: geometries.get(route.id)!, figure, width: figure ? scale(figure.value) : 1.5 };
  });
}, sameRouteView);

/** Each route the filters keep, with its figure and width at the month. */
export const routesAt = (model: Model, filtered: FilterResult, month: Month): RouteView[] => routeViewsAt(model, keptRoutes(model, filtered), month);
