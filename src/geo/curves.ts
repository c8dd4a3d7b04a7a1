// Curved geometry for overlays: smooth routes through waypoints, and arcs from a donor to a recipient.
import type { LineString, Position } from 'geojson';

/** Points per stretch between two waypoints: smooth at the map's largest zoom, few enough for the worker to cut fast. */
const SEGMENTS_PER_STRETCH = 24;
/** How far each waypoint's control points reach towards its neighbours' midpoints (0: straight lines, 1: widest). */
const SHARPNESS = 0.6;

/**
 * A smooth line through the waypoints: one cubic Bezier curve per stretch between two waypoints, whose control points
 * keep the direction continuous through each waypoint (a cardinal spline). Sampled evenly in each stretch's parameter.
 */
export function smoothRoute(waypoints: readonly Position[]): LineString {
  if (waypoints.length < 2) throw new Error('a route needs at least two waypoints');
  const points = waypoints.map(([x, y]) => [x!, y!] as const);
  if (points.length === 2) return { type: 'LineString', coordinates: points.map((p) => [...p]) };
  const mid = (a: readonly [number, number], b: readonly [number, number]): [number, number] => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const centres = points.slice(1).map((p, i) => mid(points[i]!, p));
  // controls[i]: the control points before and after waypoint i (the ends are their own controls).
  const controls: Array<readonly [readonly [number, number], readonly [number, number]]> = [[points[0]!, points[0]!]];
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const m = mid(centres[i - 1]!, centres[i]!);
    const shift: [number, number] = [p[0] - m[0], p[1] - m[1]];
    const towards = (c: readonly [number, number]): [number, number] => [(1 - SHARPNESS) * p[0] + SHARPNESS * (c[0] + shift[0]), (1 - SHARPNESS) * p[1] + SHARPNESS * (c[1] + shift[1])];
    controls.push([towards(centres[i - 1]!), towards(centres[i]!)]);
  }
  controls.push([points.at(-1)!, points.at(-1)!]);
  const coordinates: Position[] = [[...points[0]!]];
  for (let i = 0; i < points.length - 1; i++) {
    const [p0, c0, c1, p1] = [points[i]!, controls[i]![1], controls[i + 1]![0], points[i + 1]!];
    for (let k = 1; k <= SEGMENTS_PER_STRETCH; k++) {
      const t = k / SEGMENTS_PER_STRETCH;
      const u = 1 - t;
      const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
      // Rounded like the arcs (about 10 m): a third of the bytes handed to the map's worker, nothing visible lost.
      coordinates.push(k === SEGMENTS_PER_STRETCH ? [...p1] : [round(a * p0[0] + b * c0[0] + c * c1[0] + d * p1[0]), round(a * p0[1] + b * c0[1] + c * c1[1] + d * p1[1])]);
    }
  }
  return { type: 'LineString', coordinates };
}

/**
 * The most an arc turns at one of its points, in degrees: a bend this small does not show on a line of any width at any
 * zoom, and it sets how many points an arc needs (15 to 34 by bend, not a fixed 49): fewer coordinates to send to the map's
 * worker, to cut into tiles and to draw.
 */
export const ARC_MAX_TURN_DEGREES = 2;

/**
 * A planar quadratic arc from `from` to `to`, bowed to the left of the direction of travel by
 * `bend` times the distance, so arcs to nearby recipients fan out instead of overlapping. It turns by
 * 2·atan(2·bend) from end to end, evenly enough in its parameter that equal steps keep each turn under
 * ARC_MAX_TURN_DEGREES (the turn per step is largest mid-arc, where the curve is sharpest).
 */
export function arc(from: Position, to: Position, bend = 0.22, segments = arcSegments(bend)): LineString {
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

/**
 * Steps for an arc of this bend. On a parabola the tangent's slope changes at a constant rate along the parameter, so
 * the angle changes fastest mid-arc: by 4·bend/n radians per step (small angles), which sets n.
 */
function arcSegments(bend: number): number {
  return Math.max(8, Math.ceil((4 * Math.abs(bend) * 180) / Math.PI / ARC_MAX_TURN_DEGREES));
}

/** Great-circle distance between two lon/lat points, in radians of arc (haversine). */
function arcBetween(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/**
 * The point at a share (0..1) of a line's length on the globe, e.g. where to put a label or an arrowhead. Within the
 * piece where that share falls (a few kilometres to tens of kilometres long), the point is interpolated linearly.
 */
export function pointAlong(line: LineString, share: number): Position {
  const c = line.coordinates;
  if (c.length === 1) return [...c[0]!];
  const pieces = c.slice(1).map((p, i) => arcBetween(c[i]!, p));
  let left = pieces.reduce((a, b) => a + b, 0) * Math.min(1, Math.max(0, share));
  for (const [i, piece] of pieces.entries()) {
    if (left <= piece || i === pieces.length - 1) {
      const t = piece > 0 ? Math.min(1, left / piece) : 0;
      const [a, b] = [c[i]!, c[i + 1]!];
      return [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
    }
    left -= piece;
  }
  return [...c.at(-1)!];
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
