// Outlines that cross the antimeridian are cut at ±180 into parts that stay within [-180, 180], with no ring jumping across.
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { repairAntimeridian, splitAtAntimeridian, unwrapRing } from '../../src/geo/antimeridian';

/** A box from 170°E across the antimeridian to 170°W, as world-atlas stores it (stitched: +179 jumps to -179). */
const acrossTheDateLine: Position[] = [
  [170, 60],
  [179, 60],
  [-179, 60],
  [-170, 60],
  [-170, 70],
  [-179, 70],
  [179, 70],
  [170, 70],
  [170, 60],
];
const longitudes = (rings: Position[][]): number[] => rings.flatMap((r) => r.map((p) => p[0]!));

describe('the antimeridian cut', () => {
  it('makes a stitched ring continuous in longitude', () => {
    const ring = unwrapRing(acrossTheDateLine);
    for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThanOrEqual(10);
  });

  it('splits a polygon across ±180 into a western and an eastern part, both within [-180, 180]', () => {
    const parts = splitAtAntimeridian([acrossTheDateLine]);
    expect(parts).toHaveLength(2);
    const [west, east] = parts.map((p) => longitudes(p));
    expect(Math.min(...west!)).toBe(170);
    expect(Math.max(...west!)).toBe(180);
    expect(Math.min(...east!)).toBe(-180);
    expect(Math.max(...east!)).toBe(-170);
    // No edge of any ring spans more than half the world (what MapLibre draws as a streak).
    for (const part of parts) for (const ring of part) for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThan(180);
  });

  it('leaves a polygon that does not cross the antimeridian as it is', () => {
    const square: Position[] = [[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]];
    expect(repairAntimeridian({ type: 'Polygon', coordinates: [square] })).toEqual({ type: 'Polygon', coordinates: [square] });
  });

  it('turns a crossing polygon into a MultiPolygon of its parts', () => {
    const repaired = repairAntimeridian({ type: 'Polygon', coordinates: [acrossTheDateLine] });
    expect(repaired.type).toBe('MultiPolygon');
    expect(repaired.coordinates).toHaveLength(2);
  });
});
