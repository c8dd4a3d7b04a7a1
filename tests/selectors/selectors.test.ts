// Selector semantics on a hand-made dataset: dates, filters, counts and totals.
import { describe, expect, it } from 'vitest';
import { fixtureModel, fixtureDataset, fundingRow } from '../fixtures/dataset';
import { buildModel } from '../../src/data/model';
import { applyFilters } from '../../src/selectors/filters';
import { partnersAt } from '../../src/selectors/partners';
import { drawnFunding, summariseFunding, visibleFunding } from '../../src/selectors/funding';
import { routesAt, figureAt } from '../../src/selectors/routes';
import { missionsAt } from '../../src/selectors/missions';
import { countryDossier } from '../../src/selectors/dossier';
import { EMPTY_FILTERS } from '../../src/state/defaults';
import type { Filters } from '../../src/state/types';

const model = fixtureModel();
const at = (month: string, filters: Filters = EMPTY_FILTERS) => applyFilters(model, filters, month);

describe('partners at a date', () => {
  it('hides an agreement before it starts and shows it after', () => {
    const before = partnersAt(model, at('2014-09'), EMPTY_FILTERS, '2014-09').find((p) => p.iso2 === 'TR');
    const after = partnersAt(model, at('2014-10'), EMPTY_FILTERS, '2014-10').find((p) => p.iso2 === 'TR');
    expect(before?.frameworks.map((f) => f.agreement.id)).toEqual([]);
    expect(after?.frameworks.map((f) => f.agreement.id)).toEqual(['readmission-tr']);
  });

  it('shows Belarus as suspended from November 2021, not before', () => {
    const cat = (m: string) => partnersAt(model, at(m), EMPTY_FILTERS, m).find((p) => p.iso2 === 'BY')?.category;
    expect(cat('2019-01')).toBeUndefined();
    expect(cat('2021-01')).toBe('dialogue');
    expect(cat('2021-11')).toBe('suspended');
  });

  it('counts candidate status from its start date', () => {
    const cat = (m: string) => partnersAt(model, at(m), EMPTY_FILTERS, m).find((p) => p.iso2 === 'MD')?.category;
    expect(cat('2022-05')).toBeUndefined();
    expect(cat('2022-06')).toBe('candidate');
  });

  it('never lists EU member states as partners', () => {
    expect(partnersAt(model, at('2025-01'), EMPTY_FILTERS, '2025-01').map((p) => p.iso2)).not.toContain('GR');
  });
});

describe('filters', () => {
  it('keeps only funding of the chosen instrument and counts each option against the other filters', () => {
    const filters = { ...EMPTY_FILTERS, instruments: ['humanitarian-aid'] };
    const r = at('2025-01', filters);
    expect([...r.kept.funding].sort()).toEqual(['alone', 'part-b']);
    expect(r.counts.instruments.get('ipa')).toBe(2);
    expect(r.counts.instruments.get('humanitarian-aid')).toBe(2);
    // Missions have no instrument: the instrument filter leaves them alone.
    expect([...r.kept.mission]).toEqual(['eucap-sahel-niger']);
  });

  it('combines dimensions with AND and reports an empty result', () => {
    const r = at('2025-01', { ...EMPTY_FILTERS, instruments: ['ipa'], themes: ['security'] });
    expect(r.kept.funding.size).toBe(0);
    expect(r.active).toBe(true);
  });

  it('filters by country group at the date', () => {
    const early = at('2020-01', { ...EMPTY_FILTERS, groups: ['candidate'] });
    const late = at('2023-01', { ...EMPTY_FILTERS, groups: ['candidate'] });
    expect(early.kept.funding.has('total')).toBe(true); // Türkiye is a candidate
    expect(late.kept.agreement.has('visa-facilitation-by')).toBe(false);
  });
});

describe('funding', () => {
  it('draws an aggregate instead of its parts and never adds both', () => {
    const visible = visibleFunding(model, at('2025-01'), '2025-01');
    const drawn = drawnFunding(model, visible, '2025-01');
    expect(drawn.map((f) => f.id).sort()).toEqual(['alone', 'total']);
    const summary = summariseFunding(model, visible, '2025-01', (f) => f.recipients.join('+'));
    // The aggregate (from 2014) and the other amount (from 2020) cover different periods: two totals, never one sum.
    expect(summary.totals.map((k) => [k.stage, k.from, k.amount])).toEqual([
      ['allocated', '2014', 100_000_000],
      ['allocated', '2020', 5_000_000],
    ]);
    expect(summary.totals[0]!.byPlace.reduce((s, r) => s + r.amount, 0)).toBe(100_000_000);
    expect(summary.leftOut.map((l) => [l.record.id, l.reason, l.aggregate]).sort()).toEqual([
      ['part-a', 'part-of-counted', 'total'],
      ['part-b', 'part-of-counted', 'total'],
    ]);
  });

  it('draws the parts when the filter hides their aggregate', () => {
    const filters = { ...EMPTY_FILTERS, instruments: ['humanitarian-aid'] };
    const visible = visibleFunding(model, at('2025-01', filters), '2025-01');
    const drawn = drawnFunding(model, visible, '2025-01');
    expect(drawn.map((f) => f.id).sort()).toEqual(['alone', 'part-b']);
    expect(summariseFunding(model, visible, '2025-01', () => '').totals.map((k) => k.amount)).toEqual([30_000_000, 5_000_000]);
  });

  it('shows amounts only from the date they are known', () => {
    expect(visibleFunding(model, at('2015-01'), '2015-01').map((f) => f.id)).toEqual(['total']);
  });

  it('hides a running total once a later statement supersedes it', () => {
    const d = fixtureDataset();
    d.funding = [fundingRow('since-2011-in-2015', 3_900_000_000, { from: '2015', supersededBy: 'since-2011-in-2024' }), fundingRow('since-2011-in-2024', 33_000_000_000, { from: '2024' })];
    const m = buildModel(d);
    const f = (month: string) => visibleFunding(m, applyFilters(m, EMPTY_FILTERS, month), month).map((x) => x.id);
    expect(f('2016-01')).toEqual(['since-2011-in-2015']);
    expect(f('2024-06')).toEqual(['since-2011-in-2024']);
  });
});

