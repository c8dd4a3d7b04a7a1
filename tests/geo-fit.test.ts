// The selection camera: a country with its neighbours, inside the part of the map a sheet or panel leaves free.
import { describe, expect, it } from 'vitest';
import { boundsOf, cameraForBounds, SELECTION_MAX_ZOOM, type Bounds } from '../src/geo/fit';

const NIGER: Bounds = [0.16, 11.7, 15.99, 23.52];

/** Screen position of a lon/lat for a camera over a box (Web Mercator, 512 px world). */
function project(camera: { lon: number; lat: number; zoom: number }, box: { width: number; height: number }, lon: number, lat: number): [number, number] {
  const s = 512 * 2 ** camera.zoom;
  const x = (l: number): number => ((l + 180) / 360) * s;
  const y = (p: number): number => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * s;
  return [box.width / 2 + x(lon) - x(camera.lon), box.height / 2 + y(lat) - y(camera.lat)];
}

describe('selection camera', () => {
  it('keeps Niger and its neighbours above a phone sheet', () => {
    const box = { width: 375, height: 480 };
    const padding = { top: 10, right: 10, bottom: 150, left: 10 };
    const camera = cameraForBounds(NIGER, box, padding);
    const free = { top: padding.top, bottom: box.height - padding.bottom, left: padding.left, right: box.width - padding.right };
    // Niamey, Agadez, and the capitals around: Bamako (Mali), N'Djamena (Chad), Abuja (Nigeria), Algiers is too far.
    for (const [lon, lat] of [[2.11, 13.51], [7.99, 16.97], [-8.0, 12.65], [15.04, 12.13], [7.49, 9.06]] as const) {
      const [x, y] = project(camera, box, lon, lat);
      expect(x).toBeGreaterThanOrEqual(free.left);
      expect(x).toBeLessThanOrEqual(free.right);
      expect(y).toBeGreaterThanOrEqual(free.top);
      expect(y).toBeLessThanOrEqual(free.bottom);
    }
  });

  it('caps the zoom for a small country', () => {
    const malta: Bounds = [14.18, 35.8, 14.57, 36.08];
    expect(cameraForBounds(malta, { width: 1200, height: 700 }, { top: 0, right: 0, bottom: 0, left: 0 }).zoom).toBe(SELECTION_MAX_ZOOM);
  });

  it('centres on the bounds when nothing covers the map', () => {
    const camera = cameraForBounds(NIGER, { width: 800, height: 600 }, { top: 0, right: 0, bottom: 0, left: 0 });
    expect(camera.lon).toBeCloseTo(8.075, 2);
    const [, y] = project(camera, { width: 800, height: 600 }, 8.075, 17.61);
    expect(y).toBeGreaterThan(290);
    expect(y).toBeLessThan(310);
  });

  it('measures the bounds of a multipolygon', () => {
    expect(boundsOf({ type: 'MultiPolygon', coordinates: [[[[0, 0], [2, 1], [1, 3], [0, 0]]], [[[5, -1], [6, 0], [5, 0], [5, -1]]]] })).toEqual([0, -1, 6, 3]);
  });
});
