// CSV export: commas and quotes are escaped, and formula-like cells cannot run in a spreadsheet.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { rowsToCsv, rowsToJson, type ViewRow } from '../../src/export/records';

const row = (over: Partial<ViewRow>): ViewRow => ({ table: 'funding', id: 'x', name: 'n', value: 1, detail: '', sourceDocument: '002.txt', quote: 'q', ...over });

describe('export', () => {
  it('round-trips commas, quotes and line breaks through CSV', () => {
    const rows = [row({ name: 'Syria, Iraq', quote: 'the "largest" crisis\nsince 1945' })];
    const back = csvParse(rowsToCsv(rows));
    expect(back[0]?.['name']).toBe('Syria, Iraq');
    expect(back[0]?.['quote']).toBe('the "largest" crisis\nsince 1945');
  });

  it('prefixes formula-like cells with an apostrophe', () => {
    const back = csvParse(rowsToCsv([row({ name: '=HYPERLINK("x")', detail: '+1', quote: '@cmd' })]));
    expect(back[0]?.['name']).toBe('\'=HYPERLINK("x")');
    expect(back[0]?.['detail']).toBe("'+1");
    expect(back[0]?.['quote']).toBe("'@cmd");
  });

  it('writes JSON that parses back to the same rows', () => {
    const rows = [row({ value: null })];
    expect(JSON.parse(rowsToJson(rows))).toEqual(rows);
  });
});
