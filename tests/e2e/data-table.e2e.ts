// The data table shows what the map shows for the date and filters, sorts, and closes.
import { describe, expect, inject, it } from 'vitest';
import { LEGEND } from '../../src/export/png';
import { DEFAULT_THEME } from '../../src/map/theme';
import { readFileSync } from 'node:fs';
import { launch } from './driver';
import { decodePng } from './png';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { ar } from '../../src/i18n/languages/ar/messages';

const baseUrl = inject('baseUrl');
const views = createViewSelectors(loadDataset());

describe('data table', () => {
  it('lists the drawn records of the link state, sorts by a column and closes', async () => {
    const map = await launch(baseUrl, { width: 1400, height: 900 });
    try {
      await map.open('?table=1&date=2016-01');
      const state = { ...defaultState(), time: { ...defaultState().time, date: '2016-01' } };
      await expect.poll(() => map.dataTableCount()).toBe(11);
      expect(await map.tableRowCount(1)).toBe(views.partners(state).length);
      expect(await map.tableRowCount(3)).toBe(views.missions(state).length);
      // Every amount known at the date, each saying its kind and whether it is current: the table adds nothing up.
      expect(await map.tableRowCount(4)).toBe(views.funding(state).length);
      // Sources are named as readers know them: no seed file name anywhere in the table.
      expect(await map.dataTableText()).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
      // The EU at the date, from the dated records: 28 members in January 2016, the United Kingdom among them.
      expect(await map.tableRowCount(7)).toBe(views.euMembers(state).length);
      expect(await map.tableRowCount(7)).toBe(28);
      expect(await map.tableText(7)).toContain('United Kingdom');
      // By hand, from data/missions.json and the Communication of September 2015 that states them: in January 2016 the
      // missions table lists EUCAP Sahel Niger and EUNAVFOR MED, and not yet the Frontex joint operation in Albania (2019).
      const missionsTable = await map.tableText(3);
      expect(missionsTable).toContain('EUCAP Sahel Niger');
      expect(missionsTable).toContain('EUNAVFOR MED');
      expect(missionsTable).not.toContain('Frontex joint operation in Albania');
      await map.sortTable(3);
      const ascending = await map.tableFirstColumn(3);
      expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
      await map.sortTable(3);
      expect(await map.tableFirstColumn(3)).toEqual([...ascending].reverse());
      const bytes = readFileSync(await map.downloadWith('Download PNG'));
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.length).toBeGreaterThan(20_000);
      // The drawn legend: the first entry's swatch (EU member states) in the map's EU colour, below the map.
      const canvas = await map.mapCanvasBuffer();
      const image = decodePng(bytes);
      const legendTop = Math.round(64 * canvas.ratio) + canvas.height + Math.round(12 * canvas.ratio);
      const x = Math.round(16 * canvas.ratio) + Math.round((LEGEND.swatch / 2) * canvas.ratio);
      const y = legendTop + Math.round(((LEGEND.rowHeight - LEGEND.swatch) / 2 + LEGEND.swatch / 2) * canvas.ratio);
      const at = (y * image.width + x) * 4;
      const swatch = Array.from(image.data.subarray(at, at + 3));
      expect(swatch).toEqual([1, 3, 5].map((i) => parseInt(DEFAULT_THEME.eu.slice(i, i + 2), 16)));
      expect(readFileSync(await map.downloadWith('Download CSV'), 'utf8').split('\n')[0]).toBe('table,id,name,value,detail,sourceDocument,quote');
      await map.pressButton('Close');
      await expect.poll(() => map.dataTableCount()).toBe(0);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });

  it('exports the PNG in Arabic with its legend mirrored: the first swatch at the right edge, not the left', async () => {
    const map = await launch(baseUrl, { width: 1400, height: 900 });
    try {
      await map.open('?table=1&date=2016-01&lang=ar');
      await expect.poll(() => map.dataTableCount()).toBe(11);
      const image = decodePng(readFileSync(await map.downloadWith(ar.downloadPng)));
      const canvas = await map.mapCanvasBuffer();
      const legendTop = Math.round(64 * canvas.ratio) + canvas.height + Math.round(12 * canvas.ratio);
      const fromEdge = Math.round(16 * canvas.ratio) + Math.round((LEGEND.swatch / 2) * canvas.ratio);
      const y = legendTop + Math.round(((LEGEND.rowHeight - LEGEND.swatch) / 2 + LEGEND.swatch / 2) * canvas.ratio);
      const colourAt = (x: number): number[] => Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3));
      const eu = [1, 3, 5].map((i) => parseInt(DEFAULT_THEME.eu.slice(i, i + 2), 16));
      console.log(`Arabic PNG ${image.width}x${image.height}: at the right edge ${colourAt(image.width - 1 - fromEdge).join(',')}, at the left ${colourAt(fromEdge).join(',')}`);
      expect(colourAt(image.width - 1 - fromEdge)).toEqual(eu);
      expect(colourAt(fromEdge)).not.toEqual(eu);
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
