// What the map shows at the date with the filters, as a list of features a keyboard can move between: countries with
// data, routes (and their countries in travel order), missions and funding arcs, each with a place to stand on.
import type { LineString, Position } from 'geojson';
import type { FundingFlow, Mission, Route } from '../data/schema';
import { dateStart } from '../data/dates';
import { pointAlong } from '../geo/curves';
import { monthEndMs } from '../state/month';
import type { Month, OverlayId, SelectionKind } from '../state/types';
import { fundingCountries } from './funding-countries';
import type { PartnerView } from './partners';
import { figureAt, routeFigureKnownFrom, type RouteFigure, type RouteView } from './routes';
import { routeFigureValidUntil } from './time';
import type { Model } from '../data/model';

export interface MapFeature {
  kind: SelectionKind;
  id: string;
  /** Where the feature stands for keyboard moves: a country's label point, a route's or arc's middle, a mission's place. */
  at: Position;
}

/** What the map draws at the date with the filters (the view selectors' output) and which layers are switched on. */
export interface MapContent {
  overlays: Readonly<Record<OverlayId, boolean>>;
  routes: readonly RouteView[];
  partners: readonly PartnerView[];
  missions: readonly Mission[];
  /** The funding amounts drawn as arcs (current at the date, an aggregate hiding its parts). */
  funding: readonly FundingFlow[];
}

/** Where things are: the renderers' own geometry, so focus stands where the map draws. */
export interface FeaturePlaces {
  country(iso2: string): Position | undefined;
  fundingLine(f: FundingFlow): LineString | undefined;
}

export type StopRole = 'origin' | 'transit' | 'destination';
export type RouteComposition = Route['composition'][number];

export interface RouteStop {
  iso2: string;
  role: StopRole;
  /** An origin's share of the people on the route at the date, when the documents give one. */
  share?: RouteComposition;
  /** The route's count at the date, given at its destination (where it is counted). */
  count?: RouteFigure;
}

const ROLES: readonly StopRole[] = ['origin', 'transit', 'destination'];

/** A share of the route's people counts from the day its document states it until a year after its period (as a route figure). */
function activeShare(model: Model, c: RouteComposition, month: Month): boolean {
  const end = monthEndMs(month);
  return dateStart(routeFigureKnownFrom(model, c)) <= end && routeFigureValidUntil(c) >= end;
}

/** A route's countries in travel order (origins, transit countries as the waypoints pass them, destinations), each with its figure at the date. */
export function routeStops(model: Model, route: Route, month: Month): RouteStop[] {
  const count = figureAt(model, route, month);
  const waypointOrder = (iso2: string): number => {
    const i = route.waypoints.findIndex((w) => w.country === iso2);
    return i < 0 ? Infinity : i;
  };
  const seen = new Set<string>();
  const stops: RouteStop[] = [];
  for (const role of ROLES) {
    const countries = role === 'transit' ? [...route.countries.transit].sort((a, b) => waypointOrder(a) - waypointOrder(b)) : route.countries[role];
    for (const iso2 of countries) {
      if (seen.has(iso2)) continue;
      seen.add(iso2);
      const stop: RouteStop = { iso2, role };
      const share = role === 'origin' ? route.composition.find((c) => (Array.isArray(c.nationality) ? c.nationality.includes(iso2) : c.nationality === iso2) && activeShare(model, c, month)) : undefined;
      if (share) stop.share = share;
      if (role === 'destination' && count) stop.count = count;
      stops.push(stop);
    }
  }
  return stops;
}

/** What the map says about one country at the date: its partner category, its roles on the drawn routes, its missions and amounts. */
export interface CountryFacts {
  partner?: PartnerView;
  routes: Array<{ route: Route; role: StopRole }>;
  missions: Mission[];
  funding: FundingFlow[];
}

export function countryFacts(content: MapContent, iso2: string): CountryFacts {
  const { overlays } = content;
  const facts: CountryFacts = { routes: [], missions: [], funding: [] };
  const partner = overlays.partners ? content.partners.find((p) => p.iso2 === iso2) : undefined;
  if (partner) facts.partner = partner;
  if (overlays.routes) {
    for (const r of content.routes) {
      const role = ROLES.find((x) => r.route.countries[x].includes(iso2));
      if (role) facts.routes.push({ route: r.route, role });
    }
  }
  if (overlays.missions) facts.missions = content.missions.filter((m) => m.country === iso2);
  if (overlays.funding) facts.funding = content.funding.filter((f) => fundingCountries(f).includes(iso2));
  return facts;
}

// A curve is built once per model (routes) or per arc end (funding), so its middle is computed once too.
const middles = new WeakMap<LineString, Position>();
function middleOf(line: LineString, share: number): Position {
  let p = middles.get(line);
  if (!p) middles.set(line, (p = pointAlong(line, share)));
  return p;
}

/** Every feature the map shows, grouped by layer (countries, routes, missions, funding arcs) and sorted within each. */
export function mapFeaturesAt(content: MapContent, places: FeaturePlaces): MapFeature[] {
  const { overlays } = content;
  const countries = new Set<string>();
  if (overlays.partners) for (const p of content.partners) countries.add(p.iso2);
  if (overlays.routes) for (const r of content.routes) for (const role of ROLES) for (const c of r.route.countries[role]) countries.add(c);
  if (overlays.missions) for (const m of content.missions) if (m.country) countries.add(m.country);
  if (overlays.funding) for (const f of content.funding) for (const c of fundingCountries(f)) countries.add(c);
  const out: MapFeature[] = [];
  for (const iso2 of [...countries].sort()) {
    const at = places.country(iso2);
    if (at) out.push({ kind: 'country', id: iso2, at });
  }
  if (overlays.routes) for (const r of content.routes) out.push({ kind: 'route', id: r.route.id, at: middleOf(r.geometry, 0.5) });
  if (overlays.missions) for (const m of content.missions) out.push({ kind: 'mission', id: m.id, at: [m.location.lon, m.location.lat] });
  if (overlays.funding) {
    for (const f of content.funding) {
      const line = places.fundingLine(f);
      // Two thirds along, towards the recipient but clear of its country's point.
      if (line) out.push({ kind: 'funding', id: f.id, at: middleOf(line, 0.66) });
    }
  }
  return out;
}

export type Direction = 'left' | 'right' | 'up' | 'down';
const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The nearest candidate in a direction on screen (y grows downwards): among those within 60° of the direction, the
 * one with the least distance along it plus twice the distance across it, so a feature straight ahead wins over a
 * nearer one off to the side. Candidates within a pixel of the start are skipped (the start itself).
 */
export function nearestInDirection<T extends { x: number; y: number }>(from: { x: number; y: number }, candidates: readonly T[], direction: Direction): T | undefined {
  const [vx, vy] = VECTORS[direction];
  let best: T | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * vx + dy * vy;
    const across = Math.abs(dx * vy - dy * vx);
    if (along < 1 || across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The candidate nearest a point, whatever the direction (where the first key press starts). */
export function nearestTo<T extends { x: number; y: number }>(point: { x: number; y: number }, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.hypot(c.x - point.x, c.y - point.y);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
