// e2e verbs for the comparison of two dates (issue 19): open it by link, read the change list, use the divider with
// the keyboard, look at the screen on either side of it. A driver file: it touches Playwright and the test handles.
import type { Page } from 'playwright-core';
import type { MapDriver } from './driver';
import { screenColour, type Rgb } from './colours';

type Side = 'a' | 'b';

interface CompareMapsHandle {
  a?: { once(e: string, f: () => void): void; triggerRepaint(): void; project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement; getCenter(): { lng: number; lat: number }; getZoom(): number; queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }> };
  b?: CompareMapsHandle['a'];
}

export interface ChangeItem {
  key: string;
  type: string;
  date: string;
  text: string;
}

async function waitForBothIdle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      (['a', 'b'] as const).map(
        (side) =>
          new Promise<void>((resolve) => {
            const map = (window as unknown as { __compareMaps: CompareMapsHandle }).__compareMaps[side]!;
            map.once('idle', () => resolve());
            map.triggerRepaint();
          }),
      ),
    ),
  );
}

export interface CompareDriver {
  /** Opens a link with `compare=A,B` and waits until both maps are drawn (and the change list, unless in briefing mode). */
  openComparison(query: string, options?: { changeList?: boolean }): Promise<void>;
  /** The two labels over the maps, A then B. */
  sideLabels(): Promise<[string, string]>;
  /** The change list's heading. */
  changeListTitle(): Promise<string>;
  /** Every change in the list, in its order, with the section it is in. */
  changes(): Promise<ChangeItem[]>;
  /** The funding sections by kind of amount: the kind's heading and the keys of its changes. */
  fundingGroups(): Promise<Array<{ stage: string; heading: string; keys: string[] }>>;
  /** Opens the source of a change and returns what it shows (the quote and document, or the background reference). */
  sourceOf(key: string): Promise<{ kind: 'quote' | 'background'; text: string }>;
  /** Clicks "Show on the map" of a change, waits for both maps to settle, and returns what the address bar then selects (`sel=kind:id`). */
  showOnMap(key: string): Promise<{ kind: string; id: string } | null>;
  /** The ids of the features a layer draws on one side. */
  renderedOn(side: Side, layer: string, property?: string): Promise<string[]>;
  /** The divider's position in percent, from its slider value. */
  dividerPosition(): Promise<number>;
  /** Focuses the divider and presses a key on it. */
  pressOnDivider(key: string): Promise<void>;
  /** The screen position of a lon/lat (both maps share one camera). */
  projectOnScreen(lon: number, lat: number): Promise<{ x: number; y: number }>;
  /** The position of a lon/lat on the map canvas, in CSS pixels from its top-left corner. */
  projectOnCanvas(lon: number, lat: number): Promise<{ x: number; y: number }>;
  /** The colour a person sees at a screen point, after both maps settle. */
  colourAt(at: { x: number; y: number }): Promise<Rgb>;
  /** Whether the two maps show the same camera. */
  camerasMatch(): Promise<boolean>;
  /** The text of the notices. */
  noticesText(): Promise<string>;
  /** The height in page pixels of each side's map, A then B, and how many "Zoom in" buttons the two show together. */
  sideHeights(): Promise<{ a: number; b: number; zoomButtons: number }>;
  /** The comparison line of the briefing step card ('' when the step is not a comparison). */
  storyComparison(): Promise<string>;
  /** Opens the data table and returns the change table's rows (detail, change, source). */
  changeTableRows(): Promise<Array<{ key: string; cells: string[] }>>;
  /** Clicks a button of the change table and returns the file the browser saves. */
  downloadFromChangeTable(name: 'CSV' | 'PNG'): Promise<Buffer>;
  /** Whether each side's label (A, then B) is in sight: drawn on top, no map control over it. */
  labelsInSight(): Promise<[boolean, boolean]>;
}

