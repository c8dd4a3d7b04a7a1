// The SVG map's camera-to-projection mapping (d3-geo, loaded with the SVG map only): the same view as the WebGL map.
import { geoMercator, geoPath, type GeoPath, type GeoProjection, type GeoStream } from 'd3';
import type { Camera } from '../../state/types';

/** MapLibre's world is 512 px wide at zoom 0 (its tile size), so the same zoom shows the same area in both maps. */
export const WORLD_PX_AT_ZOOM_0 = 512;
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 9;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** d3 Mercator scale (px per radian) for a MapLibre zoom level. */
export function mercatorScale(zoom: number): number {
  return (WORLD_PX_AT_ZOOM_0 * 2 ** zoom) / (2 * Math.PI);
}

/**
 * A Mercator projection that shows what the WebGL map shows for this camera in a box of this size:
 * the camera centre in the middle of the box (moved across by `centreShift` pixels where the legend takes a strip
 * out of the frame, as the WebGL map's padding does), the same pixels per degree. Geometry is clipped a little
 * outside the box, so paths stay short when zoomed in.
 */
export function cameraProjection(camera: Camera, width: number, height: number, margin = 40, centreShift = 0): GeoProjection {
  return geoMercator()
    .scale(mercatorScale(clampZoom(camera.zoom)))
    .center([camera.lon, camera.lat])
    .translate([width / 2 + centreShift, height / 2])
    .clipExtent([
      [-margin, -margin],
      [width + margin, height + margin],
    ]);
}

/**
 * Drops the vertices of lines and rings that fall within `minDistance` pixels of the last one kept, and rounds
 * to a tenth of a pixel: the full-resolution basemap at a world view is mostly sub-pixel detail that SVG must
 * still parse and rasterise. The end of each line is kept, so arrowheads stay where the line ends.
 */
export function pixelSimplify(out: GeoStream, minDistance = 0.7): GeoStream {
  let inLine = false;
  let lastX = NaN;
  let lastY = NaN;
  let pending: [number, number] | null = null;
  const emit = (x: number, y: number): void => out.point(Math.round(x * 10) / 10, Math.round(y * 10) / 10);
  return {
    point(x, y) {
      if (!inLine) return emit(x, y);
      if (Math.abs(x - lastX) + Math.abs(y - lastY) < minDistance) {
        pending = [x, y];
        return;
      }
      pending = null;
      lastX = x;
      lastY = y;
      emit(x, y);
    },
    lineStart() {
      inLine = true;
      lastX = NaN;
      lastY = NaN;
      pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) emit(pending[0], pending[1]);
      pending = null;
      inLine = false;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

/** An SVG path generator for the projection, with sub-pixel detail dropped (see pixelSimplify). */
export function pixelPath(projection: GeoProjection): GeoPath {
  return geoPath({ stream: (out) => projection.stream(pixelSimplify(out)) });
}

/** The camera after dragging the map by (dx, dy) pixels: the point under the pointer moves with it. */
export function panCamera(camera: Camera, width: number, height: number, dx: number, dy: number): Camera {
  const centre = cameraProjection(camera, width, height).invert?.([width / 2 - dx, height / 2 - dy]);
  if (!centre) return camera;
  return { lon: clampLon(centre[0]), lat: clampLat(centre[1]), zoom: camera.zoom };
}

/** The camera after zooming by `delta` levels around a pixel, which keeps the same place under it. */
export function zoomCameraAt(camera: Camera, width: number, height: number, delta: number, at: [number, number] = [width / 2, height / 2]): Camera {
  const zoom = clampZoom(camera.zoom + delta);
  const before = cameraProjection(camera, width, height);
  const place = before.invert?.(at);
  if (!place) return { ...camera, zoom };
  const after = cameraProjection({ ...camera, zoom }, width, height);
  const moved = after(place);
  if (!moved) return { ...camera, zoom };
  return panCamera({ ...camera, zoom }, width, height, at[0] - moved[0], at[1] - moved[1]);
}

function clampLon(lon: number): number {
  return Math.min(180, Math.max(-180, lon));
}

/** MapLibre's Mercator stops at ±85.05°. */
function clampLat(lat: number): number {
  return Math.min(85, Math.max(-85, lat));
}
