// What a person does with the built app in Firefox or WebKit, and what they see: the domain verbs of the engine checks.
// Only this file and browsers.ts touch the engine session; page functions are sent as source text, so each one is
// self-contained (no imports, no closures).
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { EngineSession } from './browsers';
import { formatTableInPage } from './format-bundle';
import type { FormatTable } from './format-table';
import { cropPixels, LAND_POINTS, lookFromPixels, SEA_POINTS, type Box, type MapGeometry, type MapLook } from '../e2e/map-sight';
import { decodePng, patchColour, type Pixels } from '../e2e/png';

type Point = { x: number; y: number };

/** Runs in the page: waits for MapLibre's next idle after a repaint (an idle map would not fire it otherwise). */
function mapIdleInPage(): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const wait = (): void => {
      const map = (window as unknown as { __map?: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
      if (!map) {
        if (Date.now() - started > 25_000) resolve(false);
        else setTimeout(wait, 50);
        return;
      }
      map.once('idle', () => resolve(true));
      map.triggerRepaint();
    };
    wait();
  });
}

/** Runs in the page: the map region, the map, and the page position of each known place where the map is what is drawn there. */
function mapGeometryInPage(sea: Array<[number, number]>, land: Array<[number, number]>): MapGeometry | null {
  type Projector = { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
  const map = (window as unknown as { __map?: Projector }).__map;
  const region = document.querySelector('.map-region');
  const element = document.querySelector('[data-testid="map"]');
  if (!map || !region || !element) return null;
  const plain = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  const canvas = map.getCanvas();
  const rect = canvas.getBoundingClientRect();
  const place = (points: Array<[number, number]>) =>
    points.map((p) => {
      const q = map.project(p);
      const at = { x: rect.left + q.x, y: rect.top + q.y };
      const hit = document.elementFromPoint(at.x, at.y);
      return hit && element.contains(hit) ? at : null;
    });
  return { renderer: 'webgl', region: plain(region.getBoundingClientRect()), map: plain(element.getBoundingClientRect()), sharpness: canvas.width / (rect.width * devicePixelRatio), sea: place(sea), land: place(land) };
}

/** Runs in the page: scrolls the first element matching (whose text contains `text`, if given) into view and returns its middle. */
function middleOfInPage(selector: string, text: string | null): Point | null {
  const el = [...document.querySelectorAll(selector)].find((e) => text === null || (e.textContent ?? '').includes(text));
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
}

function textInPage(selector: string): string | null {
  const el = document.querySelector(selector) as HTMLElement | null;
  return el ? (el.innerText || el.textContent || '').trim() : null;
}

/**
 * Runs in the page: keeps every file the app hands to the browser as a download (name and bytes, base64) in
 * window.__downloads. The blob is kept when its address is made (the page's policy lets no script fetch a blob: address).
 */
function recordDownloadsInPage(): void {
  const w = window as unknown as { __downloads?: Array<{ name: string; base64: string }> };
  if (w.__downloads) return;
  w.__downloads = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource): string => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) {
      const name = this.download;
      void blob.arrayBuffer().then((buffer) => {
        let binary = '';
        const bytes = new Uint8Array(buffer);
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        w.__downloads!.push({ name, base64: btoa(binary) });
      });
    }
    return click.call(this);
  };
}

export interface HostPage {
  url: string;
  close(): void;
}

/** A host page of its own origin (a second loopback port) that embeds `src` in a sandboxed iframe and keeps every message it receives. */
export function serveHostPage(iframe: string, heightScript: string): Promise<HostPage> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body style="margin:0;padding:8px">
    <p>An article on a public website that embeds the map.</p>
    ${iframe}
    <script>window.received = []; window.addEventListener('message', function (e) { window.received.push(e.data); });</script>
    ${heightScript}
  </body></html>`;
  return new Promise((resolve) => {
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/host.html`, close: () => void server.close() });
    });
  });
}

/** The web features the app uses that an engine may lack, each with the app's fallback (docs/browser-support.md). */
export type EngineFeatures = Record<'webgl2' | 'compressionStreamDeflateRaw' | 'resizeObserver' | 'adoptedStyleSheets' | 'cssHas' | 'intlDisplayNames' | 'numberGroupingAlways' | 'clipboardWrite' | 'requestFullscreen', boolean>;

