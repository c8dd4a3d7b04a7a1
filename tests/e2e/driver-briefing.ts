// Driver verbs for briefing mode: the projector window (the page) and the presenter window it opens with P, the keys of a
// clicker, the messages between the two windows, how each fits its screen, and the printed handout.
import type { Page } from 'playwright-core';
import type { Session } from './driver-handles';
import { waitForMapDrawn } from './driver-screen';
import { decodePng } from './png';
import { countColour } from './pixels';

export type BriefingWindow = 'projector' | 'presenter';

export interface BriefingVerbs {
  /** Presses the key P in briefing mode and waits for the presenter window to show a step. */
  openPresenterWindow(): Promise<void>;
  /** Presses a key (a clicker sends PageDown/PageUp) in the projector window or in the presenter window. */
  pressKey(window: BriefingWindow, key: string): Promise<void>;
  /** The title of the step a window shows ('' when it shows none). */
  stepTitle(window: BriefingWindow): Promise<string>;
  /** The step counter of the projector's story card ("2 / 5"). */
  storyCounter(): Promise<string>;
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
  /** What a window shows at its size: the body text's size in px, and elements that stick out of the viewport. */
  measureWindow(window: BriefingWindow): Promise<{ bodyPx: number; outside: string[] }>;
  /** Asks for the handout as a person would (Ctrl+P or the button), waits for it and for the print dialog, and returns the A4 PDF the browser prints. */
  printHandout(via: 'keys' | 'button'): Promise<Buffer>;
  /** The A4 PDF the browser prints of the page as it is (print media). */
  printPage(): Promise<Buffer>;
  /**
   * Pixels of a colour that the map draws in its region, read with the legend made invisible for a moment (`drawn`),
   * and how many of them lie inside the legend's box (`underLegend`): what the open legend hides of it.
   */
  colourUnderLegend(hex: string): Promise<{ drawn: number; underLegend: number }>;
  /** The names of the buttons a person sees on the projector's story card (none while a presenter window drives it). */
  storyCardButtons(): Promise<string[]>;
}

export function briefingVerbs(s: Session): BriefingVerbs {
  const { page, context, consoleErrors } = s;
  let presenter: Page | null = null;
  const windowPage = (which: BriefingWindow): Page => {
    if (which === 'projector') return page;
    if (!presenter) throw new Error('no presenter window: call openPresenterWindow first');
    return presenter;
  };
  return {
    async colourUnderLegend(hex) {
      const region = page.locator('.map-region');
      const legend = page.locator('details.legend');
      const [regionBox, legendBox] = await Promise.all([region.boundingBox(), legend.boundingBox()]);
      if (!regionBox || !legendBox) throw new Error('no map region or no legend on the page');
      await legend.evaluate((el) => void ((el as HTMLElement).style.visibility = 'hidden'));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shot = decodePng(await region.screenshot({ animations: 'disabled', caret: 'hide' }));
      await legend.evaluate((el) => void ((el as HTMLElement).style.visibility = ''));
      // The legend's box in the screenshot's pixels (the screenshot may be at the device pixel ratio).
      const scale = shot.width / regionBox.width;
      const x0 = Math.max(0, Math.floor((legendBox.x - regionBox.x) * scale));
      const y0 = Math.max(0, Math.floor((legendBox.y - regionBox.y) * scale));
      const x1 = Math.min(shot.width, Math.ceil((legendBox.x + legendBox.width - regionBox.x) * scale));
      const y1 = Math.min(shot.height, Math.ceil((legendBox.y + legendBox.height - regionBox.y) * scale));
      const inside: number[] = [];
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) for (let c = 0; c < 4; c++) inside.push(shot.data[(y * shot.width + x) * 4 + c]!);
      return { drawn: countColour(shot.data, hex), underLegend: countColour(inside, hex) };
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
    async printPage() {
      return page.pdf({ format: 'A4', printBackground: true });
    },
    async presenterPageText() {
      return windowPage('presenter').locator('body').innerText();
    },
    storyCounter: async () => (await page.getByTestId('story-counter').innerText()).trim(),
    async storyCardButtons() {
      // The card is the article the step's title names; getByRole leaves out buttons that are not displayed.
      const card = page.getByRole('article').filter({ has: page.locator('#story-step-title') });
      return (await card.getByRole('button').allInnerTexts()).map((name) => name.trim());
    },
  };
}
