// The simplified map's camera: the same centre and pixels per degree as the WebGL map, pans and zooms that keep places under the pointer.
import { describe, expect, it } from 'vitest';
import { cameraProjection, mercatorScale, panCamera, pixelPath, zoomCameraAt } from '../../src/map/svg/projection';
import { createRendererChoice } from '../../src/map/renderer';

const round = (p: [number, number] | null | undefined): [number, number] => [Math.round((p?.[0] ?? NaN) * 100) / 100, Math.round((p?.[1] ?? NaN) * 100) / 100];

describe('cameraProjection', () => {
  it('puts the camera centre in the middle of the box', () => {
    const projection = cameraProjection({ lon: 20, lat: 30, zoom: 2.6 }, 800, 600);
    expect(round(projection([20, 30]))).toEqual([400, 300]);
  });

  it('shows as many pixels per degree of longitude as MapLibre (a 512 px world at zoom 0)', () => {
    const projection = cameraProjection({ lon: 0, lat: 0, zoom: 1 }, 2000, 2000);
    const west = projection([-180, 0])!;
    const east = projection([180, 0])!;
    expect(Math.round(east[0] - west[0])).toBe(1024);
    expect(mercatorScale(3)).toBeCloseTo((512 * 8) / (2 * Math.PI), 6);
  });

  it('doubles distances on screen for each zoom level', () => {
    const at = (zoom: number): number => {
      const projection = cameraProjection({ lon: 10, lat: 40, zoom }, 800, 600);
      return projection([20, 40])![0] - projection([10, 40])![0];
    };
    expect(at(4) / at(3)).toBeCloseTo(2, 6);
  });

  it('clamps the zoom to the WebGL map range', () => {
    const low = cameraProjection({ lon: 0, lat: 0, zoom: -3 }, 800, 600);
    expect(low.scale()).toBeCloseTo(mercatorScale(1), 6);
  });
});

describe('panning and zooming', () => {
  it('moves the place under the pointer with a drag', () => {
    const camera = { lon: 15, lat: 35, zoom: 3 };
    const before = cameraProjection(camera, 800, 600);
    const tunis: [number, number] = [10.2, 36.8];
    const [x, y] = before(tunis)!;
    const after = cameraProjection(panCamera(camera, 800, 600, 120, -40), 800, 600);
    expect(round(after(tunis))).toEqual(round([x + 120, y - 40]));
  });

  it('keeps the place under the pointer when zooming at it', () => {
    const camera = { lon: 15, lat: 35, zoom: 3 };
    const athens: [number, number] = [23.7, 37.98];
    const at = cameraProjection(camera, 800, 600)(athens)!;
    const zoomed = zoomCameraAt(camera, 800, 600, 1, at);
    expect(zoomed.zoom).toBe(4);
    expect(round(cameraProjection(zoomed, 800, 600)(athens))).toEqual(round(at));
  });

  it('zooms about the centre by default and stops at the maximum zoom', () => {
    const camera = { lon: 15, lat: 35, zoom: 8.5 };
    const zoomed = zoomCameraAt(camera, 800, 600, 1);
    expect(zoomed.zoom).toBe(9);
    expect(zoomed.lon).toBeCloseTo(15, 6);
    expect(zoomed.lat).toBeCloseTo(35, 6);
  });
});

describe('createRendererChoice', () => {
  it('tells its listeners once when the renderer switches', () => {
    const choice = createRendererChoice('webgl');
    const seen: string[] = [];
    choice.subscribe((r) => seen.push(r));
    choice.set('svg');
    choice.set('svg');
    expect(choice.get()).toBe('svg');
    expect(seen).toEqual(['svg']);
  });
});

describe('pixelPath', () => {
  it('drops sub-pixel vertices but keeps both ends of a line', () => {
    const projection = cameraProjection({ lon: 0, lat: 0, zoom: 2 }, 800, 600);
    // 1000 vertices over 10 degrees (57 px at zoom 2): about 0.06 px apart, so at most one in ten stays.
    const coordinates = Array.from({ length: 1001 }, (_, i) => [i / 100, 0]);
    const d = pixelPath(projection)({ type: 'LineString', coordinates }) ?? '';
    const vertices = d.split(/[ML]/).filter(Boolean).map((p) => p.split(',').map(Number));
    expect(vertices.length).toBeLessThan(100);
    expect(vertices[0]).toEqual([400, 300]);
    const end = projection([10, 0])!;
    expect(vertices.at(-1)).toEqual([Math.round(end[0] * 10) / 10, Math.round(end[1] * 10) / 10]);
  });
});
