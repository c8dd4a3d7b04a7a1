// Every fact is reachable from every country it concerns: for each record of each kind, at a date when the record is
// current, the dossier of each country it names lists it. Records that name no country are reachable from the
// funding panel or the data table at such a date.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { countryDossier } from '../../src/selectors/dossier';
import { figureKnownFrom } from '../../src/selectors/figures';
import { displacementKnownFrom } from '../../src/selectors/displacement';
import { documentDate } from '../../src/selectors/time';
import { fundingCountries } from '../../src/selectors/funding-countries';
import { fundingKnownFrom } from '../../src/selectors/funding';
import { missionStart } from '../../src/selectors/missions';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState, EMPTY_FILTERS, TIMELINE_END } from '../../src/state/defaults';
import { DATA_FILES, type DataKind } from '../../src/data/schema';

const model = loadDataset();
const d = model.dataset;

/** The month of a date ("2014" is January 2014, the first month it covers); no date: the end of the timeline. */
function monthOf(date: string | null | undefined): string {
  if (!date) return TIMELINE_END;
  return date.length === 4 ? `${date}-01` : date.slice(0, 7);
}

function dossier(iso2: string, month: string) {
  const found = countryDossier(model, iso2, month);
  if (!found) throw new Error(`no dossier for ${iso2}`);
  return found;
}

describe('every record is in the dossier of every country it names', () => {
  it('routes: origin, transit and destination countries', () => {
    for (const r of d.routes) {
      for (const iso2 of [...r.countries.origin, ...r.countries.transit, ...r.countries.destination]) {
        expect(dossier(iso2, '2015-09').routes.map((x) => x.route.id), `${r.id} in ${iso2}`).toContain(r.id);
      }
    }
  });

  it('agreements: every partner, from the first status', () => {
    for (const a of d.agreements) {
      const month = monthOf([...a.status].sort((x, y) => x.from.localeCompare(y.from))[0]?.from);
      for (const iso2 of a.partners) expect(dossier(iso2, month).agreements.map((x) => x.agreement.id), `${a.id} in ${iso2} at ${month}`).toContain(a.id);
    }
  });

  it('missions: their country, from their start', () => {
    for (const m of d.missions) {
      if (!m.country) continue;
      const month = monthOf(missionStart(model, m));
      expect(dossier(m.country, month).missions.map((x) => x.id), `${m.id} at ${month}`).toContain(m.id);
    }
  });

  it('funding: recipients and the countries named for a region, once the amount is known', () => {
    for (const f of d.funding) {
      const month = monthOf(fundingKnownFrom(model, f));
      for (const iso2 of fundingCountries(f)) {
        const x = dossier(iso2, month);
        expect([...x.funding, ...x.sharedFunding].map((y) => y.id), `${f.id} in ${iso2} at ${month}`).toContain(f.id);
      }
    }
  });

  it('figures: every country named, origin and host alike, once the figure is known', () => {
    for (const f of d.figures) {
      const month = monthOf(figureKnownFrom(model, f));
      for (const iso2 of f.countries) expect(dossier(iso2, month).figures.map((x) => x.id), `${f.id} in ${iso2} at ${month}`).toContain(f.id);
    }
  });

  it('events, displacement and regional processes', () => {
    for (const e of d.events) for (const iso2 of e.countries) expect(dossier(iso2, monthOf(e.date)).events.map((x) => x.id), `${e.id} in ${iso2}`).toContain(e.id);
    for (const p of d.displacement) expect(dossier(p.country, monthOf(displacementKnownFrom(model, p))).displacement.map((x) => x.id), p.id).toContain(p.id);
    for (const p of d.processes) {
      const month = p.sources.length ? monthOf(p.sources.map((c) => documentDate(model, c)).filter((x): x is string => x !== null).sort()[0]) : '2015-09';
      for (const iso2 of p.countries) expect(dossier(iso2, month).processes.map((x) => x.id), `${p.id} in ${iso2} at ${month}`).toContain(p.id);
    }
  });

  it('names the figures the issue cites in the Eritrea, Syria and Türkiye dossiers', () => {
    expect(dossier('ER', '2015-09').figures.map((f) => f.id)).toEqual(expect.arrayContaining(['eritrean-asylum-applications-2014', 'eritrean-refugees-ethiopia-sudan']));
    expect(dossier('SY', '2015-09').figures.map((f) => f.id)).toEqual(expect.arrayContaining(['syrians-fled-country-2015', 'syrians-killed-2015']));
    expect(dossier('TR', '2024-06').figures.map((f) => f.id)).toEqual(expect.arrayContaining(['turkiye-syrians-hosted', 'turkiye-other-asylum-seekers']));
    const syria2024 = dossier('SY', '2024-06');
    expect(syria2024.sharedFunding.map((f) => f.id)).toEqual(expect.arrayContaining(['syria-region-since-2011-eu-and-member-states-2024', 'syria-region-pledged-2024']));
  });
});

