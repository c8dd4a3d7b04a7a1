// Overlays and dossiers in the browser: what is drawn matches the selectors, and a click opens the right dossier.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { LAYER } from '../../src/map/ids';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { countryDossier } from '../../src/selectors/dossier';
import { fundingCountries } from '../../src/selectors/funding-countries';
import { totalAmountText } from '../../src/i18n/standing';

const baseUrl = inject('baseUrl');
const model = loadDataset();
const views = createViewSelectors(model);
const state = defaultState();

describe('overlays in the default view', () => {
  let map: MapDriver;
  beforeAll(async () => {
    map = await launch(baseUrl, { width: 1600, height: 900 });
    await map.open('?cam=15,30,2.3');
  });
  afterAll(async () => {
    await map.close();
  });

  it('draws the four routes of the documents and the missions the Communication of September 2015 states, by hand', async () => {
    // data/routes.json: the four routes the documents describe as routes, all stated by September 2015 (the default date).
    expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual(['central-mediterranean', 'eastern-mediterranean', 'sahel-libya', 'western-balkans']);
    const missions = await map.renderedFeatureIds(LAYER.missionsSymbols);
    // EUCAP Sahel Niger and its Agadez office, EUNAVFOR MED: in the Communication of September 2015. The Frontex joint
    // operations come with the status agreements of 2019 to 2023.
    for (const id of ['eucap-sahel-niger', 'eucap-sahel-niger-agadez-field-office', 'eunavfor-med']) expect(missions).toContain(id);
    expect(missions.filter((id) => id.startsWith('frontex-joint-operation'))).toEqual([]);
  });

  it('draws every route, mission, funding arc and partner the selectors give for the default date', async () => {
    const routes = views.routes(state).map((r) => r.route.id).sort();
    const missions = views.missions(state).map((m) => m.id).sort();
    const partners = views.partners(state).map((p) => p.iso2).sort();
    expect(routes.length).toBeGreaterThanOrEqual(3);
    expect(missions.length).toBeGreaterThanOrEqual(5);
    expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual(routes);
    expect(await map.renderedFeatureIds(LAYER.missionsSymbols)).toEqual(missions);
    const partnerIds = await map.renderedFeatureIds(LAYER.partnerFill, 'iso2');
    // Hong Kong and Macao may be too small to render at this zoom; every rendered one must be expected.
    expect(partnerIds.every((id) => partners.includes(id))).toBe(true);
    expect(partnerIds.length).toBeGreaterThanOrEqual(partners.length - 2);
    const arcs = await map.renderedFeatureIds(LAYER.fundingArcs);
    const drawn = views.fundingDrawn(state).filter((f) => fundingCountries(f).length > 0).map((f) => f.id).sort();
    expect(arcs).toEqual(drawn);
    await map.screenshot('test-results/overlays-default.png');
  });

  it('stays equal to the selectors after stepping month by month (updateData diffs add up)', async () => {
    // 2014-01 to 2016-12 one month at a time on the slider's arrow keys, then back to 2015-06: missions, amounts and
    // partners come and go.
    await map.dragTimelineTo('2014-01');
    await map.pressKeys(...Array<string>(35).fill('ArrowUp'));
    await expect.poll(() => map.timelineDate()).toBe('December 2016');
    await map.pressKeys(...Array<string>(18).fill('ArrowDown'));
    await expect.poll(() => map.timelineDate()).toBe('June 2015');
    await map.waitForIdle();
    // By hand: in June 2015 EUNAVFOR MED is drawn (launched that month), EUCAP Sahel Niger not yet (its source is of September).
    const june = await map.renderedFeatureIds(LAYER.missionsSymbols);
    expect(june).toContain('eunavfor-med');
    expect(june).not.toContain('eucap-sahel-niger');
    const at = { ...state, time: { ...state.time, date: '2015-06' } };
    expect(await map.renderedFeatureIds(LAYER.missionsSymbols)).toEqual(views.missions(at).map((m) => m.id).sort());
    expect(await map.renderedFeatureIds(LAYER.fundingArcs)).toEqual(views.fundingDrawn(at).filter((f) => fundingCountries(f).length > 0).map((f) => f.id).sort());
    const partners = views.partners(at).map((p) => p.iso2);
    const partnerIds = await map.renderedFeatureIds(LAYER.partnerFill, 'iso2');
    expect(partnerIds.every((id) => partners.includes(id))).toBe(true);
    expect(partnerIds.length).toBeGreaterThanOrEqual(partners.length - 2);
    await map.dragTimelineTo('2015-09');
    await map.waitForIdle();
  });

  it('removes a layer and its legend entry when it is switched off', async () => {
    await expect(map.legendEntryCount('routes')).resolves.toBe(1);
    await map.setCheckbox(/^Routes$/, false);
    await map.waitForIdle();
    expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual([]);
    await expect(map.legendEntryCount('routes')).resolves.toBe(0);
    await map.setCheckbox(/^Routes$/, true);
    await map.waitForIdle();
    expect((await map.renderedFeatureIds(LAYER.routesLine)).length).toBeGreaterThan(0);
  });

  it('opens the Niger dossier with EUCAP Sahel Niger and the Agadez centre, each with its source quote', async () => {
    await map.clickAt(12.5, 17.8);
    await expect.poll(() => map.panelTitle()).toBe('Niger');
    const eucap = 'EUCAP Sahel Niger';
    await expect(map.seesDossierItem(eucap)).resolves.toBe(true);
    const centre = /multipurpose centre/i;
    await expect(map.seesDossierItem(centre)).resolves.toBe(true);
    for (const item of [eucap, centre]) {
      const quote = (await map.readSourceOf(item)).replace(/[“”]/g, '');
      const mission = [...model.missions.values()].find((m) => m.sources.some((s) => 'quote' in s && quote.includes(s.quote.slice(0, 30))));
      expect(mission, `quote shown: ${quote}`).toBeDefined();
    }
    await map.screenshot('test-results/dossier-niger.png');
  });

  it('lists the funding amounts for Türkiye with the right total', async () => {
    await map.pressKeys('Escape');
    await map.searchFor('Turkey');
    await expect.poll(() => map.panelTitle()).toBe('Türkiye');
    const dossier = countryDossier(model, 'TR', state.time.date)!;
    expect(dossier.funding.length).toBeGreaterThan(0);
    const funding = await map.dossierFunding();
    const totals = funding.totals.join('\n');
    expect(dossier.fundingSummary.totals.length).toBeGreaterThan(0);
    for (const k of dossier.fundingSummary.totals) expect(totals).toContain(totalAmountText('en', k));
    expect(funding.totals).toHaveLength(dossier.fundingSummary.totals.length);
    expect(funding.items).toHaveLength(dossier.funding.length + dossier.sharedFunding.length);
    expect(map.foreignRequests).toEqual([]);
    expect(map.consoleErrors).toEqual([]);
  });

  it('dims the rest when a route is selected and Escape clears it', async () => {
    await map.pressKeys('Escape');
    const route = views.routes(state)[0]!;
    await map.givenLinkParams({ sel: `route:${route.route.id}` });
    await expect.poll(() => map.panelTitle()).toBe(route.route.name);
    expect(await map.dossierShown()).toBe(true);
    await map.pressKeys('Escape');
    await expect.poll(() => map.dossierShown()).toBe(false);
  });
});
