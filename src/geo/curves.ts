// Curved geometry for overlays: smooth routes through waypoints, and arcs from a donor to a recipient.
import { bezierSpline, lineString, along, length } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';

/** A smooth line through the waypoints (a Bezier spline that passes through each of them). */
export function smoothRoute(waypoints: readonly Position[]): LineString {
  if (waypoints.length < 2) throw new Error('a route needs at least two waypoints');
  if (waypoints.length === 2) return { type: 'LineString', coordinates: waypoints.map((p) => [...p]) };
  const spline = bezierSpline(lineString(waypoints.map((p) => [...p])), { resolution: 4000, sharpness: 0.6 });
  // Rounded like the arcs (about 10 m): a third of the bytes handed to the map's worker, nothing visible lost.
  return { type: 'LineString', coordinates: spline.geometry.coordinates.map(([x, y]) => [round(x!), round(y!)]) };
}

/**
 * A planar quadratic arc from `from` to `to`, bowed to the left of the direction of travel by
 * `bend` times the distance, so arcs to nearby recipients fan out instead of overlapping.
 */
export function arc(from: Position, to: Position, bend = 0.22, segments = 48): LineString {
  const [x0, y0] = from as [number, number];
  const [x2, y2] = to as [number, number];
  const dx = x2 - x0;
  const dy = y2 - y0;
  const cx = (x0 + x2) / 2 - dy * bend;
  const cy = (y0 + y2) / 2 + dx * bend;
  const coordinates: Position[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    coordinates.push([round(a * x0 + b * cx + c * x2), round(a * y0 + b * cy + c * y2)]);
  }
  return { type: 'LineString', coordinates };
}

/** The point at a share (0..1) of a line's length, e.g. where to put a label or an arrowhead. */
export function pointAlong(line: LineString, share: number): Position {
  const feature: Feature<LineString> = { type: 'Feature', properties: {}, geometry: line };
  return along(feature, length(feature) * share).geometry.coordinates;
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
