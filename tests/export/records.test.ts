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

  it('neutralises every text column, also after leading spaces, tabs, line breaks or a byte order mark', () => {
    const attacks = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1', '-2+3', ' =1+1', '\t=1', '\uFEFF=1', '\u00A0@A1', '\r\n+1', '\t', '\uFF1DSUM(A1)'];
    for (const attack of attacks) {
      const back = csvParse(rowsToCsv([row({ table: attack, id: attack, name: attack, detail: attack, sourceDocument: attack, quote: attack })]))[0]!;
      for (const column of ['table', 'id', 'name', 'detail', 'sourceDocument', 'quote']) expect(back[column], `${column} ${JSON.stringify(attack)}`).toBe(`'${attack}`);
    }
  });

  it('leaves ordinary text and numbers as they are', () => {
    const back = csvParse(rowsToCsv([row({ name: 'Niger', detail: 'EUR 1.2 bn', sourceDocument: 'COM(2016) 385', value: -3 })]))[0]!;
    expect(back['name']).toBe('Niger');
    expect(back['detail']).toBe('EUR 1.2 bn');
    expect(back['sourceDocument']).toBe('COM(2016) 385');
    expect(back['value']).toBe('-3');
  });

  it('writes JSON that parses back to the same rows', () => {
    const rows = [row({ value: null })];
    expect(JSON.parse(rowsToJson(rows))).toEqual(rows);
  });
});
