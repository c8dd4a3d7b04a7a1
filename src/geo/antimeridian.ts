// Country outlines that cross the antimeridian (Russia, Fiji), cut so that MapLibre draws no streak across the world:
// every ring continuous in longitude, then split at ±180 into parts within [-180, 180]. Used by scripts/build-geodata.ts.
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Area = Polygon | MultiPolygon;

/** Mercator ordinate in degrees, so areas are measured as the map shows them. */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI;
}

export function onAntimeridian(lon: number): boolean {
  return Math.abs(Math.abs(lon) - 180) < 1e-9;
}

export function mercatorRingArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    sum += a[0]! * mercatorY(b[1]!) - b[0]! * mercatorY(a[1]!);
  }
  return Math.abs(sum) / 2;
}

/**
 * Makes a ring continuous in longitude. world-atlas was made with geostitch, which joined the
 * rings Natural Earth cuts at ±180, so Russia and Fiji jump from +179.x to -179.x.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [x, y] of ring as [number, number][]) {
    if (previous !== undefined) {
      if (x - previous > 180) offset -= 360;
      else if (x - previous < -180) offset += 360;
    }
    previous = x;
    out.push([x + offset, y]);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) throw new Error('ring encircles a pole: not supported');
  return out;
}

function shiftRing(ring: readonly Position[], dx: number): Position[] {
  return ring.map(([x, y]) => [x! + dx, y!]);
}

/** Sutherland-Hodgman against the half-plane x <= 180 (side -1) or x >= 180 (side 1). */
export function clipRingAt180(ring: readonly Position[], side: 1 | -1): Position[] | null {
  const inside = (p: Position) => side * (p[0]! - 180) >= 0;
  const cross = (a: Position, b: Position): Position => [180, a[1]! + ((180 - a[0]!) * (b[1]! - a[1]!)) / (b[0]! - a[0]!)];
  const out: Position[] = [];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]!;
    const b = ring[i]!;
    if (inside(b)) {
      if (!inside(a)) out.push(cross(a, b));
      out.push(b);
    } else if (inside(a)) out.push(cross(a, b));
  }
  const deduped = out.filter((p, i) => i === 0 || p[0] !== out[i - 1]![0] || p[1] !== out[i - 1]![1]);
  if (deduped.length < 3) return null;
  const first = deduped[0]!;
  const last = deduped[deduped.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) deduped.push([first[0]!, first[1]!]);
  return deduped.length >= 4 && mercatorRingArea(deduped) > 0 ? deduped : null;
}

/** One polygon in, one or two out, every longitude within [-180, 180] and no jump across ±180. */
export function splitAtAntimeridian(polygon: readonly Position[][]): Position[][][] {
  const [outerRaw, ...holesRaw] = polygon.map(unwrapRing);
  if (!outerRaw) return [];
  const minX = Math.min(...outerRaw.map((p) => p[0]!));
  const shift = -360 * Math.floor((minX + 180) / 360);
  const outer = shiftRing(outerRaw, shift);
  const west = minX + shift;
  const holes = holesRaw.map((h) => {
    const hMin = Math.min(...h.map((p) => p[0]!));
    return shiftRing(h, -360 * Math.floor((hMin - west) / 360));
  });
  const maxX = Math.max(...outer.map((p) => p[0]!));
  if (maxX <= 180) return [[outer, ...holes]];
  const parts: Position[][][] = [];
  for (const side of [-1, 1] as const) {
    const rings = [outer, ...holes].map((r) => clipRingAt180(r, side));
    const [exterior, ...interiors] = rings;
    if (!exterior) continue;
    const dx = side === 1 ? -360 : 0;
    parts.push([exterior, ...interiors.filter((r): r is Position[] => r !== null)].map((r) => shiftRing(r, dx)));
  }
  return parts;
}

export function repairAntimeridian(geometry: Area): Area {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out = polygons.flatMap(splitAtAntimeridian);
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

export function polygonsOf(geometry: Area): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
