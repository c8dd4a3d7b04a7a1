// The e2e driver: domain verbs over Playwright. The only test file that touches the browser API.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { frameOf, lookAtMap, waitForMapDrawn, type MapLook } from './driver-screen';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for software WebGL in headless chromium with no network: no DNS, no QUIC, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export type BriefingWindow = 'projector' | 'presenter';

export interface LaunchOptions {
  width?: number;
  height?: number;
  webgl?: boolean;
  reducedMotion?: boolean;
  extraArgs?: string[];
}

export interface MapDriver {
  page: Page;
  context: BrowserContext;
  /** Every request whose origin is not the page's own (data: and blob: are local). */
  foreignRequests: string[];
  consoleErrors: string[];
  /** Every Content-Security-Policy violation in any frame; close() fails the test if there is one. */
  cspViolations: string[];
  requests: string[];
  open(path?: string): Promise<void>;
  /** Opens the app where it draws the simplified SVG map (no WebGL) and waits for the map's countries. */
  openSimplified(path?: string): Promise<void>;
  waitForIdle(): Promise<void>;
  /** Screen position of a longitude/latitude on the map canvas, in page pixels. */
  project(lon: number, lat: number): Promise<{ x: number; y: number }>;
  clickAt(lon: number, lat: number): Promise<void>;
  hoverAt(lon: number, lat: number): Promise<void>;
  panelTitle(): Promise<string>;
  panelText(): Promise<string>;
  renderedFeatureIds(layerId: string, property?: string): Promise<string[]>;
  sourceFeatureCount(sourceId: string): Promise<number>;
  screenshot(path: string): Promise<void>;
  /** Saves a picture of the embedded map only (the iframe of the host page opened last). */
  screenshotEmbed(path: string): Promise<void>;
  /** Sets the window's size, as a person resizing the browser or a projector's resolution would. */
  resize(width: number, height: number): Promise<void>;
  /** Opens a page of the build (WebGL or SVG map alike) and waits until its map is drawn. */
  openView(path?: string): Promise<void>;
  /** Opens a host page that embeds `path` in an iframe of the given size (sandboxed as the README's snippet) and waits for its map. */
  openInHostPage(path: string, size: { width: number; height: number }, sandbox?: string): Promise<void>;
  /** Makes every later request for a file of the build whose path matches `pattern` fail, as a dropped connection would. */
  failFiles(pattern: RegExp): Promise<void>;
  /** Opens a page and waits until its app has started or shown why it could not (not for a map). */
  openPage(path?: string): Promise<void>;
  /** Visible text of the element matching the CSS selector (empty when there is none). */
  textOf(selector: string): Promise<string>;
  /** What a person sees of the map in the page opened last (or in the embedded iframe): see driver-screen.ts. */
  lookAtMap(): Promise<MapLook>;
  /** Presses the key P in briefing mode and waits for the presenter window to show a step. */
  openPresenterWindow(): Promise<void>;
  /** Presses a key (a clicker sends PageDown/PageUp) in the projector window or in the presenter window. */
  pressKey(window: BriefingWindow, key: string): Promise<void>;
  /** The title of the step a window shows ('' when it shows none). */
  stepTitle(window: BriefingWindow): Promise<string>;
  /** Text of an element of the presenter window, by its test id. */
  presenterText(testId: string): Promise<string>;
  clickPresenterStep(index: number): Promise<void>;
  reloadWindow(window: BriefingWindow): Promise<void>;
  /** The address a window shows. */
  addressOf(window: BriefingWindow): Promise<string>;
  closePresenterWindow(): Promise<void>;
  /** Screenshot of the presenter window. */
  screenshotPresenter(path: string): Promise<void>;
  resizePresenter(width: number, height: number): Promise<void>;
  /** Posts a message to the projector window from a script of `from` (the projector itself, or its presenter). */
  sendToProjector(message: unknown, from: BriefingWindow): Promise<void>;
  /** Posts a message to the presenter window from a script of `from` (the projector, through its named window, or the presenter itself). */
  sendToPresenter(message: unknown, from: BriefingWindow): Promise<void>;
  presenterPageText(): Promise<string>;
  /** Asks for the handout as a person would (Ctrl+P or the button), waits for it and for the print dialog, and returns the A4 PDF the browser prints. */
  printHandout(via: 'keys' | 'button'): Promise<Buffer>;
  /** The A4 PDF the browser prints of the page as it is (print media). */
  printPage(): Promise<Buffer>;
  /** What a window shows at its size: the body text's size in px, and elements that stick out of the viewport. */
  measureWindow(window: BriefingWindow): Promise<{ bodyPx: number; outside: string[] }>;
  /** Finds a country with the search box and selects it, as a person typing its name and pressing Enter. */
  searchCountry(name: string): Promise<void>;
  openStoryMaker(): Promise<void>;
  addViewToStory(): Promise<void>;
  setStoryTitle(title: string): Promise<void>;
  /** Types into a step's field in the story panel (0-based step). */
  fillStoryStep(index: number, fields: { title?: string; text?: string; notes?: string }): Promise<void>;
  /** Clicks a step's button in the story panel (its visible or accessible name). */
  storyStepAction(index: number, name: string): Promise<void>;
  storyStepTitles(): Promise<string[]>;
  /** Downloads the stories file and returns where the browser saved it. */
  downloadStories(): Promise<string>;
  clickStoryPanel(testId: string): Promise<void>;
  openStoriesFile(path: string): Promise<void>;
  storyPanelStatus(): Promise<string>;
  /** Asks the story panel for a link to the story and returns it. */
  storyLinkFromPanel(): Promise<string>;
  close(): Promise<void>;
}

