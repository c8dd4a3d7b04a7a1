// The e2e driver's eyes: what a person sees of the map region, read from a screenshot of the page (not from what
// MapLibre reports). Part of the driver: only driver files touch the browser API.
import type { Frame, Page } from 'playwright-core';
import type { GeoProjection } from 'd3';
import { cameraProjection } from '../../src/map/svg/projection';
import { readAppState, type TestWindow } from './driver-handles';
import { hardEdgesPer100, decodePng, distinctColours, patchColour, type Pixels } from './png';

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

async function box(frame: Frame, selector: string): Promise<Box> {
  const b = await frame.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} has no box: it is not displayed`);
  return b;
}

/**
 * The SVG map's projection as the page draws it: the store's camera in the map's box, its centre moved across where
 * the briefing legend takes a strip out of the frame (SvgMap's data-centre-shift).
 */
export async function svgMapProjection(frame: Frame, size: { width: number; height: number }): Promise<GeoProjection> {
  const { camera } = (await readAppState(frame)).view;
  const shift = Number((await frame.locator('[data-testid="svg-map"]').getAttribute('data-centre-shift')) ?? 0);
  return cameraProjection(camera, size.width, size.height, undefined, shift);
}

/** Page position of longitudes/latitudes on whichever map the frame shows. */
async function projectAll(frame: Frame, renderer: 'webgl' | 'svg', mapBox: Box, points: ReadonlyArray<[number, number]>): Promise<Array<{ x: number; y: number } | null>> {
  if (renderer === 'webgl') {
    const inCanvas = await frame.evaluate((pts) => {
      const map = (window as unknown as TestWindow).__map!;
      return pts.map((p) => map.project(p));
    }, points as Array<[number, number]>);
    return inCanvas.map((p) => ({ x: mapBox.x + p.x, y: mapBox.y + p.y }));
  }
  const projection = await svgMapProjection(frame, mapBox);
  return points.map((p) => {
    const xy = projection(p);
    return xy ? { x: mapBox.x + xy[0], y: mapBox.y + xy[1] } : null;
  });
}

function sampleVisible(pixels: Pixels, region: Box, points: ReadonlyArray<[number, number]>, projected: Array<{ x: number; y: number } | null>): MapSample[] {
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

/**
 * Looks at the map of `frame` (the page's own, or an iframe's): measures the region and the map element from the
 * layout, takes a screenshot of the region as a person sees it, and samples a sea point and a land point.
 */
export async function lookAtMap(page: Page, frame: Frame = page.mainFrame()): Promise<MapLook> {
  const renderer = (await frame.locator('[data-testid="svg-map"]').count()) > 0 ? 'svg' : 'webgl';
  const region = await box(frame, '.map-region');
  const map = await box(frame, renderer === 'svg' ? '[data-testid="svg-map"]' : '[data-testid="map"]');
  const clip = { x: Math.round(region.x), y: Math.round(region.y), width: Math.round(region.width), height: Math.round(region.height) };
  const png = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  const pixels = decodePng(png);
  const mapSelector = renderer === 'svg' ? '[data-testid="svg-map"]' : '[data-testid="map"]';
  // A point under the legend, a card or a control is not a point of the map that a person sees.
  const uncovered = async (points: Array<{ x: number; y: number } | null>): Promise<Array<{ x: number; y: number } | null>> => {
    const frameOffset = { x: map.x, y: map.y };
    const inFrame = await frame.evaluate(
      ({ pts, selector, offset }) => {
        const el = document.querySelector(selector);
        const rect = el?.getBoundingClientRect();
        return pts.map((p) => {
          if (!p || !el || !rect) return false;
          const hit = document.elementFromPoint(rect.left + (p.x - offset.x), rect.top + (p.y - offset.y));
          return hit !== null && el.contains(hit);
        });
      },
      { pts: points, selector: mapSelector, offset: frameOffset },
    );
    return points.map((p, i) => (inFrame[i] ? p : null));
  };
  const [sea, land] = await Promise.all([SEA_POINTS, LAND_POINTS].map(async (points) => sampleVisible(pixels, clip, points, await uncovered(await projectAll(frame, renderer, map, points)))));
  const sharpness =
    renderer === 'svg'
      ? 1
      : await frame.evaluate((selector) => {
          const canvas = document.querySelector(`${selector} canvas`);
          return canvas instanceof HTMLCanvasElement ? canvas.width / (canvas.getBoundingClientRect().width * devicePixelRatio) : 0;
        }, mapSelector);
  return { renderer, region, map, pixels, png, colours: distinctColours(pixels), sharpness, hardEdges: hardEdgesPer100(pixels, { x: Math.round(pixels.width * 0.55), y: Math.round(pixels.height * 0.2), width: Math.round(pixels.width * 0.4), height: Math.round(pixels.height * 0.7) }), sea: sea ?? [], land: land ?? [] };
}

/** The frame of the first iframe whose address contains `part`, once it exists. */
export async function frameOf(page: Page, part: string): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().includes(part));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`no frame whose address contains ${part}`);
}

/** Waits until the frame draws its map: the SVG map's countries, or MapLibre idle after a repaint (a map that gives way to the SVG one is left). */
export async function waitForMapDrawn(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => Boolean((window as unknown as TestWindow).__map) || document.querySelector('[data-testid="svg-map"] .svg-country') !== null, null, { timeout: 30_000 });
  const drawn = await frame.evaluate(
    () =>
      new Promise<'svg' | 'webgl' | 'waiting'>((resolve) => {
        if (document.querySelector('[data-testid="svg-map"] .svg-country')) return resolve('svg');
        const map = (window as unknown as TestWindow).__map;
        if (!map) return resolve('waiting');
        map.once('idle', () => resolve('webgl'));
        map.triggerRepaint();
        setTimeout(() => resolve('waiting'), 3000);
      }),
  );
  if (drawn === 'waiting') return waitForMapDrawn(frame);
}
