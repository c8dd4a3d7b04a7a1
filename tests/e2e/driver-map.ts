// Driver verbs for the map itself, WebGL or SVG: where a place is on screen, what is drawn there, what the map is told to
// paint, and what its canvas holds. Part of the driver: only driver files touch the browser and the test handles.
import type { Frame } from 'playwright-core';
import { svgMapProjection } from './driver-screen';
import { LAYER } from '../../src/map/ids';
import type { Session, TestWindow } from './driver-handles';
import { readCanvasRegionInPage, type Region } from './pixels';
import { hexToRgb, type Rgb } from './colours';

export type Point = { x: number; y: number };

/** Waits for MapLibre's next 'idle' after asking for a repaint (an idle map would not fire it otherwise). */
export async function waitForIdle(frame: Frame): Promise<void> {
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as TestWindow).__map!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Screen position of a longitude/latitude on the WebGL map's canvas, in page pixels. */
export function project(frame: Frame, lon: number, lat: number): Promise<Point> {
  return frame.evaluate(
    ([lo, la]) => {
      const map = (window as unknown as TestWindow).__map!;
      const p = map.project([lo, la]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    [lon, lat] as const,
  );
}

const hasWebglMap = (frame: Frame): Promise<boolean> => frame.evaluate(() => Boolean((window as unknown as TestWindow).__map));

export interface MapVerbs {
  /** Waits until the WebGL map is idle (see waitForIdle above). */
  waitForIdle(): Promise<void>;
  /** Lets either map draw what the store says: MapLibre idle, or two animation frames for the SVG map. */
  settle(): Promise<void>;
  /** Screen position of a longitude/latitude on the WebGL map canvas, in page pixels. */
  project(lon: number, lat: number): Promise<Point>;
  /** Page position of a longitude/latitude on whichever map is on screen (the SVG map from the store's camera and its box). */
  pointOnMap(lon: number, lat: number): Promise<Point>;
  clickAt(lon: number, lat: number): Promise<void>;
  hoverAt(lon: number, lat: number): Promise<void>;
  /** Clicks a point of the page, as a person's pointer would. */
  clickPoint(at: Point): Promise<void>;
  /** The data-iso2 of the element a person sees at a page point (the SVG map's country), or undefined. */
  countryAt(at: Point): Promise<string | undefined>;
  /** Distinct values of one property of the features MapLibre draws in a layer, sorted. */
  renderedFeatureIds(layerId: string, property?: string): Promise<string[]>;
  /**
   * One row per feature MapLibre draws in a layer (a feature drawn in two parts gives two rows): the properties asked
   * for, read from the feature's properties or, failing that, from the feature state it is painted with.
   */
  renderedFeatureProperties(layerId: string, properties: string[]): Promise<string[][]>;
  sourceFeatureCount(sourceId: string): Promise<number>;
  /** Centre and zoom the WebGL map shows. */
  mapCamera(): Promise<{ lon: number; lat: number; zoom: number }>;
  /** The paint value MapLibre is told to use for a layer's property (an expression or a colour). */
  paintProperty(layerId: string, property: string): Promise<unknown>;
  /** True once MapLibre has loaded its style and sources. */
  mapLoaded(): Promise<boolean>;
  setLayerVisible(layerId: string, visible: boolean): Promise<void>;
  /** Makes the WebGL map draw at `ratio` canvas pixels per CSS pixel (MapLibre's setPixelRatio) and waits for it. */
  drawAtPixelRatio(ratio: number): Promise<void>;
  /** Hides the country labels of either map, so that a sampled fill colour is not swayed by a label. */
  hideCountryLabels(): Promise<void>;
  /** RGBA bytes of a region of the WebGL canvas in page pixels (the whole canvas when none is given). */
  readMapCanvas(region?: Region): Promise<number[]>;
  /** The size of the WebGL canvas's drawing buffer in device pixels, and its ratio to CSS pixels. */
  mapCanvasBuffer(): Promise<{ width: number; height: number; ratio: number }>;
  /** The box of the element that draws the map (the MapLibre canvas or the SVG map), or null. */
  mapBox(): Promise<Region | null>;
  /** Whether this browser can create a WebGL 2 and a WebGL 1 context. */
  webglContexts(): Promise<{ webgl2: boolean; webgl: boolean }>;
  /** Loses the map's WebGL context as a GPU reset does; resolves once the map knows. */
  loseWebglContext(): Promise<void>;
  /** Gives the lost context back; resolves once the map has it again. */
  restoreWebglContext(): Promise<void>;
  /** Leaves a mark on the document, to tell later whether the page was reloaded. */
  markDocument(): Promise<void>;
  documentIsMarked(): Promise<boolean>;
  /** The length on screen of each route the SVG map draws, in px. */
  svgRouteLengths(): Promise<number[]>;
  /** Which map a person looks at: the WebGL canvas, the simplified SVG map, or none yet. */
  mapRenderer(): Promise<'webgl' | 'svg' | 'none'>;
  /** Waits until the simplified SVG map has drawn its routes (after a switch from WebGL, say). */
  waitForSimplifiedMap(timeout?: number): Promise<void>;
  /** What the simplified SVG map draws, by record: each list sorted. */
  simplifiedMapDrawing(): Promise<SimplifiedMapDrawing>;
  /** The box on screen of a country as the simplified SVG map draws it, or null. */
  countryBoxOnSimplifiedMap(iso2: string): Promise<Region | null>;
  /** The credits the map shows in its corner (MapLibre's attribution). */
  attribution(): Promise<string>;
  /** How many countries the simplified (SVG) map draws. */
  simplifiedMapCountryCount(): Promise<number>;
  /** The countries either map fills as EU members now (ISO codes, sorted). */
  countriesDrawnAsMembers(): Promise<string[]>;
  /** The partner countries either map fills, each with its category (one row per drawn part). */
  partnersDrawn(): Promise<Array<{ iso2: string; category: string }>>;
  /** The colour either map paints the funding arcs of one kind (stage) with: MapLibre's paint expression, or the SVG stroke. */
  fundingArcColour(kind: string): Promise<Rgb>;
}

export interface SimplifiedMapDrawing {
  /** Route ids of the route lines. */
  routes: string[];
  /** Countries filled as partners, and the category of each fill (one per partner, in the same order). */
  partners: string[];
  partnerCategories: string[];
  /** Mission ids of the mission symbols. */
  missions: string[];
  /** Funding record ids of the funding arcs. */
  fundingArcs: string[];
  /** Countries drawn with the selection outline. */
  selectedCountries: number;
}

export function mapVerbs(s: Session): MapVerbs {
  const verbs: MapVerbs = {
    waitForIdle: () => waitForIdle(s.view()),
    async settle() {
      if (await hasWebglMap(s.view())) await waitForIdle(s.view());
      else await s.view().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    },
    project: (lon, lat) => project(s.view(), lon, lat),
    async pointOnMap(lon, lat) {
      if (await hasWebglMap(s.view())) return project(s.view(), lon, lat);
      const box = await s.view().locator('[data-testid="svg-map"]').boundingBox();
      if (!box) throw new Error('the SVG map has no box');
      const p = (await svgMapProjection(s.view(), box))([lon, lat]);
      if (!p) throw new Error(`${lon},${lat} is not on the map`);
      return { x: box.x + p[0], y: box.y + p[1] };
    },
    async clickAt(lon, lat) {
      await verbs.clickPoint(await verbs.project(lon, lat));
    },
    async hoverAt(lon, lat) {
      const p = await verbs.project(lon, lat);
      await s.page.mouse.move(p.x, p.y);
    },
    async clickPoint(at) {
      await s.page.mouse.click(at.x, at.y);
    },
    countryAt: (at) => s.view().evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-iso2') ?? undefined, at),
    async renderedFeatureIds(layerId, property = 'id') {
      const rows = await verbs.renderedFeatureProperties(layerId, [property]);
      return [...new Set(rows.map((r) => r[0]!))].sort();
    },
    renderedFeatureProperties: (layerId, properties) =>
      s.view().evaluate(
        ([layer, props]) => {
          const map = (window as unknown as TestWindow).__map!;
          return map.queryRenderedFeatures({ layers: [layer] }).map((f) => props.map((p) => String((f.properties as Record<string, unknown>)[p] ?? (f.state as Record<string, unknown>)[p])));
        },
        [layerId, properties] as const,
      ),
    sourceFeatureCount: (sourceId) => s.view().evaluate((source) => (window as unknown as TestWindow).__map!.querySourceFeatures(source).length, sourceId),
    mapCamera: () =>
      s.view().evaluate(() => {
        const m = (window as unknown as TestWindow).__map!;
        return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
      }),
    paintProperty: (layerId, property) =>
      s.view().evaluate(([layer, p]) => {
        const map = (window as unknown as TestWindow).__map!;
        return map.getPaintProperty(layer, p as Parameters<typeof map.getPaintProperty>[1]) as unknown;
      }, [layerId, property] as const),
    mapLoaded: () => s.view().evaluate(() => (window as unknown as TestWindow).__map!.loaded()),
    async setLayerVisible(layerId, visible) {
      await s.view().evaluate(([layer, v]) => (window as unknown as TestWindow).__map!.setLayoutProperty(layer, 'visibility', v), [layerId, visible ? 'visible' : 'none'] as const);
    },
    async drawAtPixelRatio(ratio) {
      await s.view().evaluate((r) => (window as unknown as TestWindow).__map!.setPixelRatio(r), ratio);
      await waitForIdle(s.view());
    },
    async hideCountryLabels() {
      if (await hasWebglMap(s.view())) return verbs.setLayerVisible(LAYER.countryLabels, false);
      // A constructed stylesheet (CSSOM): the strict content security policy refuses an added <style> element.
      await s.view().evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('.svg-labels { display: none }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
    },
    async readMapCanvas(region) {
      const whole = region ?? (await s.view().locator('.maplibregl-canvas').boundingBox());
      if (!whole) throw new Error('no map canvas');
      return s.view().evaluate(readCanvasRegionInPage, { x: whole.x, y: whole.y, width: whole.width, height: whole.height });
    },
    mapCanvasBuffer: () =>
      s.view().evaluate(() => {
        const canvas = (window as unknown as TestWindow).__map!.getCanvas();
        return { width: canvas.width, height: canvas.height, ratio: canvas.width / canvas.getBoundingClientRect().width || 1 };
      }),
    async mapBox() {
      const webgl = await s.view().locator('.maplibregl-canvas').count();
      return s.view().locator(webgl > 0 ? '.maplibregl-canvas' : '[data-testid="svg-map"]').first().boundingBox();
    },
    webglContexts: () =>
      s.view().evaluate(() => ({ webgl2: document.createElement('canvas').getContext('webgl2') !== null, webgl: document.createElement('canvas').getContext('webgl') !== null })),
    async loseWebglContext() {
      await s.view().evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const w = window as unknown as TestWindow & { lostContext?: WEBGL_lose_context };
            const canvas = w.__map!.getCanvas();
            const ext = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))?.getExtension('WEBGL_lose_context');
            if (!ext) return reject(new Error('no WEBGL_lose_context'));
            w.lostContext = ext;
            w.__map!.once('webglcontextlost', () => resolve());
            ext.loseContext();
          }),
      );
    },
    async restoreWebglContext() {
      await s.view().evaluate(
        () =>
          new Promise<void>((resolve) => {
            const w = window as unknown as TestWindow & { lostContext: WEBGL_lose_context };
            w.__map!.once('webglcontextrestored', () => resolve());
            w.lostContext.restoreContext();
          }),
      );
    },
    async markDocument() {
      await s.view().evaluate(() => ((window as unknown as { navigationMark: number }).navigationMark = 1));
    },
    documentIsMarked: () => s.view().evaluate(() => (window as unknown as { navigationMark?: number }).navigationMark === 1),
    svgRouteLengths: () => s.view().locator('.svg-route').evaluateAll((els) => els.map((el) => (el as SVGPathElement).getTotalLength())),
    async mapRenderer() {
      if ((await s.view().locator('.maplibregl-canvas').count()) > 0) return 'webgl';
      return (await s.view().locator('[data-testid="svg-map"]').count()) > 0 ? 'svg' : 'none';
    },
    async waitForSimplifiedMap(timeout = 30_000) {
      await s.view().locator('[data-testid="svg-map"] .svg-route').first().waitFor({ state: 'attached', timeout });
    },
    simplifiedMapDrawing: () =>
      s.view().evaluate(() => {
        const svg = document.querySelector('[data-testid="svg-map"]');
        const all = (selector: string, attribute: string): string[] => [...(svg?.querySelectorAll(selector) ?? [])].map((el) => el.getAttribute(attribute) ?? '');
        const partners = [...(svg?.querySelectorAll('.svg-partner') ?? [])].map((el) => [el.getAttribute('data-iso2') ?? '', el.getAttribute('data-category') ?? ''] as const).sort(([a], [b]) => a.localeCompare(b));
        return {
          routes: all('.svg-route', 'data-id').sort(),
          partners: partners.map(([iso2]) => iso2),
          partnerCategories: partners.map(([, category]) => category),
          missions: all('.svg-mission', 'data-id').sort(),
          fundingArcs: all('.svg-arc', 'data-id').sort(),
          selectedCountries: svg?.querySelectorAll('.svg-country-selected').length ?? 0,
        };
      }),
    countryBoxOnSimplifiedMap: (iso2) => s.view().locator(`[data-testid="svg-map"] .svg-country[data-iso2="${iso2}"]`).first().boundingBox(),
    async attribution() {
      const credits = s.view().locator('.maplibregl-ctrl-attrib');
      return (await credits.count()) ? (await credits.first().innerText()).trim() : '';
    },
    simplifiedMapCountryCount: () => s.view().locator('[data-testid="svg-map"] .svg-country').count(),
    async countriesDrawnAsMembers() {
      if (await hasWebglMap(s.view())) return verbs.renderedFeatureIds(LAYER.euFill, 'iso2');
      const codes = await s.view().locator('[data-testid="svg-map"] .svg-country[data-eu]').evaluateAll((els) => els.map((el) => el.getAttribute('data-iso2') ?? ''));
      return [...new Set(codes)].sort();
    },
    async partnersDrawn() {
      const rows = (await hasWebglMap(s.view()))
        ? await verbs.renderedFeatureProperties(LAYER.partnerFill, ['iso2', 'category'])
        : await s.view().locator('[data-testid="svg-map"] .svg-partner').evaluateAll((els) => els.map((el) => [el.getAttribute('data-iso2') ?? '', el.getAttribute('data-category') ?? '']));
      return rows.map(([iso2, category]) => ({ iso2: iso2!, category: category! }));
    },
    async fundingArcColour(kind) {
      if (!(await hasWebglMap(s.view()))) {
        const stroke = await s.view().locator(`[data-testid="svg-map"] .svg-arc[data-stage="${kind}"]`).first().getAttribute('stroke');
        if (!stroke) throw new Error(`no SVG arc of kind ${kind}`);
        return hexToRgb(stroke);
      }
      const expression = await verbs.paintProperty(LAYER.fundingArcs, 'line-color');
      if (!Array.isArray(expression) || expression[0] !== 'match') throw new Error(`unexpected arc colour ${JSON.stringify(expression)}`);
      const at = expression.indexOf(kind, 2);
      if (at < 0 || at % 2 !== 0) throw new Error(`the arc colour has no case for ${kind}`);
      return hexToRgb(String(expression[at + 1]));
    },
  };
  return verbs;
}
