// The change list between two months, derived from the dated records of the real dataset.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { changesBetween, allChangesBetween, type Change } from '../../src/selectors/changes';
import { EMPTY_FILTERS } from '../../src/state/defaults';
import { buildModel, type Model } from '../../src/data/model';
import { fixtureDataset, fixtureModel, fundingRow } from '../fixtures/dataset';

const model = loadDataset();
const list = changesBetween(model, EMPTY_FILTERS, '2015-09', '2024-06');
const of = <T extends Change['type']>(type: T, changes: readonly Change[] = list.changes): Array<Extract<Change, { type: T }>> =>
  changes.filter((c): c is Extract<Change, { type: T }> => c.type === type);

describe('changes between 2015-09 and 2024-06', () => {
  it('has the United Kingdom leaving the EU on 31 January 2020, with its background reference', () => {
    const left = of('group').filter((c) => c.event === 'left' && c.group === 'eu-member');
    expect(left.map((c) => [c.country, c.date])).toEqual([['GB', '2020-01-31']]);
    expect('background' in left[0]!.citation && left[0]!.citation.reference).toBeTruthy();
    expect(left[0]!.target).toEqual({ kind: 'country', id: 'GB' });
  });

  it('has no accession (Croatia joined in 2013, before A)', () => {
    expect(of('group').filter((c) => c.event === 'joined' && c.group === 'eu-member')).toEqual([]);
  });

  it('lists the Frontex status agreements that started, with their dates, and no restatement as a change', () => {
    const frontex = of('agreement').filter((c) => c.agreement.type === 'frontex-status-agreement');
    expect(frontex.map((c) => [c.agreement.partners[0], c.event, c.status, c.date])).toEqual([
      ['AL', 'started', 'in-force', '2019'],
      ['ME', 'started', 'in-force', '2020'],
      ['RS', 'started', 'in-force', '2021'],
      ['MK', 'started', 'signed', '2022-10'],
      ['MK', 'status', 'in-force', '2023-04'],
    ]);
    for (const c of frontex) expect('seed' in c.citation || 'background' in c.citation).toBe(true);
  });

  it('lists candidacies gained in between (Bosnia and Herzegovina, Moldova, Ukraine, Georgia)', () => {
    const joined = of('group').filter((c) => c.event === 'joined' && c.group === 'candidate').map((c) => c.country);
    expect(joined.sort()).toEqual(['BA', 'GE', 'MD', 'UA']);
  });

  it('groups the funding that became known by stage, never across stages, each with its source', () => {
    expect(list.fundingByStage.length).toBeGreaterThan(0);
    for (const group of list.fundingByStage) {
      expect(group.changes.length).toBeGreaterThan(0);
      for (const c of group.changes) {
        expect(c.record.stage).toBe(group.stage);
        // The change cites the amount's own document: its seed file and a quote of it.
        expect(c.citation).toBe(c.record.source);
        expect('seed' in c.citation ? c.citation.quote.length : 0).toBeGreaterThan(0);
      }
    }
    expect(list.fundingByStage.flatMap((g) => g.changes)).toHaveLength(of('funding').length);
  });

  it('is the same list whichever order the months come in, and empty for one month', () => {
    expect(changesBetween(model, EMPTY_FILTERS, '2024-06', '2015-09').changes.map((c) => c.key)).toEqual(list.changes.map((c) => c.key));
    expect(allChangesBetween(model, '2015-09', '2015-09')).toEqual([]);
  });

  it('compares route counts only within one measure', () => {
    for (const r of list.routes) if (r.comparable) expect(r.a!.metric).toBe(r.b!.metric);
    const wb = list.routes.find((r) => r.route.id === 'western-balkans');
    expect(wb?.a?.metric).toBe('irregular-entries');
    expect(wb?.comparable).toBe(false);
    const stated = of('route-figure').map((c) => [c.route.id, c.figure.metric]);
    expect(stated).toContainEqual(['western-balkans', 'percent-decrease']);
  });

  it('says how many changes a filter hides, and keeps membership changes (the EU frame) under any filter', () => {
    const filtered = changesBetween(model, { ...EMPTY_FILTERS, agreementTypes: ['readmission-agreement'] }, '2015-09', '2024-06');
    expect(filtered.hidden).toBeGreaterThan(0);
    expect(filtered.changes.length + filtered.hidden).toBe(list.changes.length);
    expect(of('agreement', filtered.changes).every((c) => c.agreement.type === 'readmission-agreement')).toBe(true);
    expect(of('group', filtered.changes).some((c) => c.country === 'GB')).toBe(true);
    expect(list.hidden).toBe(0);
  });
});

