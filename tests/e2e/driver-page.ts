// Driver verbs for what a person does with the page as a whole: reads a text, counts what is shown, presses a button or
// a key, looks at the colours of the screen. Selectors are CSS (Playwright's :has-text() and `>> nth=` work too).
import type { Session } from './driver-handles';
import { screenColour, type Rgb } from './colours';
import type { Region } from './pixels';
import { screenPixels } from './screen';

export interface PageVerbs {
  /** How many elements match, in the app the verbs look at (the page's own, or the embedded map's). */
  countOf(selector: string): Promise<number>;
  /** Visible text of the first element matching (empty when there is none, without waiting). */
  textOf(selector: string): Promise<string>;
  /** Visible text of the first element matching, once it is there. */
  waitForText(selector: string): Promise<string>;
  /** The text content of the first element matching, shown or hidden, once it is there. */
  textContentOf(selector: string): Promise<string | null>;
  /** Visible text of every element matching. */
  textsOf(selector: string): Promise<string[]>;
  /** One attribute of every element matching ('' where it is absent), in document order. */
  attributesOf(selector: string, attribute: string): Promise<string[]>;
  /** Several attributes of every element matching, one row per element. */
  attributeRows(selector: string, attributes: string[]): Promise<string[][]>;
  /** One attribute of the first element matching, once it is there. */
  attributeOf(selector: string, attribute: string): Promise<string | null>;
  /** A computed style property (camelCase) of the first element matching. */
  styleOf(selector: string, property: 'backgroundColor' | 'fontSize' | 'color'): Promise<string>;
  /** The box of the first element matching in page pixels, or null when it is not displayed. */
  boxOf(selector: string): Promise<Region | null>;
  isVisible(selector: string): Promise<boolean>;
  /** Whether the first element matching is the topmost thing drawn at its middle and near each of its corners: in sight, not under another element. */
  isOnTop(selector: string): Promise<boolean>;
  /** Waits until an element matching is in the page (attached) or shown (visible). */
  waitFor(selector: string, options?: { state?: 'attached' | 'visible'; timeout?: number }): Promise<void>;
  /** Clicks the element matching, as a person would. */
  click(selector: string): Promise<void>;
  /** Clicks the first button with this accessible name. */
  pressButton(name: string | RegExp): Promise<void>;
  /** Presses keys one after the other on whatever has the focus, as a person at the keyboard (e.g. 'Tab', 'Shift+Tab'). */
  pressKeys(...keys: string[]): Promise<void>;
  /** Types text into whatever has the focus. */
  typeText(text: string): Promise<void>;
  /** The address the page shows. */
  currentAddress(): Promise<string>;
  /** The browser's back button. */
  goBack(): Promise<void>;
  /** Waits as a person would before looking again (for debounced writes such as the address). */
  pause(ms: number): Promise<void>;
  /** Tells the page which colour scheme the system prefers. */
  preferColourScheme(scheme: 'dark' | 'light'): Promise<void>;
  /** RGBA bytes of a region of the page as displayed, in CSS pixels. */
  screenPixels(region: Region): Promise<number[]>;
  /** RGBA bytes of the map region (the layout's slot for the map) as displayed. */
  mapRegionPixels(): Promise<number[]>;
  /** The median colour of a small square of the screen around a page point. */
  screenColour(at: { x: number; y: number }): Promise<Rgb>;
  /** Saves a picture of the whole page. */
  screenshot(path: string): Promise<void>;
  /** Sets the window's size, as a person resizing the browser or a projector's resolution would. */
  resize(width: number, height: number): Promise<void>;
  /** Whether the app's page is dark: its background darker than its text (computed colours, as displayed). */
  looksDark(): Promise<boolean>;
  /** All the text the page shows, as read. */
  pageText(): Promise<string>;
  /** Every alert shown (role="alert"): its text and the names of the buttons it offers. */
  alerts(): Promise<Array<{ text: string; buttons: string[] }>>;
  /** The page's first level-1 heading ('' when there is none). */
  mainHeading(): Promise<string>;
  /** The text of the part of the page with this accessible name (the 'Details' panel, the 'Timeline'...), '' when there is none. */
  textOfPart(name: string): Promise<string>;
  /** Whether the part of the page with this accessible name is shown. */
  partShown(name: string): Promise<boolean>;
}

