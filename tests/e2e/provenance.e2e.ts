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
    // Each figure by the subject a person reads, with its number.
    for (const f of figures) await expect(map.dossierItemText(f.subject)).resolves.toContain(formatNumber('en', f.value));
    // By hand, from data/figures.json: 36,990 Eritreans applied for protection in the EU in 2014; a quarter of a million fled to Ethiopia and Sudan.
    await expect(map.dossierItemText('Eritreans who applied for international protection in the EU')).resolves.toContain('36,990');
    await expect(map.dossierItemText('Eritreans who have sought refuge in Ethiopia and Sudan')).resolves.toContain('250,000');
    const sources = await map.readSourcesOf('Eritreans who have sought refuge in Ethiopia and Sudan');
    expect(sources.control).toBe('Source');
    expect(sources.quotes).toHaveLength(1);
    expect(sources.quotes[0]!.lang).toBe('en');
    expect(sources.quotes[0]!.text).toContain('A quarter of a million');
    expect(sources.references.join(' ')).toContain('Addressing the Refugee Crisis in Europe');
    expect(sources.references.join(' ')).not.toMatch(SEED_FILE_NAME);
    expect(sources.links).toEqual(['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52015JC0040']);
    expect(await map.pageText()).not.toMatch(SEED_FILE_NAME);
  });

  it('shows background facts as background, without quotation marks, and several sources behind one control', async () => {
    await map.open('?date=2015-09&sel=country:TR&layers=none');
    await expect.poll(() => map.panelTitle()).toBe('Türkiye');
    const agreement = 'readmission agreement with Türkiye';
    // The first entry of its status history: in force from 1 October 2014, a background fact.
    const status = await map.readStatusSourceOf(agreement, 0);
    expect(status.control).toBe('Background');
    expect(status.backgrounds).toHaveLength(1);
    expect(status.backgrounds[0]).toContain('Background');
    expect(status.backgrounds[0]).toContain('entered into force on 1 October 2014');
    expect(status.backgrounds[0]).not.toMatch(/[“”"]/);
    expect(status.quotes).toEqual([]);
    const readmission = model.agreements.get('readmission-turkiye')!;
    const all = await map.readSourcesOf(agreement);
    expect(all.control).toBe(`Sources (${readmission.sources.length})`);
    expect(all.quotes.length + all.backgrounds.length).toBe(readmission.sources.length);
    // Türkiye's figures of 2024 reach it at that date (data/figures.json: around 3.1 million from Syria).
    await map.open('?date=2024-06&sel=country:TR&layers=none');
    await expect(map.dossierItemText('People seeking refuge from Syria in Türkiye')).resolves.toContain('3,100,000');
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
