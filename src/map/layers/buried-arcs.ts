// Arcs that share a path are drawn one over another. Under enough translucent arcs of one colour, a further arc of
// that colour changes no pixel by as much as half of one of a screen's 255 levels, so the WebGL map's source leaves
// it out: hundreds of amounts to one partner cost the raster what a handful do. Only the map's source: the panels,
// the data table, the keyboard walk and the SVG map keep every arc.
import type { Feature, LineString } from 'geojson';
import type { Emphasis } from '../style/common';

/**
 * How many arcs of one colour and opacity `alpha` must lie under a pixel before it is within half a level of that
 * colour (of 255), whatever lies beneath: (1 - alpha)^depth ≤ 1/510.
 */
export function coveringDepth(alpha: number): number {
  if (alpha >= 1) return 1;
  if (alpha <= 0) return Number.POSITIVE_INFINITY;
  return Math.ceil(Math.log(1 / 510) / Math.log(1 - alpha));
}

/** What decides an arc's colour and opacity on the map: its stage of amount and its emphasis. */
interface StackedArcProperties {
  stage: string;
  emphasis: Emphasis;
}

// The funding layer keeps each arc's geometry from one step to the next, so its key is worked out once.
const pathKeys = new WeakMap<LineString, string>();

/** Arcs of one path have the same coordinates: same end, same bend (and so the same middle point), same count. */
function pathKey(line: LineString): string {
  let key = pathKeys.get(line);
  if (key === undefined) {
    const c = line.coordinates;
    key = `${c.length}|${(c[c.length - 1] ?? []).join(',')}|${(c[c.length >> 1] ?? []).join(',')}`;
    pathKeys.set(line, key);
  }
  return key;
}

/**
 * The arcs in draw order (widest first), without each arc that is buried: the `depth[emphasis]` arcs drawn just
 * before it on its path are kept, of its colour and its opacity. Those are at least as wide, so they cover every
 * pixel of it and bring each to within half a level of its colour before it is drawn. The exception is where
 * different paths meet (at the donor, where every arc starts), where arcs of other paths come in between.
 */
export function withoutBuriedArcs<P extends StackedArcProperties, F extends Feature<LineString, P>>(arcs: readonly F[], depth: Readonly<Record<Emphasis, number>>): F[] {
  // Per path, the look (stage and emphasis) of the last kept arc and how many kept arcs in a row, up to it, have it.
  const top = new Map<string, { look: string; run: number }>();
  const out: F[] = [];
  for (const arc of arcs) {
    const key = pathKey(arc.geometry);
    const look = `${arc.properties.stage}|${arc.properties.emphasis}`;
    const below = top.get(key);
    if (below?.look === look) {
      if (below.run >= depth[arc.properties.emphasis]) continue;
      below.run += 1;
    } else top.set(key, { look, run: 1 });
    out.push(arc);
  }
  return out;
}
