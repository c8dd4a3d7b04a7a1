// The WebGL map leaves out arcs buried under others of their path: the picture must not change by a screen level.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Feature, LineString } from 'geojson';
import { coveringDepth, withoutBuriedArcs } from '../../src/map/layers/buried-arcs';
import type { Emphasis } from '../../src/map/style/common';

interface Props {
  id: number;
  stage: string;
  emphasis: Emphasis;
  width: number;
  /** Which of PATHS the arc follows, for the test's own drawing. */
  path: number;
}
type Arc = Feature<LineString, Props>;

// Three paths from one donor: they differ in end and bend, as the funding arcs do.
const PATHS: LineString[] = [
  { type: 'LineString', coordinates: [[4, 50], [10, 45], [20, 30]] },
  { type: 'LineString', coordinates: [[4, 50], [12, 44], [20, 30]] },
  { type: 'LineString', coordinates: [[4, 50], [0, 40], [-5, 34]] },
];
const COLOURS: Record<string, [number, number, number]> = { allocated: [0, 114, 178], committed: [0, 158, 115], pledged: [230, 159, 0] };
// The faintest opacities of the themes (style/funding.ts): dimmed 0.15, normal 0.7, selected 1.
const ALPHA: Record<Emphasis, number> = { dimmed: 0.15, normal: 0.7, selected: 1 };
const DEPTH: Record<Emphasis, number> = { dimmed: coveringDepth(ALPHA.dimmed), normal: coveringDepth(ALPHA.normal), selected: coveringDepth(ALPHA.selected) };

const arc = (id: number, path: number, kind: string, emphasis: Emphasis, width: number): Arc => ({
  type: 'Feature',
  // Each arc has its own coordinate arrays, as the map's arcs do: a path is recognised by its coordinates.
  geometry: structuredClone(PATHS[path]!),
  properties: { id, stage: kind, emphasis, width, path },
});

/**
 * The colour, in screen levels, of the pixel `offset` pixels from a path's centre line once `arcs` are drawn in
 * order over a white background: source-over blending of each arc wide enough to cover it.
 */
function pixel(arcs: readonly Arc[], path: number, offset: number): number[] {
  let rgb = [255, 255, 255];
  for (const a of arcs) {
    if (a.properties.path !== path || a.properties.width / 2 <= offset) continue;
    const alpha = ALPHA[a.properties.emphasis];
    const colour = COLOURS[a.properties.stage]!;
    rgb = rgb.map((v, i) => colour[i]! * alpha + v * (1 - alpha));
  }
  return rgb;
}

describe('arcs buried under their path', () => {
  it('needs as many arcs as bring a pixel within half a level of their colour', () => {
    expect(coveringDepth(1)).toBe(1);
    expect(coveringDepth(0.7)).toBe(6);
    expect(coveringDepth(0.15)).toBe(39);
    expect(0.3 ** 6).toBeLessThanOrEqual(1 / 510);
    expect(0.3 ** 5).toBeGreaterThan(1 / 510);
  });

  it('keeps a stack no deeper than the depth, and every arc of a shallower one', () => {
    const stack = Array.from({ length: 20 }, (_, i) => arc(i, 0, 'allocated', 'normal', 16 - i * 0.5));
    expect(withoutBuriedArcs(stack, DEPTH).map((a) => a.properties.id)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(withoutBuriedArcs(stack.slice(0, 6), DEPTH)).toHaveLength(6);
  });

  it('keeps an arc drawn over one of another colour, and an arc of another path', () => {
    const stack = [...Array.from({ length: 6 }, (_, i) => arc(i, 0, 'allocated', 'normal', 10)), arc(6, 0, 'pledged', 'normal', 9), arc(7, 0, 'allocated', 'normal', 8), arc(8, 1, 'allocated', 'normal', 8)];
    expect(withoutBuriedArcs(stack, DEPTH).map((a) => a.properties.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  // 200 random stacks take about 5 s on the 2-core machine, near vitest's default limit: this is not a timing test.
  it('changes no pixel of any path by a screen level, whatever the stack', { timeout: 60_000 }, () => {
    const arcs = fc.array(
      fc.record({
        path: fc.integer({ min: 0, max: PATHS.length - 1 }),
        // Mostly one kind, so that deep runs of one look occur.
        kind: fc.constantFrom('allocated', 'allocated', 'allocated', 'allocated', 'allocated', 'committed', 'pledged'),
        emphasis: fc.constantFrom<Emphasis>('normal', 'normal', 'normal', 'normal', 'dimmed', 'selected'),
        width: fc.integer({ min: 12, max: 160 }).map((w) => w / 10),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(arcs, (drawn) => {
        // Widest first, as the map draws them.
        const all = drawn.map((d, i) => arc(i, d.path, d.kind, d.emphasis, d.width)).sort((a, b) => b.properties.width - a.properties.width);
        const kept = withoutBuriedArcs(all, DEPTH);
        for (let path = 0; path < PATHS.length; path++) {
          // Every twentieth of a pixel across: a path crosses the pixel grid at every angle.
          for (let offset = 0; offset < 8; offset += 0.05) {
            const full = pixel(all, path, offset);
            const shown = pixel(kept, path, offset);
            for (let i = 0; i < 3; i++) expect(Math.abs(full[i]! - shown[i]!)).toBeLessThan(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