/** Runs in the page: which of the features the app uses this engine has. */
function featuresInPage(): EngineFeatures {
  let deflateRaw = false;
  try {
    deflateRaw = typeof CompressionStream !== 'undefined' && Boolean(new CompressionStream('deflate-raw' as CompressionFormat).readable);
  } catch {
    deflateRaw = false;
  }
  let grouping = false;
  try {
    grouping = (new Intl.NumberFormat('en', { useGrouping: 'always' } as Intl.NumberFormatOptions).resolvedOptions() as { useGrouping?: unknown }).useGrouping === 'always';
  } catch {
    grouping = false;
  }
  return {
    webgl2: document.createElement('canvas').getContext('webgl2') !== null,
    compressionStreamDeflateRaw: deflateRaw,
    resizeObserver: typeof ResizeObserver !== 'undefined',
    adoptedStyleSheets: 'adoptedStyleSheets' in document && typeof CSSStyleSheet !== 'undefined',
    cssHas: typeof CSS !== 'undefined' && CSS.supports('selector(:has(> p))'),
    intlDisplayNames: typeof Intl.DisplayNames !== 'undefined',
    numberGroupingAlways: grouping,
    clipboardWrite: typeof navigator.clipboard?.writeText === 'function',
    requestFullscreen: typeof document.documentElement.requestFullscreen === 'function',
  };
}

export interface PrintedHandout {
  /** How many times the page asked for the print dialog. */
  printRequests: number;
  /** The page printed to PDF through WebDriver, or null where the engine's driver has no print command. */
  pdf: Buffer | null;
  /** The print view's text (whitespace collapsed) and its number of sections. */
  handoutText: string;
  handoutSections: number;
}

export interface AppVerbs {
  /** The formatting table (format-table.ts, bundled as `script`) as this engine writes it, on a blank page. */
  formatTable(script: string): Promise<FormatTable>;
  /** Which of the web features the app uses the engine has (on the page opened last). */
  features(): Promise<EngineFeatures>;
  /** Opens a comparison of two dates by its link and waits until both maps are idle. */
  openComparison(query: string): Promise<void>;
  /** Opens a host page (see serveHostPage). */
  openHostPage(url: string): Promise<void>;
  /** How many windows of the browser are open. */
  windowCount(): Promise<number>;
  /** Does something in the presenter window (the newest other window), then comes back to the projector. */
  inPresenterWindow<T>(fn: () => Promise<T>): Promise<T>;
  closePresenterWindow(): Promise<void>;
  /** Presses the handout's print button with the print dialog caught, waits for the handout, and prints the page. */
  printHandout(): Promise<PrintedHandout>;
  /** Opens an address (relative to the served build, or absolute) and waits until its map is idle. */
  openMap(path: string): Promise<void>;
  /** Opens an address and waits until the page shows something matching `selector`. */
  openPage(path: string, selector: string): Promise<void>;
  /** Lets the map draw what the app asked for (MapLibre idle). */
  settle(): Promise<void>;
  /** Looks at the map region as a person sees it (a screenshot), with the known sea and land points sampled. */
  lookAtMap(): Promise<MapLook>;
  /** A screenshot of the whole window, decoded. */
  screen(): Promise<Pixels>;
  /** Page position of a longitude/latitude on the map (or one map of a comparison: 'a' or 'b'). */
  pointOnMap(lonLat: [number, number], compareSide?: 'a' | 'b'): Promise<Point>;
  /** The colour a person sees at a page point (the most frequent of a small patch). */
  colourAt(screen: Pixels, at: Point): string;
  clickAt(lonLat: [number, number]): Promise<void>;
  /** Clicks the first element matching (whose text contains `text`, if given), as a person's pointer would. */
  click(selector: string, text?: string): Promise<void>;
  /** Puts the keyboard focus on an element, as a Tab would (for keys that need a focused control). */
  focus(selector: string): Promise<void>;
  press(...keys: string[]): Promise<void>;
  /** Visible text of the first element matching, or null when there is none. */
  text(selector: string): Promise<string | null>;
  /** Waits until the first element matching says `expected` (or matches it), and returns what it says. */
  waitForText(selector: string, expected: string | RegExp, timeout?: number): Promise<string>;
  /** Puts the keyboard focus on the page's first control, as the first Tab of a person arriving on the page does. */
  focusFirstControl(): Promise<void>;
  /** The files the browser saved in its downloads folder, once there are at least `count` (or after 15 s). */
  savedFiles(count: number): Promise<string[]>;
  /** Waits until nothing matches `selector` any more. */
  waitUntilGone(selector: string, timeout?: number): Promise<void>;
  /** Whether the element that has the keyboard focus matches. */
  focusIsOn(selector: string): Promise<boolean>;
  /** Boxes of elements in page pixels (null where one is absent or not displayed). */
  boxes(selectors: string[]): Promise<Array<Box | null>>;
  /** The page's lang and dir. */
  pageDirection(): Promise<{ lang: string; dir: string }>;
  /** Lets the page hand its downloads to the test too (the browser still gets them). */
  recordDownloads(): Promise<void>;
  /** The bytes of the file the page offered under a name matching, once it has. */
  downloaded(name: RegExp): Promise<Buffer>;
  /** Replaces window.print, so that a print request is recorded instead of opening the dialog. */
  catchPrintDialog(): Promise<void>;
  /** The number of times the page asked for the print dialog. */
  printRequests(): Promise<number>;
  /** Runs in the host page opened last: every message it received. */
  hostMessages(): Promise<Array<Record<string, unknown>>>;
  /** Posts a message from the host page to its iframe. */
  postToEmbed(message: unknown): Promise<void>;
}

