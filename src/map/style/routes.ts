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
