// The e2e driver's eyes: what a person sees of the map region, read from a screenshot of the page (not from what
// MapLibre reports). Part of the driver: only driver files touch the browser API.
import type { Frame, Page } from 'playwright-core';
import type { GeoProjection } from 'd3';
import { cameraProjection } from '../../src/map/svg/projection';
import { readAppState, type TestWindow } from './driver-handles';
import { decodePng } from './png';
import { lookFromPixels, LAND_POINTS, SEA_POINTS, type Box, type MapLook } from './map-sight';

export { LAND_POINTS, SEA_POINTS, type Box, type MapLook, type MapSample } from './map-sight';

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
  const [sea, land] = await Promise.all([SEA_POINTS, LAND_POINTS].map(async (points) => uncovered(await projectAll(frame, renderer, map, points))));
  const sharpness =
    renderer === 'svg'
      ? 1
      : await frame.evaluate((selector) => {
          const canvas = document.querySelector(`${selector} canvas`);
          return canvas instanceof HTMLCanvasElement ? canvas.width / (canvas.getBoundingClientRect().width * devicePixelRatio) : 0;
        }, mapSelector);
  return lookFromPixels({ renderer, region, map, sharpness, sea: sea ?? [], land: land ?? [] }, clip, pixels, png);
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
