// Where a funding arc runs: from Brussels to the recipient (or the centre of a group of recipients or of a region's
// named countries), bent by one of three bends fixed by the record's id. Both maps draw it and the keyboard walk
// stands on it, so the line is derived here once, apart from any renderer.
import type { LineString, Position } from 'geojson';
import type { FundingFlow } from '../data/schema';
import { arc } from '../geo/curves';
import { fundingCountries } from './funding-countries';

/** Where EU money is drawn from: Brussels. */
export const DONOR_POINT: Position = [4.35, 50.85];

export function recipientPoint(f: FundingFlow, countryPoints: ReadonlyMap<string, Position>): Position | undefined {
  const points = fundingCountries(f).map((c) => countryPoints.get(c)).filter((p): p is Position => p !== undefined);
  if (points.length === 0) return undefined;
  const lon = points.reduce((s, p) => s + p[0]!, 0) / points.length;
  const lat = points.reduce((s, p) => s + p[1]!, 0) / points.length;
  return [lon, lat];
}

const arcCache = new Map<string, { key: string; line: LineString }>();
/** Arcs are recomputed only when their end or bend changes, not on every timeline step. */
function arcFor(id: string, to: Position, bend: number): LineString {
  const key = `${to[0]},${to[1]},${bend}`;
  const hit = arcCache.get(id);
  if (hit && hit.key === key) return hit.line;
  const line = arc(DONOR_POINT, to, bend);
  arcCache.set(id, { key, line });
  return line;
}

/** One of three bends, fixed by the record's id: an arc keeps its shape whatever else appears at the date. */
function bendOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return 0.18 + (Math.abs(h) % 3) * 0.05;
}

/** The arc of an amount, or undefined for a worldwide or regional amount with no place on the map. */
export function fundingArcLine(f: FundingFlow, countryPoints: ReadonlyMap<string, Position>): LineString | undefined {
  const to = recipientPoint(f, countryPoints);
  return to ? arcFor(f.id, to, bendOf(f.id)) : undefined;
}
