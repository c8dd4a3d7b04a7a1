// Routes at a date: schematic geometry, and the figure of the period to scale their width.
import { scaleSqrt } from './scales';
import type { Route } from '../data/schema';
import type { Model } from '../data/model';
import { smoothRoute } from '../geo/curves';
import type { Month } from '../state/types';
import type { FilterResult } from './filters';
import { memoize, memoizeList } from './memo';
import { dateStart } from '../data/dates';
import { knownFrom, routeFigureValidUntil } from './time';
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

const COUNT_METRICS = new Set(['detections', 'irregular-entries', 'crossings']);

/**
 * A route's count figure as instants: shown from the day its document states it (January-August 2015, stated on
 * 9 September 2015, from September 2015) until a year after its period ends (see routeFigureValidUntil).
 */
interface TimedFigure {
  figure: RouteFigure;
  start: number;
  validUntil: number;
}
const timedFigures = new WeakMap<Route, TimedFigure[]>();
function timedFiguresOf(model: Model, route: Route): TimedFigure[] {
  let list = timedFigures.get(route);
  if (!list) {
    list = route.figures
      .filter((f) => COUNT_METRICS.has(f.metric))
      .map((figure) => ({ figure, start: dateStart(routeFigureKnownFrom(model, figure)), validUntil: routeFigureValidUntil(figure) }));
    timedFigures.set(route, list);
  }
  return list;
}

/** When a route figure (or a share of the route's people) is known: its document's date, or for a background figure its period's end. */
export function routeFigureKnownFrom(model: Model, f: { to: string; source: RouteFigure['source'] }): string {
  return knownFrom(model, f.source, f.to) ?? f.to;
}

/** The latest count figure known by the end of the month whose period ended less than a year before it. */
export function figureAt(model: Model, route: Route, month: Month): RouteFigure | undefined {
  const end = monthEndMs(month);
  let best: TimedFigure | undefined;
  for (const f of timedFiguresOf(model, route)) {
    if (f.start > end || f.validUntil < end) continue;
    if (!best || dateStart(f.figure.from) > dateStart(best.figure.from)) best = f;
  }
  return best?.figure;
}

/**
 * The figure each route showed last, with the month ends [lo, hi] over which it stays the same: between those, no
 * figure becomes known or stops counting, so a timeline step inside them does not look the figure up again.
 */
const lastFigure = new WeakMap<Route, { lo: number; hi: number; figure: RouteFigure | undefined }>();
export function figureAtCached(model: Model, route: Route, month: Month): RouteFigure | undefined {
  const end = monthEndMs(month);
  const hit = lastFigure.get(route);
  if (hit && hit.lo <= end && end <= hit.hi) return hit.figure;
  // As figureAt, on the precomputed instants, narrowing [lo, hi] to the month ends at which each test gives the same answer.
  let lo = -Infinity;
  let hi = Infinity;
  let best: TimedFigure | undefined;
  for (const f of timedFiguresOf(model, route)) {
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
    if (!best || dateStart(f.figure.from) > dateStart(best.figure.from)) best = f;
  }
  lastFigure.set(route, { lo, hi, figure: best?.figure });
  return best?.figure;
}

/** A country's role on a route: where people come from, pass through or arrive. */
export type RouteRole = 'origin' | 'transit' | 'destination';

/** The country's role on the route (origin first, as the documents name it), or undefined when the route does not pass it. */
export function routeCountryRole(route: Route, iso2: string): RouteRole | undefined {
  if (route.countries.origin.includes(iso2)) return 'origin';
  if (route.countries.transit.includes(iso2)) return 'transit';
  if (route.countries.destination.includes(iso2)) return 'destination';
  return undefined;
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
    const figure = figureAtCached(model, route, month);
    return { route, geometry: geometries.get(route.id)!, figure, width: figure ? scale(figure.value) : 1.5 };
  });
}, sameRouteView);

/** Each route the filters keep, with its figure and width at the month. */
export const routesAt = (model: Model, filtered: FilterResult, month: Month): RouteView[] => routeViewsAt(model, keptRoutes(model, filtered), month);
