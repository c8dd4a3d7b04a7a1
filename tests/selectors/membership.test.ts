// EU membership at fixed dates, read from the dated records of data/countries.json.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { euMembersAt } from '../../src/selectors/membership';
import { partnersAt } from '../../src/selectors/partners';
import { applyFilters } from '../../src/selectors/filters';
import { EMPTY_FILTERS } from '../../src/state/defaults';

const model = loadDataset();
const member = (iso2: string, month: string): boolean => euMembersAt(model, month).includes(iso2);

describe('EU members at a date', () => {
  it('counts the United Kingdom with France in 2015-09 and not in 2021-01', () => {
    expect(member('GB', '2015-09')).toBe(true);
    expect(member('FR', '2015-09')).toBe(true);
    expect(member('GB', '2020-01')).toBe(true);
    expect(member('GB', '2020-02')).toBe(false);
    expect(member('GB', '2021-01')).toBe(false);
    expect(member('FR', '2021-01')).toBe(true);
  });

  it('has Croatia a member from July 2013, Slovenia from May 2004', () => {
    expect(member('SI', '2005-01')).toBe(true);
    expect(member('HR', '2005-01')).toBe(false);
    expect(member('HR', '2013-06')).toBe(false);
    expect(member('HR', '2013-07')).toBe(true);
    expect(member('HR', '2014-01')).toBe(true);
    expect(member('SI', '2004-04')).toBe(false);
  });

  it('has Bulgaria and Romania members from January 2007', () => {
    for (const iso2 of ['BG', 'RO']) {
      expect(member(iso2, '2006-12')).toBe(false);
      expect(member(iso2, '2007-01')).toBe(true);
    }
  });

  it('counts 28 members from July 2013 to January 2020, 27 before and after', () => {
    expect(euMembersAt(model, '2013-06')).toHaveLength(27);
    expect(euMembersAt(model, '2015-09')).toHaveLength(28);
    expect(euMembersAt(model, '2020-01')).toHaveLength(28);
    expect(euMembersAt(model, '2024-06')).toHaveLength(27);
    expect(euMembersAt(model, '2004-04')).toHaveLength(15);
  });

  it('returns the same list for months between two changes, so the map filter is set only on a change', () => {
    expect(euMembersAt(model, '2016-01')).toBe(euMembersAt(model, '2018-05'));
    expect(euMembersAt(model, '2016-01')).not.toBe(euMembersAt(model, '2021-01'));
  });

  it('never colours a member state as a partner, and a candidate before accession is not a member', () => {
    for (const month of ['2005-01', '2015-09', '2024-06']) {
      const members = new Set(euMembersAt(model, month));
      const partners = partnersAt(model, applyFilters(model, EMPTY_FILTERS, month), EMPTY_FILTERS, month);
      for (const p of partners) expect(members.has(p.iso2), `${p.iso2} ${month}`).toBe(false);
    }
  });
});
