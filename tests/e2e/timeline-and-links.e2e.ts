// The timeline, the filters and shareable links in the browser.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { fundingCountries } from '../../src/selectors/funding-countries';
import { LAYER } from '../../src/map/ids';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { statusAt } from '../../src/selectors/time';
import { totalAmountText } from '../../src/i18n/standing';

const baseUrl = inject('baseUrl');
const model = loadDataset();
const views = createViewSelectors(model);

/** A person drags the timeline's slider to a month; the map redraws. */
async function setDate(map: MapDriver, date: string): Promise<void> {
  await map.dragTimelineTo(date);
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
    // By hand, from data/agreements.json: Belarus (visa facilitation from July 2020) and Nigeria (Common Agenda, 2015)
    // have nothing in June 2014; Türkiye's readmission agreement is not yet in force (1 October 2014), but others are.
    expect(partners2014).not.toContain('BY');
    expect(partners2014).not.toContain('NG');
    expect(partners2014).toContain('TR');
    await expect(map.timelineDate()).resolves.toBe('June 2014');

    await setDate(map, '2021-12');
    const hatched = await map.renderedFeatureIds('partner-hatch', 'iso2');
    expect(hatched).toContain('BY');
    expect(await map.legendEntryCount('partners-suspended')).toBe(1);
  });

  it('filters on one instrument: the arcs and the chart totals follow, one per stage, donor and period', async () => {
    await setDate(map, '2015-09');
    await expect(map.timelineDate()).resolves.toBe('September 2015');
    // By hand: in September 2015 the Eastern Mediterranean route is drawn.
    expect(await map.renderedFeatureIds(LAYER.routesLine)).toContain('eastern-mediterranean');
    const state = { ...defaultState(), time: { ...defaultState().time, date: '2015-09' }, filters: { ...defaultState().filters, instruments: ['humanitarian-aid'] } };
    const expected = views.fundingSummary(state).totals;
    // By hand: the four humanitarian amounts of September 2015 are of four stages or donors, so none is added to another.
    expect(expected.map((k) => [k.stage, k.donor]).sort()).toEqual([
      ['adopted', 'eu'],
      ['allocated', 'european-commission'],
      ['provided', 'eu'],
      ['provided', 'eu-and-member-states'],
    ]);
    await map.filterBy('Instrument', 'instruments:humanitarian-aid');
    await map.waitForIdle();
    await expect.poll(async () => (await map.fundingChart()).note).toContain('never across');
    const chart = await map.fundingChart();
    for (const k of expected) expect(chart.text).toContain(totalAmountText('en', k));
    expect(chart.text).toContain('at least €377,000,000');
    expect(chart.text).not.toMatch(/Total humanitarian/i);
    expect(chart.totals).toHaveLength(expected.length);
    expect(chart.totals).toContain('at least €377,000,000');
    const arcs = await map.renderedFeatureIds(LAYER.fundingArcs);
    const drawn = views.fundingDrawn(state).filter((f) => fundingCountries(f).length > 0).map((f) => f.id).sort();
    expect(arcs.every((id) => drawn.includes(id))).toBe(true);
    expect(arcs.length).toBe(drawn.length);
    expect(await map.activeFilters()).toEqual(['EU humanitarian aid']);
    await expect.poll(async () => new URL(await map.currentAddress()).searchParams.get('instrument')).toBe('humanitarian-aid');
  });

  it('a copied link opened in a new page shows the same selection, date and camera', async () => {
    await map.pickFromSearch('Türkiye', /^Türkiye$/);
    await expect.poll(() => map.panelTitle()).toBe('Türkiye');
    await map.givenCamera({ lon: 33.5, lat: 39.2, zoom: 4.2 });
    await map.waitForIdle();
    await map.pause(400); // the URL is written 250 ms after the last change
    const link = await map.currentAddress();
    const other = await launch(baseUrl, { width: 1400, height: 860 });
    try {
      await other.open(link.slice(baseUrl.length));
      await expect.poll(() => other.panelTitle()).toBe('Türkiye');
      await expect(other.timelineDate()).resolves.toBe('September 2015');
      const cam = await other.mapCamera();
      expect(cam.lon).toBeCloseTo(33.5, 1);
      expect(cam.lat).toBeCloseTo(39.2, 1);
      expect(cam.zoom).toBeCloseTo(4.2, 1);
      // The filter came with the link: closing the dossier shows it in force, and the chart's four humanitarian totals.
      await other.clickButton('Clear selection');
      await expect.poll(() => other.activeFilters()).toEqual(['EU humanitarian aid']);
      await expect.poll(async () => (await other.fundingChart()).totals).toHaveLength(4);
    } finally {
      await other.close();
    }
  });

  it('back walks the history of meaningful changes', async () => {
    const before = await map.currentAddress();
    await map.pickFromSearch('Niger', /^Niger$/);
    await expect.poll(() => map.panelTitle()).toBe('Niger');
    await map.pause(400);
    await map.goBack();
    await expect.poll(() => map.panelTitle()).toBe('Türkiye');
    expect(new URL(await map.currentAddress()).searchParams.get('sel')).toBe(new URL(before).searchParams.get('sel'));
  });

  it('a malformed link falls back to the default and says so', async () => {
    const other = await launch(baseUrl);
    try {
      await other.open('?date=2015-99&sel=country:ZZ&bogus=1');
      const notices = await other.noticesShown();
      // Each notice names its parameter and quotes at most a one-word value (docs/stories-and-links-safety.md).
      expect(notices).toEqual(['Link, bogus: not read by this map. Left out.', 'Link, date “2015-99”: not in the expected form. Left out.', 'Link, sel “country:ZZ”: names no record of this map. Left out.']);
      await expect(other.timelineDate()).resolves.toBe('September 2015');
      expect(other.consoleErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