describe('funding kept by stage, donor and period', () => {
  it('gives one total per stage and donor and never adds two stages or two donors', () => {
    const d = fixtureDataset();
    d.funding = [
      fundingRow('a', 10, { stage: 'allocated' }),
      fundingRow('b', 20, { stage: 'pledged' }),
      fundingRow('c', 5, { stage: 'allocated' }),
      fundingRow('d', 7, { stage: 'allocated', donor: 'eu-and-member-states', qualifier: 'more than' }),
      fundingRow('e', 9, { stage: 'not-stated' }),
    ];
    const m = buildModel(d);
    const visible = visibleFunding(m, applyFilters(m, EMPTY_FILTERS, '2016-01'), '2016-01');
    const summary = summariseFunding(m, visible, '2016-01', () => '');
    expect(summary.totals.map((k) => [k.stage, k.donor, k.amount, k.qualifier])).toEqual([
      ['allocated', 'eu-budget', 15, undefined],
      ['allocated', 'eu-and-member-states', 7, 'at-least'],
      ['pledged', 'eu-budget', 20, undefined],
    ]);
    expect(summary.leftOut.map((l) => [l.record.id, l.reason])).toEqual([['e', 'stage-not-stated']]);
  });

  it('leaves out an amount whose period has ended, saying so, and a context envelope', () => {
    const d = fixtureDataset();
    d.funding = [
      fundingRow('old', 10, { from: '2007', to: '2013' }),
      fundingRow('now', 20, { from: '2014', to: '2020' }),
      fundingRow('worldwide', 1000, { from: '2014', to: '2020', recipients: [], region: 'Worldwide', context: 'All external cooperation worldwide.' }),
    ];
    const m = buildModel(d);
    const visible = visibleFunding(m, applyFilters(m, EMPTY_FILTERS, '2015-01'), '2015-01');
    const summary = summariseFunding(m, visible, '2015-01', () => '');
    expect(summary.totals.map((k) => [k.stage, k.amount])).toEqual([['allocated', 20]]);
    expect(summary.leftOut.map((l) => [l.record.id, l.reason]).sort()).toEqual([
      ['old', 'period-ended'],
      ['worldwide', 'context'],
    ]);
    expect(drawnFunding(m, visible, '2015-01').map((f) => f.id)).toEqual(['now']);
  });
});

describe('routes, missions and the dossier', () => {
  it('uses a figure during its period and for a year after, not later', () => {
    const route = model.routes.get('eastern-mediterranean')!;
    expect(figureAt(model, route, '2014-12')).toBeUndefined();
    expect(figureAt(model, route, '2015-09')?.value).toBe(182740);
    expect(figureAt(model, route, '2017-01')).toBeUndefined();
    const views = routesAt(model, at('2015-09'), '2015-09');
    expect(views[0]!.width).toBeGreaterThan(routesAt(model, at('2018-01'), '2018-01')[0]!.width);
  });

  it('lists missions from their start', () => {
    expect(missionsAt(model, at('2012-06'), '2012-06')).toHaveLength(0);
    expect(missionsAt(model, at('2012-07'), '2012-07').map((m) => m.id)).toEqual(['eucap-sahel-niger']);
  });

  it('gives a country its own funding total and lists shared amounts apart', () => {
    const dossier = countryDossier(model, 'TR', '2025-01')!;
    expect(dossier.funding.map((f) => f.id).sort()).toEqual(['alone', 'part-a', 'part-b']);
    expect(dossier.fundingSummary.totals.map((k) => [k.stage, k.from, k.amount])).toEqual([
      ['allocated', '2016', 90_000_000],
      ['allocated', '2020', 5_000_000],
    ]);
    expect(dossier.sharedFunding.map((f) => f.id)).toEqual(['total']);
    expect(dossier.routes.map((r) => r.route.id)).toEqual(['eastern-mediterranean']);
  });
});
