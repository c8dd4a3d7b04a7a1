// The e2e driver: launches the browser with its guards (foreign requests, console errors, CSP violations) and gathers
// the domain verbs of the driver-*.ts files. Only driver files touch the browser API and the app's test handles.
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium, type ChromiumOptions } from '../../scripts/browser/chromium';
import { a11yVerbs, type A11yVerbs } from './driver-a11y';
import { briefingVerbs, type BriefingVerbs } from './driver-briefing';
import { embedVerbs, type EmbedVerbs } from './driver-embed';
import type { Session, TestWindow } from './driver-handles';
import { mapVerbs, type MapVerbs } from './driver-map';
import { pageVerbs, type PageVerbs } from './driver-page';
import { panelVerbs, type PanelVerbs } from './driver-panels';
import { frameOf, lookAtMap, waitForMapDrawn, type MapLook } from './driver-screen';
import { storyVerbs, type StoryVerbs } from './driver-story';
import { hostileVerbs, type HostileVerbs } from './driver-hostile';
import { workVerbs, type WorkVerbs } from '../../scripts/bench/page-work';
import { givenVerbs, type GivenVerbs } from './driver-given';
import { whenVerbs, type WhenVerbs } from './driver-when';

// The browser itself (path, flags, fresh profile) lives in scripts/browser/chromium.ts, shared with the bench and tools.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/browser/chromium';

export type { BriefingWindow } from './driver-briefing';

export type LaunchOptions = ChromiumOptions;

/**
 * The browser of one test and every verb of the driver, by topic: the map (driver-map.ts), the page (driver-page.ts),
 * the panels and the store (driver-panels.ts), reach and fit (driver-a11y.ts), the embed in a host page
 * (driver-embed.ts), briefing mode (driver-briefing.ts) and the story maker (driver-story.ts). Specs use the verbs;
 * `page` and `context` are there for driver files only.
 */
export interface MapDriver extends GivenVerbs, WhenVerbs, MapVerbs, PageVerbs, PanelVerbs, A11yVerbs, EmbedVerbs, BriefingVerbs, StoryVerbs, HostileVerbs, WorkVerbs {
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
  /** Saves a picture of the embedded map only (the iframe of the host page opened last). */
  screenshotEmbed(path: string): Promise<void>;
  /** Opens a page of the build (WebGL or SVG map alike) and waits until its map is drawn. */
  openView(path?: string): Promise<void>;
  /** Opens a host page that embeds `path` in an iframe of the given size (sandboxed as the README's snippet) and waits for its map. */
  openInHostPage(path: string, size: { width: number; height: number }, sandbox?: string): Promise<void>;
  /** Makes every later request for a file of the build whose path matches `pattern` fail, as a dropped connection would. */
  failFiles(pattern: RegExp): Promise<void>;
  /** Opens a page and waits until its app has started or shown why it could not (not for a map). */
  openPage(path?: string): Promise<void>;
  /** What a person sees of the map in the page opened last (or in the embedded iframe): see driver-screen.ts. */
  lookAtMap(): Promise<MapLook>;
  /** Adds an inline <style> element to the page, which its policy must refuse (proves the violation guard works). */
  breakStylePolicy(): Promise<void>;
  close(): Promise<void>;
}

export async function launch(baseUrl: string, options: LaunchOptions = {}): Promise<MapDriver> {
  const browser = await launchChromium(options);
  const { context, profile } = browser;
  const page = context.pages()[0] ?? (await context.newPage());
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const consoleWarnings: string[] = [];
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
    if (msg.type() === 'warning') consoleWarnings.push(msg.text());
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
  // The frame whose app the verbs look at: the page's own, or the iframe of a host page.
  let viewFrame: Frame = page.mainFrame();
  const session: Session = { page, context, baseUrl, profile, consoleErrors, consoleWarnings, view: () => viewFrame, setView: (frame) => void (viewFrame = frame) };
  const goTo = async (path: string): Promise<void> => {
    viewFrame = page.mainFrame();
    await page.goto(new URL(path, baseUrl).toString());
  };
  const map = mapVerbs(session);
  const driver: MapDriver = {
    ...givenVerbs(session),
    ...whenVerbs(session),
    ...map,
    ...pageVerbs(session),
    ...panelVerbs(session),
    ...a11yVerbs(session),
    ...embedVerbs(session),
    ...briefingVerbs(session),
    ...storyVerbs(session),
    ...hostileVerbs(session),
    ...workVerbs(session),
    page,
    context,
    foreignRequests,
    consoleErrors,
    cspViolations,
    requests,
    async open(path = '') {
      await goTo(path);
      await page.waitForFunction(() => Boolean((window as unknown as TestWindow).__map), null, { timeout: 30_000 });
      await map.waitForIdle();
    },
    async openSimplified(path = '') {
      await goTo(path);
      await page.locator('[data-testid="svg-map"] .svg-country').first().waitFor({ state: 'attached', timeout: 30_000 });
    },
    async screenshotEmbed(path) {
      await page.locator('iframe').first().screenshot({ path });
    },
    async openView(path = '') {
      await goTo(path);
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
      await goTo(path);
      await page.locator('.app, .load-error').first().waitFor({ timeout: 30_000 });
    },
    async lookAtMap() {
      return lookAtMap(page, viewFrame);
    },
    async breakStylePolicy() {
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { color: red }';
        document.head.append(style);
      });
    },
    async close() {
      for (const server of hostServers) server.close();
      await browser.close();
      if (cspViolations.length) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    },
  };
  return driver;
}
