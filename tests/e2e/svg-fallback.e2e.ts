// Without WebGL the app draws the simplified SVG map with the same data; a lost WebGL context that comes back restores the map.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { LAYER } from '../../src/map/ids';
import { loadDataset } from '../../src/data/load';
import { loadBasemap } from '../../src/map/basemap-data';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { cameraProjection } from '../../src/map/svg/projection';
import { SVG_FALLBACK_NOTICE } from '../../src/map/renderer';
import { fundingCountries } from '../../src/selectors/funding';
import type { Camera } from '../../src/state/types';

const baseUrl = inject('baseUrl');
const model = loadDataset();
const views = createViewSelectors(model);
const state = defaultState();
const basemap = loadBasemap();
const countryCodes = new Set(basemap.countries.features.map((f) => f.properties.iso2));

/** Page position of a longitude/latitude on the SVG map, from the store's camera and the map's box. */
async function svgPoint(map: MapDriver, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const box = await map.page.locator('[data-testid="svg-map"]').boundingBox();
  const camera = await map.page.evaluate(() => (window as unknown as { __store: { getState(): { view: { camera: Camera } } } }).__store.getState().view.camera);
  if (!box) throw new Error('the SVG map has no box');
  const p = cameraProjection(camera, box.width, box.height)([lon, lat]);
  if (!p) throw new Error(`${lon},${lat} is not on the map`);
  return { x: box.x + p[0], y: box.y + p[1] };
}

async function ids(map: MapDriver, selector: string, attribute: string): Promise<string[]> {
  const values = await map.page.locator(selector).evaluateAll((els, attr) => els.map((el) => el.getAttribute(attr as string) ?? ''), attribute);
  return values.sort();
}

describe('the simplified map, with WebGL disabled', () => {
  let map: MapDriver;
  beforeAll(async () => {
    map = await launch(baseUrl, { webgl: false, width: 1400, height: 800 });
    await map.openSimplified();
  });
  afterAll(async () => {
    await map.close();
  });

  it('runs in a browser that really has no WebGL', async () => {
    const contexts = await map.page.evaluate(() => [document.createElement('canvas').getContext('webgl2'), document.createElement('canvas').getContext('webgl')].map((c) => c !== null));
    expect(contexts).toEqual([false, false]);
    await expect(map.page.locator('.maplibregl-canvas').count()).resolves.toBe(0);
  });

  it('says once, plainly, that it shows the simplified map', async () => {
    const notices = await map.page.locator('.notices .notice').allInnerTexts();
    expect(notices.filter((n) => n.includes('showing the simplified map'))).toHaveLength(1);
    expect(notices.some((n) => n.includes(SVG_FALLBACK_NOTICE))).toBe(true);
  });

  it('draws the routes, partner fills, funding arcs and missions the selectors give for the default date', async () => {
    const routes = views.routes(state).map((r) => r.route.id).sort();
    const partners = views.partners(state).map((p) => p.iso2).filter((iso2) => countryCodes.has(iso2)).sort();
    const missions = views.missions(state).map((m) => m.id).sort();
    const arcs = views.fundingDrawn(state).filter((f) => fundingCountries(f).length > 0).map((f) => f.id).sort();
    expect(routes.length).toBeGreaterThanOrEqual(3);
    expect(partners.length).toBeGreaterThanOrEqual(5);
    expect(await ids(map, '.svg-route', 'data-id')).toEqual(routes);
    expect(await ids(map, '.svg-partner', 'data-iso2')).toEqual(partners);
    expect(await ids(map, '.svg-mission', 'data-id')).toEqual(missions);
    expect(await ids(map, '.svg-arc', 'data-id')).toEqual(arcs);
    // Each partner is filled with its category's colour, and every route has a visible length on screen.
    const categories = await map.page.locator('.svg-partner').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-category')))]);
    expect(categories.length).toBeGreaterThanOrEqual(2);
    const lengths = await map.page.locator('.svg-route').evaluateAll((els) => els.map((el) => (el as SVGPathElement).getTotalLength()));
    expect(Math.min(...lengths)).toBeGreaterThan(50);
    await map.screenshot('test-results/svg-map.png');
  });

  it('opens Niger in the side panel when the country is clicked', async () => {
    const p = await svgPoint(map, 12.5, 17.8);
    const under = await map.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-iso2'), p);
    expect(under).toBe('NE');
    await map.page.mouse.click(p.x, p.y);
    await expect.poll(() => map.panelTitle()).toBe('Niger');
    await expect.poll(() => new URL(map.page.url()).search).toMatch(/sel=country%3ANE|sel=country:NE/);
    await expect(map.page.locator('.svg-country-selected').count()).resolves.toBe(1);
  });

  it('zooms in with its button', async () => {
    const before = await map.page.evaluate(() => (window as unknown as { __store: { getState(): { view: { camera: Camera } } } }).__store.getState().view.camera.zoom);
    await map.page.getByRole('button', { name: 'Zoom in' }).click();
    const after = await map.page.evaluate(() => (window as unknown as { __store: { getState(): { view: { camera: Camera } } } }).__store.getState().view.camera.zoom);
    expect(after).toBeCloseTo(before + 1, 6);
  });

  it('made no request outside its origin and logged no error', () => {
    expect(map.foreignRequests).toEqual([]);
    expect(map.consoleErrors).toEqual([]);
  });
});