export function compareDriver(driver: MapDriver): CompareDriver {
  const page = driver.page;
  const list = page.locator('[data-testid="compare-changes"]');
  const item = (key: string) => list.locator(`[data-change-key="${key}"]`);
  const verbs: CompareDriver = {
    async openComparison(query, { changeList = true } = {}) {
      await driver.openPage(query);
      await page.waitForFunction(() => {
        const maps = (window as unknown as { __compareMaps?: CompareMapsHandle }).__compareMaps;
        return Boolean(maps?.a && maps.b);
      }, null, { timeout: 30_000 });
      await waitForBothIdle(page);
      if (changeList) await list.waitFor({ timeout: 10_000 });
    },
    async sideLabels() {
      return [await page.getByTestId('compare-label-a').innerText(), await page.getByTestId('compare-label-b').innerText()];
    },
    async changeListTitle() {
      return (await list.locator('h2').first().innerText()).trim();
    },
    async changes() {
      return list.locator('[data-change-key]').evaluateAll((els) =>
        els.map((el) => ({
          key: el.getAttribute('data-change-key') ?? '',
          type: el.getAttribute('data-change-type') ?? '',
          date: (el.querySelector('.compare-change-date') as HTMLElement | null)?.innerText.trim() ?? '',
          text: (el.querySelector('.compare-change-text') as HTMLElement | null)?.innerText.trim() ?? '',
        })),
      );
    },
    async fundingGroups() {
      return list.locator('[data-funding-stage]').evaluateAll((els) =>
        els.map((el) => ({
          stage: el.getAttribute('data-funding-stage') ?? '',
          heading: (el.querySelector('h4') as HTMLElement | null)?.innerText.trim() ?? '',
          keys: [...el.querySelectorAll('[data-change-key]')].map((li) => li.getAttribute('data-change-key') ?? ''),
        })),
      );
    },
    async sourceOf(key) {
      const li = item(key);
      await li.locator('.source-toggle').first().click();
      const body = li.locator('.source-body').first();
      const kind = (await body.getAttribute('data-citation')) === 'background' ? 'background' : 'quote';
      return { kind, text: (await body.innerText()).trim() };
    },
    async showOnMap(key) {
      await item(key).getByRole('button', { name: /Show on the map/ }).click();
      // The fly-to takes about a second; both maps settle after it.
      await page.waitForTimeout(1500);
      await waitForBothIdle(page);
      const sel = new URL(await driver.currentAddress()).searchParams.get('sel');
      if (!sel) return null;
      const at = sel.indexOf(':');
      return { kind: sel.slice(0, at), id: sel.slice(at + 1) };
    },
    async renderedOn(side, layer, property = 'id') {
      return page.evaluate(
        ([s, l, p]) => {
          const map = (window as unknown as { __compareMaps: CompareMapsHandle }).__compareMaps[s as Side]!;
          return [...new Set(map.queryRenderedFeatures({ layers: [l as string] }).map((f) => String(f.properties[p as string])))].sort();
        },
        [side, layer, property],
      );
    },
    async dividerPosition() {
      return Number(await page.getByTestId('compare-divider').getAttribute('aria-valuenow'));
    },
    async pressOnDivider(key) {
      const slider = page.getByTestId('compare-divider');
      await slider.focus();
      await slider.press(key);
    },
    async projectOnScreen(lon, lat) {
      return page.evaluate(
        ([lo, la]) => {
          const map = (window as unknown as { __compareMaps: CompareMapsHandle }).__compareMaps.a!;
          const p = map.project([lo as number, la as number]);
          const rect = map.getCanvas().getBoundingClientRect();
          return { x: rect.left + p.x, y: rect.top + p.y };
        },
        [lon, lat],
      );
    },
    async projectOnCanvas(lon, lat) {
      return page.evaluate(([lo, la]) => (window as unknown as { __compareMaps: CompareMapsHandle }).__compareMaps.a!.project([lo as number, la as number]), [lon, lat]);
    },
    async colourAt(at) {
      await waitForBothIdle(page);
      return screenColour(page, at);
    },
    async camerasMatch() {
      return page.evaluate(() => {
        const { a, b } = (window as unknown as { __compareMaps: CompareMapsHandle }).__compareMaps;
        if (!a || !b) return false;
        const ca = a.getCenter();
        const cb = b.getCenter();
        return Math.abs(ca.lng - cb.lng) < 1e-6 && Math.abs(ca.lat - cb.lat) < 1e-6 && Math.abs(a.getZoom() - b.getZoom()) < 1e-6;
      });
    },
    async noticesText() {
      return (await page.locator('.notices').allInnerTexts()).join('\n');
    },
    async sideHeights() {
      const height = async (side: Side): Promise<number> => (await page.getByTestId(`compare-side-${side}`).boundingBox())?.height ?? 0;
      const zoomButtons = await page.getByTestId('compare-maps').getByRole('button', { name: 'Zoom in' }).filter({ visible: true }).count();
      return { a: await height('a'), b: await height('b'), zoomButtons };
    },
    async storyComparison() {
      const line = page.getByTestId('story-compare');
      return (await line.count()) ? (await line.innerText()).trim() : '';
    },
    async changeTableRows() {
      if (!(await page.getByTestId('compare-table').count())) await page.getByRole('button', { name: 'Data table' }).click();
      const table = page.getByTestId('compare-table');
      await table.waitFor({ timeout: 10_000 });
      return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ key: tr.getAttribute('data-change-key') ?? '', cells: [...tr.querySelectorAll('td, th')].map((cell) => (cell as HTMLElement).innerText.trim()) })));
    },
    async downloadFromChangeTable(name) {
      const download = page.waitForEvent('download', { timeout: 30_000 });
      await page.getByTestId('compare-table').getByRole('button', { name: new RegExp(name) }).click();
      const file = await (await download).path();
      const { readFileSync } = await import('node:fs');
      return readFileSync(file);
    },
    labelsInSight: async () => [await driver.isOnTop('[data-testid="compare-label-a"]'), await driver.isOnTop('[data-testid="compare-label-b"]')],
  };
  return verbs;
}
