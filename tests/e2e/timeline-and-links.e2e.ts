// The timeline, the filters and shareable links in the browser.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { fundingCountries } from '../../src/selectors/funding';
import { LAYER } from '../../src/map/ids';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { formatEur } from '../../src/i18n/format';
import { statusAt } from '../../src/selectors/time';

const baseUrl = inject('baseUrl');
const model = loadDataset();
const views = createViewSelectors(model);

async function setDate(map: MapDriver, date: string): Promise<void> {
  await map.page.evaluate((d) => (window as unknown as { __store: { getState(): { setDate(x: string): void } } }).__store.getState().setDate(d), date);
  await map.waitForIdle();
}

describe('timeline and filters', () => {
  let map: MapDriver;
  beforeAll(async () => {
    map = await launch(baseUrl, { width: 1400, height: 860 });
    await map.open('?cam=25,40,2.6');
  });
  afterAll(async () => {
    await map.close();
  });

  it('hides agreements of later years in 2014 and shows Belarus suspended in 2021 (hatched)', async () => {
    await setDate(map, '2014-06');
    const partners2014 = await map.renderedFeatureIds(LAYER.partnerFill, 'iso2');
    const laterOnly = model.dataset.agreements.filter((a) => !statusAt(a.status, '2014-06') && a.partners.length === 1).flatMap((a) => a.partners);
    const countriesWithNothingIn2014 = laterOnly.filter((c) => !views.partners({ ...defaultState(), time: { ...defaultState().time, date: '2014-06' } }).some((p) => p.iso2 === c));
    expect(countriesWithNothingIn2014.length).toBeGreaterThan(0);
    for (const c of countriesWithNothingIn2014) expect(partners2014).not.toContain(c);
    await expect(map.page.getByTestId('timeline-date').innerText()).resolves.toBe('June 2014');

    await setDate(map, '2021-12');
    const hatched = await map.renderedFeatureIds('partner-hatch', 'iso2');
    expect(hatched).toContain('BY');
    expect(await map.page.locator('[data-legend="partners-suspended"]').count()).toBe(1);
  });

  it('filters on one instrument: the arcs and the chart total of each kind follow', async () => {
    await setDate(map, '2015-09');
    const state = { ...defaultState(), time: { ...defaultState().time, date: '2015-09' }, filters: { ...defaultState().filters, instruments: ['humanitarian-aid'] } };
    const expected = views.fundingSummary(state).byKind;
    expect(expected.map((k) => k.kind)).toEqual(['humanitarian']);
    expect(expected[0]!.amount).toBeGreaterThan(0);
    await map.page.locator('summary', { hasText: 'Instrument' }).click();
    await map.page.locator('input[data-filter="instruments:humanitarian-aid"]').check();
    await map.waitForIdle();
    await expect.poll(() => map.page.getByTestId('funding-total-humanitarian').innerText()).toContain(formatEur('en', expected[0]!.amount));
    await expect(map.page.locator('[data-testid^="funding-total-"]').count()).resolves.toBe(1);
    const arcs = await map.renderedFeatureIds(LAYER.fundingArcs);
    const drawn = views.fundingDrawn(state).filter((f) => fundingCountries(f).length > 0).map((f) => f.id).sort();
    expect(arcs.every((id) => drawn.includes(id))).toBe(true);
    expect(arcs.length).toBe(drawn.length);
    await expect(map.page.locator('.chip', { hasText: 'Humanitarian' }).count()).resolves.toBe(1);
    await expect.poll(() => new URL(map.page.url()).searchParams.get('instrument')).toBe('humanitarian-aid');
  });

  it('a copied link opened in a new page shows the same selection, date and camera', async () => {
    await map.page.evaluate(() => {
      const s = (window as unknown as { __store: { getState(): { select(x: unknown): void; setCamera(c: unknown, o: string): void } } }).__store.getState();
      s.select({ kind: 'country', id: 'TR' });
      s.setCamera({ lon: 33.5, lat: 39.2, zoom: 4.2 }, 'app');
    });
    await map.waitForIdle();
    await map.page.waitForTimeout(400); // the URL is written 250 ms after the last change
    const link = map.page.url();
    const other = await launch(baseUrl, { width: 1400, height: 860 });
    try {
      await other.open(link.slice(baseUrl.length));
      await expect.poll(() => other.panelTitle()).toBe('Türkiye');
      await expect(other.page.getByTestId('timeline-date').innerText()).resolves.toBe('September 2015');
      const cam = await other.page.evaluate(() => {
        const m = (window as unknown as { __map: { getCenter(): { lng: number; lat: number }; getZoom(): number } }).__map;
        return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
      });
      expect(cam.lon).toBeCloseTo(33.5, 1);
      expect(cam.lat).toBeCloseTo(39.2, 1);
      expect(cam.zoom).toBeCloseTo(4.2, 1);
      const filters = await other.page.evaluate(() => (window as unknown as { __store: { getState(): { filters: { instruments: string[] } } } }).__store.getState().filters.instruments);
      expect(filters).toEqual(['humanitarian-aid']);
    } finally {
      await other.close();
    }
  });

  it('back walks the history of meaningful changes', async () => {
    const before = map.page.url();
    await map.page.evaluate(() => (window as unknown as { __store: { getState(): { select(x: unknown): void } } }).__store.getState().select({ kind: 'country', id: 'NE' }));
    await expect.poll(() => map.panelTitle()).toBe('Niger');
    await map.page.waitForTimeout(400);
    await map.page.goBack();
    await expect.poll(() => map.panelTitle()).toBe('Türkiye');
    expect(new URL(map.page.url()).searchParams.get('sel')).toBe(new URL(before).searchParams.get('sel'));
  });

  it('a malformed link falls back to the default and says so', async () => {
    const other = await launch(baseUrl);
    try {
      await other.open('?date=2015-99&sel=country:ZZ&bogus=1');
      const notices = await other.page.locator('.notice').allInnerTexts();
      // Each notice names its parameter, never the link's own text.
      expect(notices.some((n) => n.includes('“date”'))).toBe(true);
      expect(notices.some((n) => n.includes('“sel”'))).toBe(true);
      expect(notices.some((n) => n.includes('“bogus”'))).toBe(true);
      expect(notices.filter((n) => n.includes('2015-99') || n.includes('ZZ'))).toEqual([]);
      await expect(other.page.getByTestId('timeline-date').innerText()).resolves.toBe('September 2015');
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
