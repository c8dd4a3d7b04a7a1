// What the public reads about a fact: the figures reach the countries they concern, sources are named as documents
// (title, publisher, EUR-Lex link) and never by file name, background facts carry no quotation marks, several sources
// sit behind one control, and names follow the reader's language.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { loadDataset } from '../../src/data/load';
import { countryDossier } from '../../src/selectors/dossier';
import { formatNumber } from '../../src/i18n/format';
import { LAYER } from '../../src/map/ids';

const baseUrl = inject('baseUrl');
const model = loadDataset();
const SEED_FILE_NAME = /\d{3}_[0-9a-f]{16}\.txt/;

describe('provenance and reach of the facts', () => {
  let map: MapDriver;
  beforeAll(async () => {
    map = await launch(baseUrl, { width: 1400, height: 900 });
  });
  afterAll(async () => {
    await map?.close();
  });

  it('shows the Eritrea figures in its dossier in 2015-09, quotes in English, sources by title with the EUR-Lex link', async () => {
    await map.open('?date=2015-09&sel=country:ER&layers=none');
    await expect.poll(() => map.panelTitle()).toBe('Eritrea');
    const figures = countryDossier(model, 'ER', '2015-09')!.figures;
    expect(figures.map((f) => f.id)).toEqual(expect.arrayContaining(['eritrean-asylum-applications-2014', 'eritrean-refugees-ethiopia-sudan']));
    for (const f of figures) await expect(map.waitForText(`#side-panel [data-figure="${f.id}"]`)).resolves.toContain(formatNumber('en', f.value));
    const item = '#side-panel [data-figure="eritrean-refugees-ethiopia-sudan"]';
    await map.click(`${item} .source-toggle`);
    await expect(map.waitForText(`${item} blockquote[lang="en"]`)).resolves.toContain('A quarter of a million');
    const ref = await map.waitForText(`${item} .source-ref`);
    expect(ref).toContain('Addressing the Refugee Crisis in Europe');
    expect(ref).not.toMatch(SEED_FILE_NAME);
    await expect(map.countOf(`${item} a[href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52015JC0040"]`)).resolves.toBe(1);
    expect(await map.waitForText('body')).not.toMatch(SEED_FILE_NAME);
  });

  it('shows background facts as background, without quotation marks, and several sources behind one control', async () => {
    await map.open('?date=2015-09&sel=country:TR&layers=none');
    await expect.poll(() => map.panelTitle()).toBe('Türkiye');
    const agreement = '#side-panel li.agreement:has-text("readmission agreement with Türkiye")';
    await map.click(`${agreement} summary`);
    const status = `${agreement} ol li >> nth=0`;
    const toggle = `${status} >> .source-toggle`;
    await expect(map.waitForText(toggle)).resolves.toBe('Background');
    await map.click(toggle);
    const body = `${status} >> [data-citation="background"]`;
    const text = await map.waitForText(body);
    expect(text).toContain('Background');
    expect(text).not.toMatch(/[“”"]/);
    await expect(map.countOf(`${body} >> blockquote`)).resolves.toBe(0);
    const readmission = model.agreements.get('readmission-turkiye')!;
    await expect(map.waitForText(`${agreement} > .source > .source-toggle`)).resolves.toBe(`Sources (${readmission.sources.length})`);
    // Türkiye's figures of 2024 reach it at that date.
    await map.open('?date=2024-06&sel=country:TR&layers=none');
    await expect(map.waitForText('[data-figure="turkiye-syrians-hosted"]')).resolves.toContain('3,100,000');
  });

  it('reaches the Syria and the region amounts from Syria, kept by kind', async () => {
    await map.open('?date=2024-06&sel=country:SY&layers=none');
    await expect.poll(() => map.panelTitle()).toBe('Syria');
    const text = await map.panelText();
    expect(text).toContain('€33,000,000,000');
    expect(text).toContain('€6,000,000,000');
    expect(text).toContain('Syria and the region');
  });

  it('places the counts of refugees hosted at their hosts on the map, with the legend saying they are not to scale', async () => {
    await map.open('?date=2024-06&layers=displacement&cam=35,38,4');
    const places = await map.renderedFeatureIds(LAYER.hostedFigures, 'figures');
    expect(places).toEqual(['turkiye-syrians-hosted,turkiye-other-asylum-seekers']);
    await expect(map.legendText('hosted')).resolves.toContain('not to scale');
    await map.screenshot('test-results/hosted-figures.png');
  });

  it('names routes in French', async () => {
    await map.open('?date=2015-09&sel=route:eastern-mediterranean&lang=fr&layers=routes');
    await expect.poll(() => map.panelTitle()).toBe('Route de la Méditerranée orientale');
  });
});
