// The SVG map's label placement: route labels wrapped as MapLibre wraps them, never overlapping one another.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlaps, placeRouteLabels, wrapWords } from '../../src/map/svg/label-boxes';

describe('wrapWords', () => {
  it('breaks between words at the width, and keeps a long word whole on its own line', () => {
    expect(wrapWords('Central Mediterranean route: 106,290 crossings', 12)).toEqual(['Central Mediterranean', 'route: 106,290', 'crossings']);
    expect(wrapWords('Supercalifragilisticexpialidocious route', 5)).toEqual(['Supercalifragilisticexpialidocious', 'route']);
    expect(wrapWords('', 12)).toEqual([]);
  });
  it('loses no word and reorders none', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,15}$/), { maxLength: 12 }), fc.integer({ min: 1, max: 20 }), (words, em) => {
        expect(wrapWords(words.join(' '), em).join(' ')).toBe(words.join(' '));
      }),
    );
  });
});

describe('placeRouteLabels', () => {
  const route = (label: string, width: number, x: number, y: number) => ({ label, width, emphasis: 'normal' as const, middle: { x, y, angle: 0 } });
  it('moves a label to another side of its route when one is taken, and drops a label that fits nowhere', () => {
    const placed = placeRouteLabels([1, 2, 3, 4, 5].map((w) => route(`Route ${w}: ${w},000 crossings`, w, 300, 300)), 3, 12);
    // The widest route's label above its route, the next one's below; the rest find no free side.
    expect(placed.map((p) => p.index)).toEqual([4, 3]);
    expect(placed[0]!.box[3]).toBeLessThanOrEqual(300);
    expect(placed[1]!.box[1]).toBeGreaterThanOrEqual(300);
  });
  it('never places two labels that overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 1, max: 12 }) }), { maxLength: 30 }), (points) => {
        const placed = placeRouteLabels(points.map((p, i) => route(`Route ${i}: ${p.x} crossings`, p.width, p.x, p.y)), 3, 12);
        expect(placed.every((a, i) => placed.every((b, j) => i === j || !overlaps(a.box, b.box)))).toBe(true);
      }),
    );
  });
});
