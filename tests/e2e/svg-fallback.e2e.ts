// Without WebGL the app draws the simplified SVG map with the same data; a lost WebGL context that comes back restores the map.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { LAYER } from '../../src/map/ids';
import { loadDataset } from '../../src/data/load';
import { loadBasemap } from '../../src/map/basemap-data';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { SVG_FALLBACK_NOTICE } from '../../src/map/renderer';
import { fundingCountries } from '../../src/selectors/funding-countries';

const baseUrl = inject('baseUrl');
const model = loadDataset();
const views = createViewSelectors(model);
const state = defaultState();
const basemap = loadBasemap();
const countryCodes = new Set(basemap.countries.features.map((f) => f.properties.iso2));

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
    await expect(map.mapRenderer()).resolves.toBe('svg');
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
    const drawing = await map.simplifiedMapDrawing();
    expect(drawing.routes).toEqual(routes);
    expect(drawing.partners).toEqual(partners);
    expect(drawing.missions).toEqual(missions);
    expect(drawing.fundingArcs).toEqual(arcs);
    // By hand, from data/routes.json and data/missions.json: in September 2015 the Eastern and Central Mediterranean
    // routes are drawn, Operation Sophia (EUNAVFOR MED, launched 18 May 2015) is, the Frontex joint operation in Serbia
    // (from 2021) is not.
    expect(drawing.routes).toEqual(expect.arrayContaining(['eastern-mediterranean', 'central-mediterranean']));
    expect(drawing.missions).toContain('eunavfor-med');
    expect(drawing.missions).not.toContain('frontex-joint-operation-serbia');
    // Each partner is filled with its category's colour, and every route has a visible length on screen.
    const categories = new Set(drawing.partnerCategories);
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
    await expect.poll(async () => (await map.simplifiedMapDrawing()).selectedCountries).toBe(1);
  });

  it('zooms in with its button: one step doubles what a country measures on screen', async () => {
    // Greece, near the middle of the default view, stays whole on screen at either zoom.
    const before = (await map.countryBoxOnSimplifiedMap('GR'))!;
    await map.pressButton('Zoom in');
    await expect.poll(async () => (await map.countryBoxOnSimplifiedMap('GR'))!.width / before.width).toBeCloseTo(2, 2);
    const after = (await map.countryBoxOnSimplifiedMap('GR'))!;
    expect(after.height / before.height).toBeCloseTo(2, 2);
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
      await map.setCheckbox(/Missions/, false);
      await map.restoreWebglContext();
      await map.waitForIdle();
      expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual(routes);
      expect(await map.renderedFeatureIds(LAYER.missionsSymbols)).toEqual([]);
      // Same document: the mark set before the loss is still there.
      await expect(map.documentIsMarked()).resolves.toBe(true);
      await expect(map.mapRenderer()).resolves.toBe('webgl');
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
      await map.waitForSimplifiedMap(10_000);
      await expect(map.mapRenderer()).resolves.toBe('svg');
      const notices = await map.notices();
      expect(notices.filter((n) => n.includes('showing the simplified map'))).toHaveLength(1);
      const routes = (await map.simplifiedMapDrawing()).routes;
      expect(routes).toEqual(views.routes(state).map((r) => r.route.id).sort());
      expect(routes).toContain('eastern-mediterranean');
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