describe('counts of refugees hosted are on the map at their hosts', () => {
  const views = createViewSelectors(model);
  const at = (month: string) => views.hostedFigures({ ...defaultState(), time: { ...defaultState().time, date: month }, filters: EMPTY_FILTERS }).map((f) => f.id).sort();

  it('places each at the date it is stated and for three years after, not before', () => {
    expect(at('2015-08')).toEqual([]);
    expect(at('2015-09')).toEqual(['eritrean-refugees-ethiopia-sudan', 'yemen-registered-refugees']);
    expect(at('2018-06')).toEqual(['eritrean-refugees-ethiopia-sudan', 'yemen-registered-refugees']);
    expect(at('2018-10')).toEqual([]);
    expect(at('2024-06')).toEqual(['turkiye-other-asylum-seekers', 'turkiye-syrians-hosted']);
  });

  it('maps every count of people hosted that names its hosts', () => {
    for (const f of d.figures.filter((x) => x.metric === 'refugees-hosted')) {
      expect(f.hosts?.length, f.id).toBeGreaterThan(0);
      for (const h of f.hosts ?? []) expect(f.countries, f.id).toContain(h);
    }
  });
});

describe('records that name no country are reachable from a view', () => {
  const views = createViewSelectors(model);
  const state = (month: string) => ({ ...defaultState(), time: { ...defaultState().time, date: month }, filters: EMPTY_FILTERS });

  it('funding: counted in a total of its stage or listed as left out, at the date it is known', () => {
    for (const f of d.funding) {
      const month = monthOf(fundingKnownFrom(model, f));
      const summary = views.fundingSummary(state(month));
      const shown = [...summary.totals.flatMap((k) => k.records), ...summary.leftOut.map((l) => l.record)].map((x) => x.id);
      expect(shown, `${f.id} at ${month}`).toContain(f.id);
    }
  });

  it('figures: known at a date on the timeline (the data table lists them)', () => {
    for (const f of d.figures) expect(figureKnownFrom(model, f), f.id).not.toBeNull();
  });

  it('every kind of record has a view that reaches it', () => {
    const kept = views.filtered(state('2015-09')).kept;
    // Where each kind is reached; a kind added to the dataset fails here until it has a view.
    const reach: Record<DataKind, () => void> = {
      sources: () => expect(d.sources.every((s) => s.title && s.publisher)).toBe(true), // named on every source line
      themes: () => expect(d.themes.length).toBeGreaterThan(0), // the theme filter lists them all
      countries: () => expect(d.countries.every((c) => countryDossier(model, c.id, '2015-09'))).toBe(true),
      routes: () => expect(d.routes.every((r) => kept.route.has(r.id))).toBe(true),
      // Dossiers (above), and the data table's agreements at any date with a status.
      agreements: () => expect(d.agreements.every((a) => kept.agreement.has(a.id) && a.status.length > 0)).toBe(true),
      missions: () => expect(d.missions.every((m) => m.country !== null || kept.mission.has(m.id))).toBe(true),
      instruments: () => expect(d.instruments.length).toBeGreaterThan(0), // the data table lists every instrument
      funding: () => expect(d.funding.every((f) => kept.funding.has(f.id))).toBe(true), // the funding panel, above
      organisations: () => expect(d.organisations.every((o) => kept.organisation.has(o.id))).toBe(true), // the data table
      processes: () => expect(d.processes.length).toBeGreaterThan(0), // dossiers (above) and the data table lists them all
      events: () => expect(d.events.length).toBeGreaterThan(0), // the timeline's event markers
      displacement: () => expect(d.displacement.every((x) => model.countries.has(x.country))).toBe(true),
      figures: () => expect(d.figures.every((f) => figureKnownFrom(model, f) !== null)).toBe(true), // dossiers and the data table
    };
    for (const kind of DATA_FILES) reach[kind]();
  });
});