type LosableMap = { getCanvas(): HTMLCanvasElement; once(event: string, f: () => void): void };

/** Loses the WebGL context of the map canvas through WEBGL_lose_context, as a GPU reset does; resolves once the map knows. */
async function loseContext(map: MapDriver): Promise<void> {
  await map.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as { __map: LosableMap; __loseContext?: WEBGL_lose_context };
        const canvas = w.__map.getCanvas();
        const ext = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))?.getExtension('WEBGL_lose_context');
        if (!ext) return reject(new Error('no WEBGL_lose_context'));
        w.__loseContext = ext;
        w.__map.once('webglcontextlost', () => resolve());
        ext.loseContext();
      }),
  );
}

/** Gives the lost context back; resolves once the map has it again. */
async function restoreContext(map: MapDriver): Promise<void> {
  await map.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { __map: LosableMap; __loseContext: WEBGL_lose_context };
        w.__map.once('webglcontextrestored', () => resolve());
        w.__loseContext.restoreContext();
      }),
  );
}

describe('a lost WebGL context', () => {
  it('brings the routes back without a reload when the context is restored', async () => {
    const map = await launch(baseUrl);
    try {
      await map.open();
      const routes = views.routes(state).map((r) => r.route.id).sort();
      expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual(routes);
      await map.page.evaluate(() => ((window as unknown as { __navigationMark: number }).__navigationMark = 1));
      await loseContext(map);
      // A change made while the context is lost must show once it is back.
      await map.page.evaluate(() => (window as unknown as { __store: { getState(): { setOverlay(id: string, v: boolean): void } } }).__store.getState().setOverlay('missions', false));
      await restoreContext(map);
      await map.waitForIdle();
      expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual(routes);
      expect(await map.renderedFeatureIds(LAYER.missionsSymbols)).toEqual([]);
      // Same document: the mark set before the loss is still there.
      await expect(map.page.evaluate(() => (window as unknown as { __navigationMark?: number }).__navigationMark)).resolves.toBe(1);
      await expect(map.page.locator('[data-testid="svg-map"]').count()).resolves.toBe(0);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('switches to the simplified map when the context does not come back', async () => {
    const map = await launch(baseUrl);
    try {
      await map.open();
      await loseContext(map);
      await map.page.locator('[data-testid="svg-map"] .svg-route').first().waitFor({ state: 'attached', timeout: 10_000 });
      await expect(map.page.locator('.maplibregl-canvas').count()).resolves.toBe(0);
      const notices = await map.page.locator('.notices .notice').allInnerTexts();
      expect(notices.filter((n) => n.includes('showing the simplified map'))).toHaveLength(1);
      expect(await ids(map, '.svg-route', 'data-id')).toEqual(views.routes(state).map((r) => r.route.id).sort());
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
