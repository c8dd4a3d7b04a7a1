// One label point per country: the pole of inaccessibility of its largest part, the point inside it farthest from its
// edges (polylabel), so a name sits inside the country even when its centroid does not. Used by scripts/build-geodata.ts.
import type { Position } from 'geojson';

/** Pole of inaccessibility (polylabel algorithm) on a plane scaled by cos(latitude). */
export function poleOfInaccessibility(polygon: readonly Position[][], precision: number): [number, number] {
  const outer = polygon[0]!;
  const ys = outer.map((p) => p[1]!);
  const k = Math.cos(((Math.min(...ys) + Math.max(...ys)) / 2) * (Math.PI / 180));
  const rings = polygon.map((r) => r.map(([x, y]) => [x! * k, y!] as [number, number]));
  const xs = rings[0]!.map((p) => p[0]);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const maxX = Math.max(...xs);
  const maxY = Math.max(...ys);
  const signedDistance = (x: number, y: number): number => {
    let inside = false;
    let best = Infinity;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [ax, ay] = ring[i]!;
        const [bx, by] = ring[j]!;
        if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
        const dx = bx - ax;
        const dy = by - ay;
        const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
        best = Math.min(best, (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2);
      }
    }
    return (inside ? 1 : -1) * Math.sqrt(best);
  };
  interface Cell { x: number; y: number; h: number; d: number; max: number }
  const cell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX / k, minY];
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop()!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return [round(best.x / k, 3), round(best.y, 3)];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
