// Without WebGL the app draws the simplified SVG map with the same data; a lost WebGL context that comes back restores the map.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { LAYER } from '../../src/map/ids';
import { loadDataset } from '../../src/data/load';
import { loadBasemap } from '../../src/map/basemap-data';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { SVG_FALLBACK_NOTICE } from '../../src/map/renderer';
import { fundingCountries } from '../../src/selectors/funding';

const baseUrl = inject('baseUrl');
const model = loadDataset();
const views = createViewSelectors(model);
const state = defaultState();
const basemap = loadBasemap();
const countryCodes = new Set(basemap.countries.features.map((f) => f.properties.iso2));

async function ids(map: MapDriver, selector: string, attribute: string): Promise<string[]> {
  return (await map.attributesOf(selector, attribute)).sort();
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
    expect(await map.webglContexts()).toEqual({ webgl2: false, webgl: false });
    await expect(map.countOf('.maplibregl-canvas')).resolves.toBe(0);
  });

  it('says once, plainly, that it shows the simplified map', async () => {
    const notices = await map.notices();
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
    const categories = new Set(await map.attributesOf('.svg-partner', 'data-category'));
    expect(categories.size).toBeGreaterThanOrEqual(2);
    const lengths = await map.svgRouteLengths();
    expect(Math.min(...lengths)).toBeGreaterThan(50);
    await map.screenshot('test-results/svg-map.png');
  });

  it('opens Niger in the side panel when the country is clicked', async () => {
    const p = await map.pointOnMap(12.5, 17.8);
    expect(await map.countryAt(p)).toBe('NE');
    await map.clickPoint(p);
    await expect.poll(() => map.panelTitle()).toBe('Niger');
    await expect.poll(async () => new URL(await map.currentAddress()).search).toMatch(/sel=country%3ANE|sel=country:NE/);
    await expect(map.countOf('.svg-country-selected')).resolves.toBe(1);
  });

  it('zooms in with its button', async () => {
    const before = (await map.appState()).view.camera.zoom;
    await map.pressButton('Zoom in');
    const after = (await map.appState()).view.camera.zoom;
    expect(after).toBeCloseTo(before + 1, 6);
  });

  it('made no request outside its origin and logged no error', () => {
    expect(map.foreignRequests).toEqual([]);
    expect(map.consoleErrors).toEqual([]);
  });
});

describe('a lost WebGL context', () => {
  it('brings the routes back without a reload when the context is restored', async () => {
    const map = await launch(baseUrl);
    try {
      await map.open();
      const routes = views.routes(state).map((r) => r.route.id).sort();
      expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual(routes);
      await map.markDocument();
      await map.loseWebglContext();
      // A change made while the context is lost must show once it is back.
      await map.setOverlay('missions', false);
      await map.restoreWebglContext();
      await map.waitForIdle();
      expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual(routes);
      expect(await map.renderedFeatureIds(LAYER.missionsSymbols)).toEqual([]);
      // Same document: the mark set before the loss is still there.
      await expect(map.documentIsMarked()).resolves.toBe(true);
      await expect(map.countOf('[data-testid="svg-map"]')).resolves.toBe(0);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('switches to the simplified map when the context does not come back', async () => {
    const map = await launch(baseUrl);
    try {
      await map.open();
      await map.loseWebglContext();
      await map.waitFor('[data-testid="svg-map"] .svg-route', { state: 'attached', timeout: 10_000 });
      await expect(map.countOf('.maplibregl-canvas')).resolves.toBe(0);
      const notices = await map.notices();
      expect(notices.filter((n) => n.includes('showing the simplified map'))).toHaveLength(1);
      expect(await ids(map, '.svg-route', 'data-id')).toEqual(views.routes(state).map((r) => r.route.id).sort());
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