export async function launch(baseUrl: string, options: LaunchOptions = {}): Promise<MapDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'map-e2e-'));
  const args = [...CHROMIUM_ARGS, ...(options.webgl === false ? ['--disable-webgl', '--disable-3d-apis'] : []), ...(options.extraArgs ?? [])];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: options.width ?? 1200, height: options.height ?? 700 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  // Host pages made by openInHostPage: the test's own, not a request of the app.
  const hostPages = new Set<string>();
  const cspViolations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => void cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI.slice(0, 80)}`);
    });
  });
  context.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:') || hostPages.has(url)) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));

  const hostServers: Server[] = [];
  const serveHostPage = (html: string): Promise<string> =>
    new Promise((resolve) => {
      const server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
      });
      hostServers.push(server);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/host-page.html`);
      });
    });
  // The frame whose map the verbs look at: the page's own, or the iframe of a host page.
  let viewFrame: Frame = page.mainFrame();
  let presenter: Page | null = null;
  const windowPage = (which: BriefingWindow): Page => {
    if (which === 'projector') return page;
    if (!presenter) throw new Error('no presenter window: call openPresenterWindow first');
    return presenter;
  };
  const driver: MapDriver = {
    page,
    context,
    foreignRequests,
    consoleErrors,
    cspViolations,
    requests,
    async open(path = '') {
      await page.goto(new URL(path, baseUrl).toString());
      await page.waitForFunction(() => Boolean((window as unknown as { __map?: unknown }).__map), null, { timeout: 30_000 });
      await driver.waitForIdle();
    },
    async openSimplified(path = '') {
      await page.goto(new URL(path, baseUrl).toString());
      await page.locator('[data-testid="svg-map"] .svg-country').first().waitFor({ state: 'attached', timeout: 30_000 });
    },
    async waitForIdle() {
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const map = (window as unknown as { __map: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
            map.once('idle', () => resolve());
            map.triggerRepaint();
          }),
      );
    },
    async project(lon, lat) {
      return page.evaluate(
        ([lo, la]) => {
          const map = (window as unknown as { __map: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } }).__map;
          const p = map.project([lo as number, la as number]);
          const rect = map.getCanvas().getBoundingClientRect();
          return { x: rect.left + p.x, y: rect.top + p.y };
        },
        [lon, lat],
      );
    },
    async clickAt(lon, lat) {
      const p = await driver.project(lon, lat);
      await page.mouse.click(p.x, p.y);
    },
    async hoverAt(lon, lat) {
      const p = await driver.project(lon, lat);
      await page.mouse.move(p.x, p.y);
    },
    async panelTitle() {
      return (await page.locator('#side-panel h2').first().textContent({ timeout: 5_000 }))?.trim() ?? '';
    },
    async panelText() {
      return (await page.locator('#side-panel').innerText()).trim();
    },
    async renderedFeatureIds(layerId, property = 'id') {
      return page.evaluate(
        ([layer, prop]) => {
          const map = (window as unknown as { __map: { queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }> } }).__map;
          const ids = map.queryRenderedFeatures({ layers: [layer as string] }).map((f) => String(f.properties[prop as string]));
          return [...new Set(ids)].sort();
        },
        [layerId, property],
      );
    },
    async sourceFeatureCount(sourceId) {
      return page.evaluate((source) => {
        const map = (window as unknown as { __map: { querySourceFeatures(s: string): unknown[] } }).__map;
        return map.querySourceFeatures(source).length;
      }, sourceId);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async screenshotEmbed(path) {
      await page.locator('iframe').first().screenshot({ path });
    },
    async resize(width, height) {
      await page.setViewportSize({ width, height });
    },
    async openView(path = '') {
      viewFrame = page.mainFrame();
      await page.goto(new URL(path, baseUrl).toString());
      await waitForMapDrawn(viewFrame);
    },
    async openInHostPage(path, size, sandbox = 'allow-scripts allow-popups allow-popups-to-escape-sandbox') {
      const src = new URL(path, baseUrl).toString();
      const host = `<!doctype html><html lang="en"><head><title>Host page</title></head><body style="margin:0;padding:16px;font-family:sans-serif">
        <p>An article on a public website that embeds the map.</p>
        <iframe src="${src}" title="Migration routes and EU external action" width="${size.width}" height="${size.height}" sandbox="${sandbox}" style="border:0;max-width:100%"></iframe>
        </body></html>`;
      // The host page has an origin of its own, served from loopback (Chromium blocks frames of a public page to loopback).
      const hostUrl = await serveHostPage(host);
      hostPages.add(hostUrl);
      await page.goto(hostUrl);
      viewFrame = await frameOf(page, path.split('?')[0] ?? path);
      await waitForMapDrawn(viewFrame);
    },
    async failFiles(pattern) {
      await page.route((url) => pattern.test(url.pathname), (route) => route.abort('connectionfailed'));
    },
    async openPage(path = '') {
      viewFrame = page.mainFrame();
      await page.goto(new URL(path, baseUrl).toString());
      await page.locator('.app, .load-error').first().waitFor({ timeout: 30_000 });
    },
    async textOf(selector) {
      const el = page.locator(selector);
      if ((await el.count()) === 0) return '';
      return (await el.first().innerText()).trim();
    },
    async lookAtMap() {
      return lookAtMap(page, viewFrame);
    },
    async openPresenterWindow() {
      const popup = context.waitForEvent('page', { timeout: 10_000 });
      await page.locator('body').press('p');
      presenter = await popup;
      presenter.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(`presenter: ${msg.text()}`);
      });
      presenter.on('pageerror', (error) => consoleErrors.push(`presenter: ${String(error)}`));
      await presenter.getByTestId('presenter-step-title').waitFor({ timeout: 30_000 });
    },
    async pressKey(which, key) {
      await windowPage(which).locator('body').press(key);
    },
    async stepTitle(which) {
      const selector = which === 'projector' ? '#story-step-title' : '[data-testid="presenter-step-title"]';
      const el = windowPage(which).locator(selector);
      if ((await el.count()) === 0) return '';
      return (await el.innerText()).trim();
    },
    async presenterText(testId) {
      return (await windowPage('presenter').getByTestId(testId).innerText()).trim();
    },
    async clickPresenterStep(index) {
      await windowPage('presenter').getByTestId('presenter-step-list').locator('button').nth(index).click();
    },
    async addressOf(which) {
      return windowPage(which).url();
    },
    async reloadWindow(which) {
      await windowPage(which).reload();
      if (which === 'projector') await waitForMapDrawn(page.mainFrame());
    },
    async closePresenterWindow() {
      await windowPage('presenter').close();
      presenter = null;
    },
    async screenshotPresenter(path) {
      await windowPage('presenter').screenshot({ path });
    },
    async resizePresenter(width, height) {
      await windowPage('presenter').setViewportSize({ width, height });
      // The preview map measures its box on the next frames.
      await windowPage('presenter').waitForTimeout(500);
    },
    async sendToProjector(message, from) {
      await windowPage(from).evaluate((m) => (window.opener ?? window).postMessage(m, '*'), message);
      await page.waitForTimeout(300);
    },
    async sendToPresenter(message, from) {
      await windowPage(from).evaluate((m) => {
        const target = window.opener ? window : window.open('', 'eu-migration-map-presenter');
        target?.postMessage(m, '*');
      }, message);
      await page.waitForTimeout(300);
    },
    async printHandout(via) {
      // The browser's print dialog cannot be driven headless: record that the page asked for it.
      await page.evaluate(() => {
        const w = window as unknown as { __printCalls: number };
        w.__printCalls = 0;
        window.print = () => {
          w.__printCalls += 1;
        };
      });
      if (via === 'keys') await page.locator('body').press('Control+p');
      else await page.getByTestId('print-handout').click();
      await page.waitForFunction(() => (window as unknown as { __printCalls: number }).__printCalls > 0 && document.querySelector('.handout[data-ready="true"]') !== null, null, { timeout: 60_000 });
      return page.pdf({ format: 'A4', printBackground: true });
    },
    async measureWindow(which) {
      const target = windowPage(which);
      return target.evaluate((w) => {
        const body = document.querySelector(w === 'projector' ? '.story-text' : '.presenter-text');
        const outside: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>(w === 'projector' ? '.app *' : '.presenter *')) {
          if (el.closest('.visually-hidden, .skip-link, .maplibregl-canvas-container, .handout')) continue;
          // The preview map's drawing is clipped by its box; the box itself is checked.
          if (el.closest('.presenter-preview') && !el.classList.contains('presenter-preview')) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          // The presenter window scrolls down when notes are long; nothing may stick out sideways. The projector scrolls nowhere.
          const below = w === 'projector' && r.bottom > window.innerHeight + 1;
          if (r.right > window.innerWidth + 1 || r.left < -1 || below) outside.push(`${el.tagName}.${el.className} ${Math.round(r.right)}x${Math.round(r.bottom)}`);
        }
        if (w === 'projector') {
          const panel = document.querySelector('.side-panel') as HTMLElement;
          if (panel.scrollHeight > panel.clientHeight + 1) outside.push(`side panel scrolls: ${panel.scrollHeight} > ${panel.clientHeight}`);
        }
        return { bodyPx: body ? parseFloat(getComputedStyle(body).fontSize) : 0, outside };
      }, which);
    },
    async searchCountry(name) {
      const input = page.locator('#country-search-input');
      await input.fill(name);
      await input.press('Enter');
      await page.waitForFunction((n) => document.querySelector('#side-panel h2')?.textContent?.includes(n) ?? false, name, { timeout: 10_000 });
    },
    async openStoryMaker() {
      await page.getByTestId('story-maker-toggle').click();
      await page.getByTestId('story-maker').waitFor();
    },
    async addViewToStory() {
      const before = await page.getByTestId('story-maker-step').count();
      await page.getByTestId('add-view').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="story-maker-step"]').length === n + 1, before);
    },
    async setStoryTitle(title) {
      await page.getByTestId('story-title').fill(title);
    },
    async fillStoryStep(index, fields) {
      const step = page.getByTestId('story-maker-step').nth(index);
      for (const [field, value] of Object.entries(fields)) if (value !== undefined) await step.locator(`[data-field="${field}"]`).fill(value);
    },
    async storyStepAction(index, name) {
      await page.getByTestId('story-maker-step').nth(index).getByRole('button', { name }).click();
    },
    async storyStepTitles() {
      return page.getByTestId('story-maker-step').locator('[data-field="title"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    },
    async downloadStories() {
      const download = page.waitForEvent('download', { timeout: 10_000 });
      await page.getByTestId('download-stories').click();
      const file = join(profile, `stories-${Date.now()}.json`);
      await (await download).saveAs(file);
      return file;
    },
    async clickStoryPanel(testId) {
      await page.getByTestId(testId).click();
    },
    async openStoriesFile(path) {
      await page.getByTestId('open-stories').setInputFiles(path);
      await page.getByTestId('story-maker-status').waitFor({ timeout: 10_000 });
    },
    async storyLinkFromPanel() {
      await page.getByTestId('story-link').click();
      return page.getByTestId('story-link-output').inputValue({ timeout: 10_000 });
    },
    async storyPanelStatus() {
      return (await page.getByTestId('story-maker-status').innerText()).trim();
    },
    async printPage() {
      return page.pdf({ format: 'A4', printBackground: true });
    },
    async presenterPageText() {
      return windowPage('presenter').locator('body').innerText();
    },
    async close() {
      for (const server of hostServers) server.close();
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (cspViolations.length) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    },
  };
  return driver;
}
