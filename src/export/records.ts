// The records behind the current view as flat rows, and as CSV (safe against spreadsheet formulas) or JSON.
import { csvFormat } from 'd3';
import type { Citation } from '../data/schema';

export interface ViewRow {
  table: string;
  id: string;
  name: string;
  value: number | null;
  detail: string;
  sourceDocument: string;
  quote: string;
}

/**
 * The source columns of a row: the document as readers know it (`documentOf` names it from its seed file; the file name
 * itself is never shown) with the verbatim quote; or, for background from outside the documents, its reference and no quote.
 */
export function citationColumns(c: Citation | undefined, documentOf: (seed: string) => string = () => ''): Pick<ViewRow, 'sourceDocument' | 'quote'> {
  if (!c) return { sourceDocument: '', quote: '' };
  if ('background' in c) return { sourceDocument: `Background: ${c.reference}`, quote: '' };
  return { sourceDocument: documentOf(c.seed), quote: c.quote };
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe: one that starts with =, +, -, @, tab or
 * CR, also after leading spaces, tabs, line breaks, no-break spaces or a byte order mark (spreadsheets skip them). */
export function neutraliseFormula(value: string): string {
  return /^[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/.test(value) ? `'${value}` : value;
}

const TEXT_COLUMNS = ['table', 'id', 'name', 'detail', 'sourceDocument', 'quote'] as const satisfies ReadonlyArray<keyof ViewRow>;

export function rowsToCsv(rows: readonly ViewRow[]): string {
  return csvFormat(
    rows.map((r) => {
      const cells: Record<keyof ViewRow, string> = { ...r, value: r.value === null ? '' : String(r.value) };
      for (const column of TEXT_COLUMNS) cells[column] = neutraliseFormula(r[column]);
      return cells;
    }),
    ['table', 'id', 'name', 'value', 'detail', 'sourceDocument', 'quote'],
  );
}

export function rowsToJson(rows: readonly ViewRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
