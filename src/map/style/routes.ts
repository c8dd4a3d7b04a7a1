// How a route is drawn, in every renderer: casing, line, the dotted centre of schematic routes, arrowheads, label.
import type { MapTheme } from '../theme';
import { emphasisLevels, type Emphasis, type EmphasisLevels } from './common';

/** The properties of a route feature (layers/routes.ts builds them from the selectors). */
export interface RouteProperties {
  id: string;
  name: string;
  /** Name and the period's figure, in the UI language. */
  label: string;
  /** Line width in pixels, from the period's figure (selectors/routes.ts). */
  width: number;
  schematic: boolean;
  emphasis: Emphasis;
}

/** A route's label point: its properties and its place in the queue for a label (routeLabelRanks). */
export interface RouteLabelProperties extends RouteProperties {
  rank: number;
}

export const ROUTE_STYLE = {
  /** The casing is this many pixels wider than the line, at this opacity. */
  casingExtra: 3,
  casingOpacity: 0.9,
  /** The dotted centre line of a schematic route: a share of the route's width, at least `min` pixels. */
  centreShare: 0.18,
  centreMin: 1,
  centreOpacity: 0.9,
  /** Arrowheads along the line: one every `spacing` pixels, `base + width` pixels long. */
  arrowSpacing: 90,
  arrowBase: 10,
  arrowHalo: 1,
  labelHalo: 2,
  /**
   * Route labels a zoom level holds: at zoom 4 and below `labelsAtZoom4`, twice as many for each level above. More
   * labels than that only collide (the map places few of them), yet each one costs every frame its glyphs.
   */
  labelsAtZoom4: 40,
  /** How much wider than the line a pointer may be and still hit it. */
  hitExtra: 12,
} as const;

export function routeOpacity(theme: MapTheme): EmphasisLevels {
  return emphasisLevels(theme.dimOpacity);
}

export function routeCasingWidth(width: number): number {
  return width + ROUTE_STYLE.casingExtra;
}

export function routeCentreWidth(width: number): number {
  return Math.max(ROUTE_STYLE.centreMin, ROUTE_STYLE.centreShare * width);
}

export function routeArrowSize(width: number): number {
  return ROUTE_STYLE.arrowBase + width;
}

/**
 * Only schematic routes are dashed (they show a direction, not a road): a dotted centre line in the casing colour over
 * the solid line. The dash and gap are in units of the centre line's width, as MapLibre's line-dasharray.
 */
export function routeCentreDash(p: Pick<RouteProperties, 'schematic'>, theme: MapTheme): readonly [number, number] | null {
  return p.schematic ? theme.routeSchematicDash : null;
}

/** How many routes are labelled at a zoom (see ROUTE_STYLE.labelsAtZoom4). */
export function routeLabelBudget(zoom: number): number {
  return ROUTE_STYLE.labelsAtZoom4 * 2 ** Math.max(0, Math.floor(zoom) - 4);
}

/**
 * Each route's place in the queue for a label: the selected route first, then by width (the period's figure), widest
 * first; ties keep the given order. Returned in the given order: ranks[i] belongs to routes[i].
 */
export function routeLabelRanks(routes: readonly Pick<RouteProperties, 'width' | 'emphasis'>[]): number[] {
  const order = routes.map((_, i) => i);
  order.sort((a, b) => Number(routes[b]!.emphasis === 'selected') - Number(routes[a]!.emphasis === 'selected') || routes[b]!.width - routes[a]!.width || a - b);
  const ranks = Array.from({ length: routes.length }, () => 0);
  order.forEach((i, rank) => (ranks[i] = rank));
  return ranks;
}
