// The change list as data-table rows and CSV: each change with its date, section, kind for funding and its source.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { loadDataset } from '../../src/data/load';
import { changesBetween } from '../../src/selectors/changes';
import { EMPTY_FILTERS } from '../../src/state/defaults';
import { rowsToCsv } from '../../src/export/records';
import { changeRows } from '../../src/ui/compare/change-rows';

const model = loadDataset();
const list = changesBetween(model, EMPTY_FILTERS, '2015-09', '2024-06');

describe('change rows', () => {
  const rows = csvParse(rowsToCsv(changeRows('en', model, list)));

  it('has one row per change, the United Kingdom leaving with its background reference and no quote', () => {
    expect(rows).toHaveLength(list.changes.length);
    const uk = rows.find((r) => r['name'] === 'United Kingdom leaves the EU')!;
    expect(uk['detail']).toBe('2020-01-31 · EU membership and candidacy');
    expect(uk['sourceDocument']).toMatch(/^Background: /);
    expect(uk['quote']).toBe('');
  });

  it('gives each amount its stage and its document with the verbatim quote, and adds nothing up', () => {
    const funding = rows.filter((r) => r['id']!.startsWith('funding:'));
    expect(funding.length).toBe(list.fundingByStage.reduce((n, g) => n + g.changes.length, 0));
    for (const r of funding) {
      expect(r['detail']).toMatch(/ · (allocated|adopted|committed|mobilised|pledged|provided|planned|committed or planned|stage not stated)$/);
      // An amount the document does not state has no value, never a zero.
      if (r['value'] !== '') expect(Number(r['value'])).toBeGreaterThan(0);
      expect(r['quote']!.split(/\s+/).length).toBeGreaterThanOrEqual(5);
      expect(r['sourceDocument']).not.toMatch(/\.txt/);
    }
    expect(rows.some((r) => /total/i.test(r['name'] ?? ''))).toBe(false);
  });
});
