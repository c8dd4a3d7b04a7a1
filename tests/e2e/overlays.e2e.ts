// Overlays and dossiers in the browser: what is drawn matches the selectors, and a click opens the right dossier.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { LAYER } from '../../src/map/ids';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { countryDossier } from '../../src/selectors/dossier';
import { formatEur } from '../../src/i18n/format';
import { fundingCountries } from '../../src/selectors/funding';

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
    // 2014-01 to 2016-12 one month at a time, then back to 2015-06: missions, amounts and partners come and go.
    await map.page.evaluate(async () => {
      type S = { getState(): { setDate(d: string): void; stepDate(n: number): void } };
      const store = (window as unknown as { __store: S }).__store;
      store.getState().setDate('2014-01');
      for (let i = 0; i < 35; i++) {
        store.getState().stepDate(1);
        await new Promise((r) => setTimeout(r, 20));
      }
      for (let i = 0; i < 18; i++) {
        store.getState().stepDate(-1);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await map.waitForIdle();
    const at = { ...state, time: { ...state.time, date: '2015-06' } };
    expect(await map.renderedFeatureIds(LAYER.missionsSymbols)).toEqual(views.missions(at).map((m) => m.id).sort());
    expect(await map.renderedFeatureIds(LAYER.fundingArcs)).toEqual(views.fundingDrawn(at).filter((f) => fundingCountries(f).length > 0).map((f) => f.id).sort());
    const partners = views.partners(at).map((p) => p.iso2);
    const partnerIds = await map.renderedFeatureIds(LAYER.partnerFill, 'iso2');
    expect(partnerIds.every((id) => partners.includes(id))).toBe(true);
    expect(partnerIds.length).toBeGreaterThanOrEqual(partners.length - 2);
    await map.page.evaluate(() => (window as unknown as { __store: { getState(): { setDate(d: string): void } } }).__store.getState().setDate('2015-09'));
    await map.waitForIdle();
  });

  it('removes a layer and its legend entry when it is switched off', async () => {
    await expect(map.page.locator('[data-legend="routes"]').count()).resolves.toBe(1);
    await map.page.locator('input[data-layer="routes"]').click();
    await map.waitForIdle();
    expect(await map.renderedFeatureIds(LAYER.routesLine)).toEqual([]);
    await expect(map.page.locator('[data-legend="routes"]').count()).resolves.toBe(0);
    await map.page.locator('input[data-layer="routes"]').click();
    await map.waitForIdle();
    expect((await map.renderedFeatureIds(LAYER.routesLine)).length).toBeGreaterThan(0);
  });

  it('opens the Niger dossier with EUCAP Sahel Niger and the Agadez centre, each with its source quote', async () => {
    await map.clickAt(12.5, 17.8);
    await expect.poll(() => map.panelTitle()).toBe('Niger');
    const panel = map.page.locator('#side-panel');
    const eucap = panel.locator('li', { hasText: 'EUCAP Sahel Niger' }).first();
    await expect(eucap.isVisible()).resolves.toBe(true);
    const centre = panel.locator('li', { hasText: /multipurpose centre/i }).first();
    await expect(centre.isVisible()).resolves.toBe(true);
    for (const item of [eucap, centre]) {
      await item.locator('.source-toggle').first().click();
      const quote = (await item.locator('blockquote').first().innerText()).replace(/[“”]/g, '');
      const mission = [...model.missions.values()].find((m) => m.sources.some((s) => 'quote' in s && quote.includes(s.quote.slice(0, 30))));
      expect(mission, `quote shown: ${quote}`).toBeDefined();
    }
    await map.screenshot('test-results/dossier-niger.png');
  });

  it('lists the funding amounts for Türkiye with the right total', async () => {
    await map.page.keyboard.press('Escape');
    await map.page.locator('#country-search-input').fill('Turkey');
    await map.page.keyboard.press('Enter');
    await expect.poll(() => map.panelTitle()).toBe('Türkiye');
    const dossier = countryDossier(model, 'TR', state.time.date)!;
    expect(dossier.funding.length).toBeGreaterThan(0);
    const totals = await map.page.getByTestId('country-funding-total').innerText();
    expect(dossier.fundingSummary.byKind.length).toBeGreaterThan(0);
    for (const k of dossier.fundingSummary.byKind) expect(totals).toContain(formatEur('en', k.amount));
    expect(await map.page.locator('[data-testid="country-funding-total"] [data-kind]').count()).toBe(dossier.fundingSummary.byKind.length);
    const items = await map.page.locator('#side-panel .funding-list li').count();
    expect(items).toBe(dossier.funding.length + dossier.sharedFunding.length);
    expect(map.foreignRequests).toEqual([]);
    expect(map.consoleErrors).toEqual([]);
  });

  it('dims the rest when a route is selected and Escape clears it', async () => {
    await map.page.keyboard.press('Escape');
    const route = views.routes(state)[0]!;
    await map.page.evaluate((id) => {
      const url = new URL(location.href);
      url.searchParams.set('sel', `route:${id}`);
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, route.route.id);
    await expect.poll(() => map.panelTitle()).toBe(route.route.name);
    await map.page.keyboard.press('Escape');
    await expect.poll(() => map.page.locator('#side-panel h2').count()).toBe(0);
  });
});
