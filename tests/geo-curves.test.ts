// Curves pass through their ends and bow to one side.
import { describe, expect, it } from 'vitest';
import { along, length, lineString } from '@turf/turf';
import { arc, ARC_MAX_TURN_DEGREES, pointAlong, smoothRoute } from '../src/geo/curves';

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
    const mid = line.coordinates[Math.floor(line.coordinates.length / 2)]!;
    // Travelling south, "left" is east: the midpoint lies east of the straight line's midpoint.
    expect(mid[0]!).toBeGreaterThan((4.35 + 8) / 2 + 1);
  });
});

describe('arcs', () => {
  const mercator = ([lon, lat]: readonly number[]): [number, number] => [lon!, (Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360)) * 180) / Math.PI];
  const largestTurn = (points: ReadonlyArray<readonly number[]>): number => {
    let most = 0;
    for (let i = 1; i < points.length - 1; i++) {
      const a = Math.atan2(points[i]![1]! - points[i - 1]![1]!, points[i]![0]! - points[i - 1]![0]!);
      const b = Math.atan2(points[i + 1]![1]! - points[i]![1]!, points[i + 1]![0]! - points[i]![0]!);
      most = Math.max(most, (Math.abs(((b - a + 3 * Math.PI) % (2 * Math.PI)) - Math.PI) * 180) / Math.PI);
    }
    return most;
  };
  // From Brussels to recipients near and far, north and south, east and west; the three bends the funding layer uses.
  const recipients = [[8, 17], [67, 34], [35, 39], [-7, 32], [45, 2], [4.5, 48], [90, 24], [30, 60], [-17, 14], [125, 10], [-75, 5]];
  const bends = [0.18, 0.23, 0.28];

  it('turn by at most the budget at each point, and by under 4 degrees once drawn on the Mercator map', () => {
    for (const to of recipients) {
      for (const bend of bends) {
        const line = arc([4.35, 50.85], to, bend).coordinates;
        expect(largestTurn(line)).toBeLessThanOrEqual(ARC_MAX_TURN_DEGREES + 0.05);
        expect(largestTurn(line.map(mercator))).toBeLessThan(4);
      }
    }
  });

  it('carry as few points as that budget allows: fewer for a flatter arc, never more than 35', () => {
    const counts = bends.map((bend) => arc([4.35, 50.85], [8, 17], bend).coordinates.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBeLessThan(counts[2]!);
    expect(Math.max(...counts)).toBeLessThanOrEqual(35);
  });
});

describe('smooth routes', () => {
  const waypoints = [
    [36, 35],
    [27, 38],
    [22, 41],
    [19, 47],
  ];
  it('pass through every waypoint', () => {
    const line = smoothRoute(waypoints);
    for (const w of waypoints) expect(line.coordinates).toContainEqual(w);
  });
  it('turn smoothly: no corner sharper than 20 degrees between two consecutive pieces', () => {
    const c = smoothRoute(waypoints).coordinates;
    for (let i = 1; i < c.length - 1; i++) {
      const a = Math.atan2(c[i]![1]! - c[i - 1]![1]!, c[i]![0]! - c[i - 1]![0]!);
      const b = Math.atan2(c[i + 1]![1]! - c[i]![1]!, c[i + 1]![0]! - c[i]![0]!);
      const turn = Math.abs(((b - a + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
      expect(turn * (180 / Math.PI)).toBeLessThan(20);
    }
  });
  it('bow away from the straight chord between waypoints', () => {
    const c = smoothRoute(waypoints).coordinates;
    // Between the 2nd and 3rd waypoints, the midpoint of the curve is off the chord's midpoint.
    const between = c.slice(c.indexOf(c.find((p) => p[0] === 27)!), c.indexOf(c.find((p) => p[0] === 22)!) + 1);
    const m = between[Math.floor(between.length / 2)]!;
    expect(Math.hypot(m[0]! - 24.5, m[1]! - 39.5)).toBeGreaterThan(0.05);
  });
});

describe('a point along a line', () => {
  it('lies where turf measures the same share of the great-circle length, within 100 m', () => {
    const line = smoothRoute([
      [36, 35],
      [27, 38],
      [22, 41],
      [19, 47],
      [10, 50],
    ]);
    const f = lineString(line.coordinates);
    for (const share of [0, 0.1, 0.5, 0.77, 1]) {
      const [x, y] = along(f, length(f) * share).geometry.coordinates as [number, number];
      const [px, py] = pointAlong(line, share) as [number, number];
      expect(Math.hypot(px - x, py - y) * 111).toBeLessThan(0.1);
    }
  });
});