export function appVerbs(s: EngineSession, baseUrl: string): AppVerbs {
  const absolute = (path: string): string => (/^[a-z]+:/.test(path) ? path : new URL(path, baseUrl).toString());
  const verbs: AppVerbs = {
    async formatTable(script) {
      await s.goto('about:blank');
      return s.evaluate(formatTableInPage, script);
    },
    features: () => s.evaluate(featuresInPage),
    async openComparison(query) {
      await verbs.openPage(query, '[data-testid="compare-divider"]');
      await s.waitFor('both maps of the comparison', () => {
        const maps = (window as unknown as { __compareMaps?: { a?: unknown; b?: unknown } }).__compareMaps;
        return Boolean(maps?.a && maps.b);
      }, [], 40_000);
      await s.evaluate(() => {
        type Idle = { once(e: string, f: () => void): void; triggerRepaint(): void };
        const maps = (window as unknown as { __compareMaps: { a: Idle; b: Idle } }).__compareMaps;
        return Promise.all([maps.a, maps.b].map((m) => new Promise<void>((r) => (m.once('idle', () => r()), m.triggerRepaint()))));
      });
    },
    async openHostPage(url) {
      await s.goto(url);
    },
    windowCount: () => s.windowCount(),
    inPresenterWindow: (fn) => s.inNewestWindow(fn),
    async closePresenterWindow() {
      await s.inNewestWindow(() => s.evaluate(() => window.close()));
    },
    async printHandout() {
      await verbs.catchPrintDialog();
      await verbs.click('[data-testid="print-handout"]');
      // The handout draws a map for every step first: slow in software GL.
      await s.waitFor('the handout', () => document.querySelector('.handout[data-ready="true"]') !== null, [], 110_000);
      const printRequests = await verbs.printRequests();
      const pdf = await s.printPdf();
      const handoutText = (await s.evaluate(() => document.querySelector('.handout')?.textContent ?? '')).replace(/\s+/g, ' ');
      const handoutSections = await s.evaluate(() => document.querySelectorAll('.handout section').length);
      return { printRequests, pdf, handoutText, handoutSections };
    },
    async openMap(path) {
      await s.goto(absolute(path));
      await s.waitFor('the map', () => Boolean((window as unknown as { __map?: unknown }).__map) || document.querySelector('.load-error') !== null, [], 40_000);
      if (!(await s.evaluate(mapIdleInPage))) throw new Error(`${s.engine}: the map of ${path} never became idle`);
    },
    async openPage(path, selector) {
      await s.goto(absolute(path));
      await s.waitFor(selector, (sel: string) => document.querySelector(sel) !== null, [selector], 40_000);
    },
    async settle() {
      await s.evaluate(mapIdleInPage);
    },
    async lookAtMap() {
      const geometry = await s.evaluate(mapGeometryInPage, SEA_POINTS as Array<[number, number]>, LAND_POINTS as Array<[number, number]>);
      if (!geometry) throw new Error(`${s.engine}: no WebGL map on the page`);
      const png = await s.screenshot();
      const clip = { x: Math.round(geometry.region.x), y: Math.round(geometry.region.y), width: Math.round(geometry.region.width), height: Math.round(geometry.region.height) };
      return lookFromPixels(geometry, clip, cropPixels(decodePng(png), clip), png);
    },
    async screen() {
      return decodePng(await s.screenshot());
    },
    pointOnMap: (lonLat, side) =>
      s.evaluate(
        (p: [number, number], which: string) => {
          type Projector = { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
          const w = window as unknown as { __map?: Projector; __compareMaps?: Record<string, Projector> };
          const map = which ? w.__compareMaps![which]! : w.__map!;
          const q = map.project(p);
          const r = map.getCanvas().getBoundingClientRect();
          return { x: r.left + q.x, y: r.top + q.y };
        },
        lonLat,
        side ?? '',
      ),
    colourAt: (screen, at) => patchColour(screen, at.x, at.y),
    async clickAt(lonLat) {
      const at = await verbs.pointOnMap(lonLat);
      await s.click(at.x, at.y);
    },
    async click(selector, text) {
      // Parts of the app load when first asked for (the data table): the element may come a moment after the click that asked.
      const at = await s.waitFor(`${selector}${text ? ` saying ${text}` : ''} to click`, middleOfInPage, [selector, text ?? null] as const, 20_000);
      await s.click(at!.x, at!.y);
    },
    async focus(selector) {
      await s.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement | null)?.focus(), selector);
    },
    async press(...keys) {
      for (const key of keys) await s.press(key);
    },
    text: (selector) => s.evaluate(textInPage, selector),
    async waitForText(selector, expected, timeout = 20_000) {
      const deadline = Date.now() + timeout;
      let seen: string | null = null;
      for (;;) {
        seen = await s.evaluate(textInPage, selector);
        if (seen !== null && (typeof expected === 'string' ? seen === expected : expected.test(seen))) return seen;
        if (Date.now() > deadline) throw new Error(`${s.engine}: ${selector} says ${JSON.stringify(seen)}, not ${String(expected)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async waitUntilGone(selector, timeout = 30_000) {
      await s.waitFor(`${selector} to go`, (sel: string) => document.querySelector(sel) === null, [selector], timeout);
    },
    async focusFirstControl() {
      // Blurring is not enough: Firefox keeps the blurred control as the starting point of the next Tab.
      await s.evaluate(() => document.querySelector<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')?.focus());
    },
    async savedFiles(count) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const files = readdirSync(s.downloads, { withFileTypes: true })
          .filter((f) => f.isFile() && /\.(png|csv|json)$/.test(f.name))
          .map((f) => f.name);
        if (files.length >= count || Date.now() > deadline) return files;
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    focusIsOn: (selector) => s.evaluate((sel: string) => document.activeElement?.matches(sel) ?? false, selector),
    boxes: (selectors) =>
      s.evaluate(
        (list: string[]) =>
          list.map((sel) => {
            const el = document.querySelector(sel);
            const r = el?.getBoundingClientRect();
            return r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
          }),
        selectors,
      ),
    pageDirection: () => s.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })),
    async recordDownloads() {
      await s.evaluate(recordDownloadsInPage);
    },
    async downloaded(name) {
      const file = await s.waitFor(
        `a download named ${String(name)}`,
        (source: string) => (window as unknown as { __downloads?: Array<{ name: string; base64: string }> }).__downloads?.find((d) => new RegExp(source).test(d.name)) ?? null,
        [name.source],
        30_000,
      );
      return Buffer.from(file!.base64, 'base64');
    },
    async catchPrintDialog() {
      await s.evaluate(() => {
        const w = window as unknown as { __printCalls: number };
        w.__printCalls = 0;
        window.print = () => void (w.__printCalls += 1);
      });
    },
    printRequests: () => s.evaluate(() => (window as unknown as { __printCalls?: number }).__printCalls ?? 0),
    hostMessages: () => s.evaluate(() => (window as unknown as { received: Array<Record<string, unknown>> }).received),
    async postToEmbed(message) {
      await s.evaluate((m: unknown) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'), message);
    },
  };
  return verbs;
}
