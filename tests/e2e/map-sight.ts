// What a person sees of the map, from a picture of its region and the screen positions of known places: engine-neutral
// (no browser API), shared by the Chromium driver (driver-screen.ts) and the Firefox and WebKit checks (tests/engines).
import { distinctColours, hardEdgesPer100, patchColour, type Pixels } from './png';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapSample {
  /** Longitude and latitude of the point sampled. */
  lonLat: [number, number];
  /** Its position in the screenshot of the map region. */
  at: { x: number; y: number };
  /** The most frequent colour of the small patch around it. */
  colour: string;
}

export interface MapLook {
  renderer: 'webgl' | 'svg';
  /** The map region (the layout's slot for the map) and the element that draws the map, in page pixels. */
  region: Box;
  map: Box;
  pixels: Pixels;
  png: Buffer;
  colours: number;
  /** Device pixels the map draws per device pixel it covers: 1 when sharp, below 1 when scaled up (WebGL only; 1 for SVG). */
  sharpness: number;
  /**
   * Hard edges per 100 pixels (png.ts) in the middle of the map's right half (the legend stands on the left, the
   * controls at the top): how crisp the map looks.
   */
  hardEdges: number;
  /** Every known sea and land point that is on screen and not under a panel, legend or control. */
  sea: MapSample[];
  land: MapSample[];
}

/** Sea points and land points (inside countries that were EU members at every date of the timeline, away from labels). */
export const SEA_POINTS: ReadonlyArray<[number, number]> = [
  [34.5, 43.3], // Black Sea
  [5.5, 39.0], // Western Mediterranean, between the Balearics and Sardinia
  [19.5, 35.0], // Ionian Sea
  [-20, 42], // Atlantic
];
export const LAND_POINTS: ReadonlyArray<[number, number]> = [
  [-5.0, 37.7], // Spain, Andalusia (south of the label)
  [2.2, 44.3], // France
  [23.6, 40.95], // Greece, north of Thessaloniki
  [14.2, 37.55], // Sicily
  [9.0, 49.5], // Germany (the funding arcs fan out from Brussels nearby)
];

const MARGIN = 24;

/** Samples the points (page positions, null where hidden or off the map) that fall inside the region, away from its edges. */
function sampleVisible(pixels: Pixels, region: Box, points: ReadonlyArray<[number, number]>, projected: ReadonlyArray<{ x: number; y: number } | null>): MapSample[] {
  const samples: MapSample[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = projected[i];
    if (!p) continue;
    const at = { x: p.x - region.x, y: p.y - region.y };
    if (at.x < MARGIN || at.y < MARGIN || at.x > region.width - MARGIN || at.y > region.height - MARGIN) continue;
    samples.push({ lonLat: points[i]!, at, colour: patchColour(pixels, at.x, at.y) });
  }
  return samples;
}

/** The part of a picture inside a box (in the picture's pixels). */
export function cropPixels(pixels: Pixels, box: Box): Pixels {
  const x0 = Math.max(0, Math.round(box.x));
  const y0 = Math.max(0, Math.round(box.y));
  const width = Math.max(0, Math.min(pixels.width - x0, Math.round(box.width)));
  const height = Math.max(0, Math.min(pixels.height - y0, Math.round(box.height)));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) data.set(pixels.data.subarray(((y0 + y) * pixels.width + x0) * 4, ((y0 + y) * pixels.width + x0 + width) * 4), y * width * 4);
  return { width, height, data };
}

export interface MapGeometry {
  renderer: 'webgl' | 'svg';
  region: Box;
  map: Box;
  sharpness: number;
  /** Page positions of SEA_POINTS and LAND_POINTS, null where something else is drawn on top of the map there. */
  sea: ReadonlyArray<{ x: number; y: number } | null>;
  land: ReadonlyArray<{ x: number; y: number } | null>;
}

/** A look at the map from a picture of its region (`png` decoded as `pixels`, clipped to `clip`) and where its known places are. */
export function lookFromPixels(geometry: MapGeometry, clip: Box, pixels: Pixels, png: Buffer): MapLook {
  return {
    renderer: geometry.renderer,
    region: geometry.region,
    map: geometry.map,
    pixels,
    png,
    colours: distinctColours(pixels),
    sharpness: geometry.sharpness,
    hardEdges: hardEdgesPer100(pixels, { x: Math.round(pixels.width * 0.55), y: Math.round(pixels.height * 0.2), width: Math.round(pixels.width * 0.4), height: Math.round(pixels.height * 0.7) }),
    sea: sampleVisible(pixels, clip, SEA_POINTS, geometry.sea),
    land: sampleVisible(pixels, clip, LAND_POINTS, geometry.land),
  };
}
