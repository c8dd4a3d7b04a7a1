// A camera that shows a country with its neighbours: its bounds widened by a margin, fitted into the part of the
// map that nothing covers (padding for a sheet or panel), with a zoom cap so small countries keep their region.
import type { Geometry, Position } from 'geojson';
import type { Camera } from '../state/types';

export type Bounds = [west: number, south: number, east: number, north: number];

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Neighbours: each side of the bounds is pushed out by this share of the bounds' size. */
export const NEIGHBOUR_MARGIN = 0.6;
/** Never closer than this when selecting: at zoom 5 a phone still shows a few hundred kilometres around. */
export const SELECTION_MAX_ZOOM = 5;
const WORLD = 512;

export function boundsOf(geometry: Geometry): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (p: Position): void => {
    const [lon, lat] = p;
    if (lon === undefined || lat === undefined) return;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  const walk = (g: Geometry): void => {
    switch (g.type) {
      case 'Point':
        visit(g.coordinates);
        break;
      case 'MultiPoint':
      case 'LineString':
        g.coordinates.forEach(visit);
        break;
      case 'MultiLineString':
      case 'Polygon':
        g.coordinates.forEach((ring) => ring.forEach(visit));
        break;
      case 'MultiPolygon':
        g.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
        break;
      case 'GeometryCollection':
        g.geometries.forEach(walk);
        break;
    }
  };
  walk(geometry);
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

const mercX = (lon: number): number => ((lon + 180) / 360) * WORLD;
const mercY = (lat: number): number => {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD;
};
const lonOf = (x: number): number => (x / WORLD) * 360 - 180;
const latOf = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI;

/**
 * The camera (centre and zoom of the whole map box) that shows `bounds`, widened by NEIGHBOUR_MARGIN, inside the
 * box minus `padding`, at no more than `maxZoom` (and no less than `minZoom`). Web Mercator, 512 px world at zoom 0.
 */
export function cameraForBounds(bounds: Bounds, box: { width: number; height: number }, padding: Padding, maxZoom = SELECTION_MAX_ZOOM, minZoom = 1): Camera {
  const [west, south, east, north] = bounds;
  const x0 = mercX(west);
  const x1 = mercX(east);
  const y0 = mercY(north);
  const y1 = mercY(south);
  const dx = Math.max(x1 - x0, 1e-6) * (1 + 2 * NEIGHBOUR_MARGIN);
  const dy = Math.max(y1 - y0, 1e-6) * (1 + 2 * NEIGHBOUR_MARGIN);
  const free = { width: Math.max(box.width - padding.left - padding.right, 1), height: Math.max(box.height - padding.top - padding.bottom, 1) };
  const zoom = Math.max(minZoom, Math.min(maxZoom, Math.log2(Math.min(free.width / dx, free.height / dy))));
  const scale = 2 ** zoom;
  // The bounds' centre sits at the centre of the free area, which is off the box's centre by half the padding difference.
  const cx = ((x0 + x1) / 2) * scale - (padding.left - padding.right) / 2;
  const cy = ((y0 + y1) / 2) * scale - (padding.top - padding.bottom) / 2;
  return { lon: lonOf(cx / scale), lat: latOf(cy / scale), zoom: Math.round(zoom * 100) / 100 };
}