describe('changes between 2013-01 and 2013-12', () => {
  it('has Croatia joining the EU in July 2013', () => {
    const joined = of('group', changesBetween(model, EMPTY_FILTERS, '2013-01', '2013-12').changes).filter((c) => c.group === 'eu-member');
    expect(joined.map((c) => [c.country, c.event, c.date])).toEqual([['HR', 'joined', '2013-07-01']]);
  });
  it('has no change at the month boundary: HR joined is not between 2013-07 and 2013-12', () => {
    const joined = of('group', changesBetween(model, EMPTY_FILTERS, '2013-07', '2013-12').changes).filter((c) => c.group === 'eu-member');
    expect(joined).toEqual([]);
  });
});

describe('changes in the hand-made fixture', () => {
  const fixture = (): Model => {
    const d = fixtureDataset();
    const cite = { background: 'a fixture mission with a stated period', reference: 'Test fixture' };
    d.missions.push({ id: 'office-x', name: 'Office X', kind: 'eu-office', country: 'NE', location: { name: 'Niamey', lon: 2.1, lat: 13.5 }, from: '2016-03', to: '2019-05', mandate: 'test', themes: ['security'], sources: [cite] });
    return buildModel(d);
  };

  it('has a mission opened and closed in between, selected on the map by its id', () => {
    const missions = of('mission', changesBetween(fixture(), EMPTY_FILTERS, '2015-09', '2024-06').changes);
    expect(missions.map((c) => [c.mission.id, c.event, c.date])).toEqual([
      ['office-x', 'opened', '2016-03'],
      ['office-x', 'closed', '2019-05'],
    ]);
    expect(missions[0]!.target).toEqual({ kind: 'mission', id: 'office-x' });
    // Closed after B: only the opening is between.
    expect(of('mission', changesBetween(fixture(), EMPTY_FILTERS, '2015-09', '2019-05').changes).map((c) => c.event)).toEqual(['opened']);
  });

  it('has a status change with the status before it', () => {
    const changes = of('agreement', changesBetween(fixtureModel(), EMPTY_FILTERS, '2021-01', '2022-01').changes);
    expect(changes.map((c) => [c.agreement.id, c.event, c.previous, c.status, c.date])).toEqual([['visa-facilitation-by', 'status', 'in-force', 'partially-suspended', '2021-11-09']]);
  });

  it('groups amounts by their stage, and lists no group change that has no source', () => {
    const model = buildModel({
      ...fixtureDataset(),
      funding: [fundingRow('alloc', 10, { from: '2016' }), fundingRow('pledge', 20, { from: '2017', stage: 'pledged' }), fundingRow('alloc-2', 30, { from: '2018' })],
    });
    const list = changesBetween(model, EMPTY_FILTERS, '2015-09', '2024-06');
    expect(list.fundingByStage.map((g) => [g.stage, g.changes.map((c) => c.record.id)])).toEqual([
      ['allocated', ['alloc', 'alloc-2']],
      ['pledged', ['pledge']],
    ]);
    // Moldova's candidacy (2022-06) has no source in the fixture.
    expect(of('group', list.changes)).toEqual([]);
  });
});
