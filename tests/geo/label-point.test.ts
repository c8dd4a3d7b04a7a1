// A country's label point is inside it, away from its edges, even where the centroid falls outside (a C shape) or in a hole.
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { poleOfInaccessibility } from '../../src/geo/label-point';

describe('the label point', () => {
  it('is the centre of a square', () => {
    const square: Position[] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const [x, y] = poleOfInaccessibility([square], 0.01);
    expect(x).toBeCloseTo(5, 1);
    expect(y).toBeCloseTo(5, 1);
  });

  it('lies inside a C-shaped country whose centroid is outside it', () => {
    const c: Position[] = [[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]];
    const at = poleOfInaccessibility([c], 0.01);
    expect(booleanPointInPolygon(at, { type: 'Polygon', coordinates: [c] })).toBe(true);
    expect(at[0]).toBeLessThan(2);
  });

  it('avoids a hole in the middle', () => {
    const outer: Position[] = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const hole: Position[] = [[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]];
    const at = poleOfInaccessibility([outer, hole], 0.01);
    expect(booleanPointInPolygon(at, { type: 'Polygon', coordinates: [outer, hole] })).toBe(true);
  });
});
