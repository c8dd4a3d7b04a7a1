// The checks every engine passes, written once: a person reading the built app (dist/, dist/embed.html in a host
// page's sandboxed iframe, dist-single/index.html from file://) in Firefox ESR or WebKitGTK, as in Chromium. One
// browser session per engine, reused by every check; the map's idle is waited for, never a fixed time.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchEngine, startDisplay, type EngineName, type EngineSession } from './browsers';
import { appVerbs, serveHostPage, type AppVerbs } from './app-verbs';
import { chromiumFormatTable, differences, formatTableScript } from './format-bundle';
import type { FormatTable } from './format-table';
import { expectBasemapVisible } from '../e2e/map-look';
import { colourDistance, decodePng, differingPixelShare } from '../e2e/png';
import { countColour } from '../e2e/pixels';
import { cropPixels } from '../e2e/map-sight';
import { hasPdfToText, pdfPageTexts } from '../e2e/pdf';
import { DARK_THEME, DEFAULT_THEME } from '../../src/map/theme';
import { embedCode, HEIGHT_SCRIPT } from '../../src/embed/snippets';
import stories from '../../data/stories.json';

const WIDTH = 1280;
const HEIGHT = 720;
const LIBYA: [number, number] = [17.5, 27.0];
type StoryJson = { id: string; title: string; steps: Array<{ title: string }> };
const story = (stories as StoryJson[])[0]!;
const SINGLE_FILE = pathToFileURL(resolve('dist-single/index.html')).toString();

