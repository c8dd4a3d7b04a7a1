// Curves pass through their ends and bow to one side.
import { describe, expect, it } from 'vitest';
import { arc, smoothRoute } from '../src/geo/curves';

describe('curves', () => {
  it('a smooth route starts and ends at its first and last waypoints', () => {
    const line = smoothRoute([
      [36, 35],
      [27, 38],
      [22, 41],
      [19, 47],
    ]);
    expect(line.coordinates[0]).toEqual([36, 35]);
    expect(line.coordinates.at(-1)).toEqual([19, 47]);
    expect(line.coordinates.length).toBeGreaterThan(20);
  });

  it('an arc ends on its recipient and bows left of the direction of travel', () => {
    const line = arc([4.35, 50.85], [8, 17]);
    expect(line.coordinates[0]).toEqual([4.35, 50.85]);
    expect(line.coordinates.at(-1)).toEqual([8, 17]);
    const mid = line.coordinates[24]!;
    // Travelling south, "left" is east: the midpoint lies east of the straight line's midpoint.
    expect(mid[0]!).toBeGreaterThan((4.35 + 8) / 2 + 1);
  });
});
