// The data table shows what the map shows for the date and filters, sorts, and closes.
import { describe, expect, inject, it } from 'vitest';
import { LEGEND } from '../../src/export/png';
import { DEFAULT_THEME } from '../../src/map/theme';
import { launch } from './driver';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';

const baseUrl = inject('baseUrl');
const views = createViewSelectors(loadDataset());

describe('data table', () => {
  it('lists the drawn records of the link state, sorts by a column and closes', async () => {
    const map = await launch(baseUrl, { width: 1400, height: 900 });
    try {
      await map.open('?table=1&date=2016-01');
      const state = { ...defaultState(), time: { ...defaultState().time, date: '2016-01' } };
      const tables = map.page.locator('.data-table');
      await expect.poll(() => tables.count()).toBe(11);
      expect(await tables.nth(1).locator('tbody tr').count()).toBe(views.partners(state).length);
      expect(await tables.nth(3).locator('tbody tr').count()).toBe(views.missions(state).length);
      // Every amount known at the date, each saying its kind and whether it is current: the table adds nothing up.
      expect(await tables.nth(4).locator('tbody tr').count()).toBe(views.funding(state).length);
      // Sources are named as readers know them: no seed file name anywhere in the table.
      expect(await map.page.locator('.data-table-panel').innerText()).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
      // The EU at the date, from the dated records: 28 members in January 2016, the United Kingdom among them.
      expect(await tables.nth(7).locator('tbody tr').count()).toBe(views.euMembers(state).length);
      expect(views.euMembers(state)).toHaveLength(28);
      expect(await tables.nth(7).innerText()).toContain('United Kingdom');
      const names = () => tables.nth(3).locator('tbody tr td:first-child').allInnerTexts();
      await tables.nth(3).locator('th button').first().click();
      const ascending = await names();
      expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
      await tables.nth(3).locator('th button').first().click();
      expect(await names()).toEqual([...ascending].reverse());
      const [png] = await Promise.all([map.page.waitForEvent('download'), map.page.getByRole('button', { name: 'Download PNG' }).click()]);
      const path = await png.path();
      const { readFileSync } = await import('node:fs');
      const bytes = readFileSync(path);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.length).toBeGreaterThan(20_000);
      // The drawn legend: the first entry's swatch (EU member states) in the map's EU colour, below the map.
      const swatch = await map.page.evaluate(
        async ({ png, swatchPx, rowPx }) => {
          const canvas = (window as unknown as { __map: { getCanvas(): HTMLCanvasElement } }).__map.getCanvas();
          const ratio = canvas.width / canvas.getBoundingClientRect().width || 1;
          // Decoded as an image, not fetched: the page's CSP allows data: images but no data: fetch.
          const image = new Image();
          image.src = `data:image/png;base64,${png}`;
          await image.decode();
          const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
          ctx.drawImage(image, 0, 0);
          const legendTop = Math.round(64 * ratio) + canvas.height + Math.round(12 * ratio);
          const x = Math.round(16 * ratio) + Math.round((swatchPx / 2) * ratio);
          const y = legendTop + Math.round(((rowPx - swatchPx) / 2 + swatchPx / 2) * ratio);
          return Array.from(ctx.getImageData(x, y, 1, 1).data.subarray(0, 3));
        },
        { png: bytes.toString('base64'), swatchPx: LEGEND.swatch, rowPx: LEGEND.rowHeight },
      );
      expect(swatch).toEqual([1, 3, 5].map((i) => parseInt(DEFAULT_THEME.eu.slice(i, i + 2), 16)));
      const [csv] = await Promise.all([map.page.waitForEvent('download'), map.page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(readFileSync(await csv.path(), 'utf8').split('\n')[0]).toBe('table,id,name,value,detail,sourceDocument,quote');
      await map.page.getByRole('button', { name: 'Close' }).first().click();
      await expect.poll(() => tables.count()).toBe(0);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