export function describeEngine(engine: EngineName): void {
  const baseUrl = inject('baseUrl');
  describe(`${engine}: the built app as a reader gets it`, { timeout: 180_000 }, () => {
    let display: { display: string; stop(): void };
    let session: EngineSession;
    let app: AppVerbs;
    let reference: Promise<FormatTable>;
    let script: string;
    const started = Date.now();
    beforeAll(async () => {
      script = await formatTableScript();
      reference = chromiumFormatTable(script);
      display = await startDisplay();
      session = await launchEngine(engine, display.display, { width: WIDTH, height: HEIGHT });
      app = appVerbs(session, baseUrl);
      console.log(`${engine}: ${session.version}, started in ${Date.now() - started} ms`);
    }, 90_000);
    afterAll(async () => {
      await session?.close();
      display?.stop();
      console.log(`${engine}: every check in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    it('writes every number, date, period, list and country name of the formatting table as Chromium does, in six languages', async () => {
      const table = await app.formatTable(script);
      expect(Object.keys(table).length).toBeGreaterThan(300);
      expect(differences(await reference, table)).toEqual([]);
    });

    // The main page: one load for the map, a filter, the timeline, the keyboard walk, a click and the downloads.
    it('shows the map: sea, land, an EU member in its colour and a route, drawn by WebGL', async () => {
      await app.openMap('');
      const look = await app.lookAtMap();
      expect(look.renderer).toBe('webgl');
      expectBasemapVisible(engine, look, DEFAULT_THEME);
      // Every land point is in a country that was an EU member at every date: at least one shows the member fill.
      expect(look.land.filter((p) => colourDistance(p.colour, DEFAULT_THEME.eu) <= 12).length, `${engine}: EU member colour`).toBeGreaterThan(0);
      expect(countColour(look.pixels.data, DEFAULT_THEME.route, 40), `${engine}: route pixels`).toBeGreaterThan(300);
    });

    it('shows a refused link as a notice over the top of the map, which keeps its size, its drawing and its zoom buttons in sight', async () => {
      await app.openMap('?date=1900-01');
      await app.waitForText('.notices .notice', /1900-01/);
      const boxes = await session.evaluate(() => {
        const box = (selector: string): { top: number; bottom: number; height: number } | null => {
          const r = document.querySelector(selector)?.getBoundingClientRect();
          return r ? { top: r.top, bottom: r.bottom, height: r.height } : null;
        };
        return { region: box('.map-region'), canvas: box('.maplibregl-canvas'), notices: box('.notices'), zoom: box('.maplibregl-ctrl-top-right') };
      });
      const { region, canvas, notices, zoom } = boxes;
      expect(region && canvas && notices && zoom, `${engine}: map region, canvas, notices and zoom buttons`).toBeTruthy();
      // The notice lies over the map region's top and takes no room from it: the canvas fills the whole region.
      expect(Math.abs(notices!.top - region!.top)).toBeLessThanOrEqual(1);
      expect(Math.abs(canvas!.height - region!.height)).toBeLessThanOrEqual(1);
      // The zoom buttons stand below the notice, not under it.
      expect(zoom!.top).toBeGreaterThanOrEqual(notices!.bottom - 1);
      const look = await app.lookAtMap();
      expectBasemapVisible(engine, look, DEFAULT_THEME);
    });

    it('has the web features the app uses, or the app falls back from the one it lacks', async () => {
      const features = await app.features();
      const lacking = Object.entries(features).filter(([, has]) => !has).map(([name]) => name);
      console.log(`${engine}: lacks ${lacking.join(', ') || 'nothing the app uses'}`);
      // WebGL 2 (the map) must be there under Xvfb; every other feature has a fallback that says what it does instead.
      expect(features.webgl2).toBe(true);
    });

    it('changes the map when a filter is ticked', async () => {
      const before = (await app.lookAtMap()).pixels;
      await app.click('summary', 'Instrument');
      await app.click('input[data-filter="instruments:humanitarian-aid"]');
      await app.waitForText('.chip', /humanitarian aid/i);
      await app.settle();
      const after = (await app.lookAtMap()).pixels;
      expect(differingPixelShare(before, after), `${engine}: share of the map that changed`).toBeGreaterThan(0.001);
      await app.click('summary', 'Instrument');
    });

    it('steps the timeline by one month with the arrow keys', async () => {
      expect(await app.text('[data-testid="timeline-date"]')).toBe('September 2015');
      await app.focus('.timeline-slider');
      await app.press('ArrowRight');
      await app.waitForText('[data-testid="timeline-date"]', 'October 2015');
      await app.press('ArrowLeft');
      await app.waitForText('[data-testid="timeline-date"]', 'September 2015');
      await app.settle();
    });

    it('walks the map by keyboard to Niger and opens it with Enter', async () => {
      await app.focusFirstControl();
      let presses = 0;
      while (!(await app.focusIsOn('[data-map-keys]'))) {
        if (++presses > 80) throw new Error(`${engine}: Tab never reached the map`);
        await app.press('Tab');
      }
      console.log(`${engine}: the map is reached after ${presses} presses of Tab`);
      for (const key of ['ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']) {
        await app.press(key);
        await app.settle();
      }
      await app.waitForText('[data-testid="live-region"]', /^Niger, /);
      await app.press('Enter');
      await app.waitForText('#side-panel h2', 'Niger');
    });

    it('opens the dossier of Libya when it is clicked', async () => {
      await app.clickAt(LIBYA);
      await app.waitForText('#side-panel h2', 'Libya');
    });

    it('downloads the PNG of the view and the CSV of the data table, and both read right', async () => {
      await app.recordDownloads();
      await app.click('button', 'Data table');
      await app.click('button', 'Download PNG');
      const png = await app.downloaded(/\.png$/);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const image = decodePng(png);
      expect(image.width).toBeGreaterThan(600);
      expect(countColour(image.data, DEFAULT_THEME.sea, 6)).toBeGreaterThan(10_000);
      await app.click('button', 'Download CSV');
      const csv = (await app.downloaded(/\.csv$/)).toString('utf8');
      expect(csv.split('\n')[0]).toBe('table,id,name,value,detail,sourceDocument,quote');
      expect(csv.split('\n').length).toBeGreaterThan(20);
      // The browser saved both files too.
      const saved = await app.savedFiles(2);
      console.log(`${engine}: saved ${saved.join(', ') || 'nothing'} in its downloads folder`);
      expect(saved.some((f) => f.endsWith('.png')) && saved.some((f) => f.endsWith('.csv')), `${engine}: files saved`).toBe(true);
    });

    // Briefing mode: one load for the clicker keys, the presenter window and the handout.
    it('steps a briefing with PageDown, and the presenter window moves the projector', { timeout: 240_000 }, async () => {
      await app.openMap(`?mode=briefing&story=${story.id}&step=1`);
      await app.waitForText('#story-step-title', story.steps[0]!.title);
      await app.press('PageDown');
      await app.waitForText('#story-step-title', story.steps[1]!.title);
      await app.press('p');
      await expect.poll(() => app.windowCount(), { timeout: 20_000 }).toBe(2);
      await app.inPresenterWindow(async () => {
        await app.waitForText('[data-testid="presenter-step-title"]', story.steps[1]!.title, 30_000);
        await app.press('PageDown');
      });
      await app.waitForText('#story-step-title', story.steps[2]!.title);
      await app.closePresenterWindow();
      await expect.poll(() => app.windowCount(), { timeout: 10_000 }).toBe(1);
      // The projector notices and shows its own step buttons again (the print button among them).
      await app.waitUntilGone('.story-step.is-presented');
    });

    it('prints the handout with every step of the story', { timeout: 180_000 }, async () => {
      const { printRequests, pdf, handoutText, handoutSections } = await app.printHandout();
      expect(printRequests).toBeGreaterThan(0);
      const head = (s: string): string => s.split(' ').slice(0, 4).join(' ');
      if (pdf && hasPdfToText()) {
        const pages = pdfPageTexts(pdf);
        expect(pages.length).toBe(story.steps.length + 1);
        expect(pages[0]).toContain(story.title);
        story.steps.forEach((step, i) => expect(pages[i + 1]).toContain(head(step.title)));
        // Page numbers come from @page margin boxes, which not every engine prints.
        const numbered = pages.filter((page, i) => new RegExp(`${i + 1}\\s*/\\s*${pages.length}\\s*$`).test(page)).length;
        console.log(`${engine}: ${pages.length} pages printed, ${numbered} with their page number in the footer`);
      } else {
        // No print command in this engine's WebDriver: the print view's text instead.
        console.log(`${engine}: no WebDriver print command; the handout is checked in the page`);
        expect(handoutText).toContain(story.title);
        for (const step of story.steps) expect(handoutText).toContain(head(step.title));
        expect(handoutSections).toBeGreaterThan(story.steps.length);
      }
    });

    it('answers its host page from a sandboxed iframe: height, set-view and scheme', async () => {
      const iframe = embedCode(new URL('embed.html?date=2015-09', baseUrl).toString(), 'Migration map').replace(' loading="lazy"', '');
      const host = await serveHostPage(iframe, HEIGHT_SCRIPT);
      try {
        await app.openHostPage(host.url);
        const heights = async (): Promise<number[]> => (await app.hostMessages()).filter((m) => m['type'] === 'height').map((m) => Number(m['height']));
        await expect.poll(async () => (await heights()).length, { timeout: 40_000 }).toBeGreaterThan(0);
        await expect.poll(async () => (await app.hostMessages()).some((m) => m['type'] === 'ready'), { timeout: 40_000 }).toBe(true);
        const wanted = (await heights()).at(-1)!;
        await expect.poll(async () => (await app.boxes(['iframe']))[0]?.height, { timeout: 10_000 }).toBeCloseTo(wanted, 0);

        await app.postToEmbed({ namespace: 'eu-migration-map', type: 'set-view', date: '2016-03' });
        await app.postToEmbed({ namespace: 'eu-migration-map', type: 'get-view' });
        await expect.poll(async () => (await app.hostMessages()).some((m) => m['type'] === 'view' && m['date'] === '2016-03'), { timeout: 20_000 }).toBe(true);

        const frame = (await app.boxes(['iframe']))[0]!;
        const seaShare = async (hex: string): Promise<number> => {
          const screen = await app.screen();
          return countColour(cropPixels(screen, frame).data, hex, 6) / (frame.width * frame.height);
        };
        await expect.poll(() => seaShare(DEFAULT_THEME.sea), { timeout: 30_000 }).toBeGreaterThan(0.1);
        await app.postToEmbed({ namespace: 'eu-migration-map', type: 'set-theme', theme: 'dark' });
        await expect.poll(() => seaShare(DARK_THEME.sea), { timeout: 30_000 }).toBeGreaterThan(0.1);
      } finally {
        host.close();
      }
    });

    it('compares two dates: both maps drawn, the United Kingdom a member on one side only', async () => {
      await app.openComparison('?v=1&date=2015-09&compare=2015-09,2024-06&cam=-1.6,52.6,4.5');
      const screen = await app.screen();
      const ukA = app.colourAt(screen, await app.pointOnMap([-2.6, 52.6], 'a'));
      const ukB = app.colourAt(screen, await app.pointOnMap([-0.6, 52.6], 'b'));
      const netherlands = app.colourAt(screen, await app.pointOnMap([5.8, 52.6], 'b'));
      expect(colourDistance(ukA, DEFAULT_THEME.eu), `${engine}: UK in 2015 ${ukA}`).toBeLessThanOrEqual(12);
      expect(colourDistance(netherlands, DEFAULT_THEME.eu), `${engine}: Netherlands in 2024 ${netherlands}`).toBeLessThanOrEqual(12);
      expect(colourDistance(ukB, DEFAULT_THEME.eu), `${engine}: UK in 2024 ${ukB}`).toBeGreaterThan(12);
    });

    it('draws the single-file build from file://, in Arabic laid out right to left', async () => {
      await app.openMap(`${SINGLE_FILE}?lang=ar&date=2015-09&sel=country:NE`);
      const look = await app.lookAtMap();
      expectBasemapVisible(`${engine} single file`, look, DEFAULT_THEME);
      expect(await app.pageDirection()).toEqual({ lang: 'ar', dir: 'rtl' });
      await app.waitForText('#side-panel h2', 'النيجر');
      // Right to left the side panel stands left of the map.
      const [panel, region] = await app.boxes(['#side-panel', '#map-region']);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(region!.x + 1);
      expect(await app.text('[data-testid="timeline-date"]')).toBe('سبتمبر 2015');
    });
  });
}