export function pageVerbs(s: Session): PageVerbs {
  const first = (selector: string) => s.view().locator(selector).first();
  const verbs: PageVerbs = {
    countOf: (selector) => s.view().locator(selector).count(),
    async textOf(selector) {
      if ((await verbs.countOf(selector)) === 0) return '';
      return (await first(selector).innerText()).trim();
    },
    waitForText: async (selector) => (await first(selector).innerText()).trim(),
    textContentOf: (selector) => first(selector).textContent(),
    textsOf: (selector) => s.view().locator(selector).allInnerTexts(),
    attributesOf: (selector, attribute) => s.view().locator(selector).evaluateAll((els, a) => els.map((el) => el.getAttribute(a) ?? ''), attribute),
    attributeRows: (selector, attributes) => s.view().locator(selector).evaluateAll((els, list) => els.map((el) => list.map((a) => el.getAttribute(a) ?? '')), attributes),
    attributeOf: (selector, attribute) => first(selector).getAttribute(attribute),
    styleOf: (selector, property) => first(selector).evaluate((el, p) => getComputedStyle(el)[p], property),
    boxOf: (selector) => first(selector).boundingBox(),
    isVisible: (selector) => first(selector).isVisible(),
    isOnTop: (selector) =>
      first(selector).evaluate((el) => {
        // Hit-testing skips elements that take no pointer events (labels laid over a map): asked once with them on.
        const style = (el as HTMLElement).style;
        const before = style.pointerEvents;
        style.pointerEvents = 'auto';
        const r = el.getBoundingClientRect();
        const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]];
        const seen = points.every(([x, y]) => {
          const hit = document.elementFromPoint(x!, y!);
          return hit !== null && (hit === el || el.contains(hit));
        });
        style.pointerEvents = before;
        return seen;
      }),
    async waitFor(selector, options = {}) {
      await first(selector).waitFor({ state: options.state ?? 'visible', ...(options.timeout ? { timeout: options.timeout } : {}) });
    },
    async click(selector) {
      await s.view().locator(selector).click();
    },
    async pressButton(name) {
      await s.view().getByRole('button', { name }).first().click();
    },
    async pressKeys(...keys) {
      for (const key of keys) await s.page.keyboard.press(key);
    },
    async typeText(text) {
      await s.page.keyboard.type(text);
    },
    currentAddress: async () => s.view().url(),
    async goBack() {
      await s.page.goBack();
    },
    async pause(ms) {
      await s.page.waitForTimeout(ms);
    },
    async preferColourScheme(scheme) {
      await s.page.emulateMedia({ colorScheme: scheme });
    },
    screenPixels: (region) => screenPixels(s.page, region),
    async mapRegionPixels() {
      const box = await verbs.boxOf('#map-region');
      if (!box) throw new Error('no map region');
      return screenPixels(s.page, box);
    },
    screenColour: (at) => screenColour(s.page, at),
    async screenshot(path) {
      await s.page.screenshot({ path });
    },
    async resize(width, height) {
      await s.page.setViewportSize({ width, height });
    },
    looksDark: () =>
      s.view().evaluate(() => {
        const rgb = (css: string): number[] | null => {
          const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(css);
          return m && (m[4] === undefined || Number(m[4]) > 0) ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
        };
        const luminance = ([r, g, b]: number[]): number => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        const app = document.querySelector('.app') ?? document.body;
        // The first painted background from the app up (the browser's canvas is white when none is).
        let background: number[] = [255, 255, 255];
        for (let el: Element | null = app; el; el = el.parentElement) {
          const colour = rgb(getComputedStyle(el).backgroundColor);
          if (colour) {
            background = colour;
            break;
          }
        }
        return luminance(background) < luminance(rgb(getComputedStyle(app).color) ?? [0, 0, 0]);
      }),
    pageText: async () => (await s.view().locator('body').innerText()).trim(),
    async alerts() {
      const shown = s.view().getByRole('alert').filter({ visible: true });
      const out: Array<{ text: string; buttons: string[] }> = [];
      for (const alert of await shown.all()) {
        const buttons: string[] = [];
        for (const button of await alert.getByRole('button').all()) buttons.push(((await button.getAttribute('aria-label')) ?? (await button.innerText())).trim());
        out.push({ text: (await alert.innerText()).trim(), buttons });
      }
      return out;
    },
    async mainHeading() {
      const heading = s.view().getByRole('heading', { level: 1 });
      return (await heading.count()) ? ((await heading.first().textContent()) ?? '').trim() : '';
    },
    async textOfPart(name) {
      const part = s.view().getByLabel(name, { exact: true });
      return (await part.count()) ? (await part.first().innerText()).trim() : '';
    },
    partShown: (name) => s.view().getByLabel(name, { exact: true }).first().isVisible(),
  };
  return verbs;
}
