// The formatting table (format-table.ts) bundled into one classic script, so that any engine can run it on a blank page.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/driver';
import type { FormatTable } from './format-table';

/** Source of a script that defines `globalThis.__formatTable(): Promise<FormatTable>`. */
export async function formatTableScript(): Promise<string> {
  const result = await build({
    entryPoints: ['tests/engines/format-table.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__formatTableModule',
    target: 'es2022',
    logLevel: 'silent',
  });
  return `${result.outputFiles[0]!.text}\nglobalThis.__formatTable = __formatTableModule.formatTable;`;
}

/** Runs in a blank page: adds the bundled script as a classic script element and returns the table it formats. */
export function formatTableInPage(script: string): Promise<FormatTable> {
  const element = document.createElement('script');
  element.textContent = script;
  document.documentElement.append(element);
  return (globalThis as unknown as { __formatTable(): Promise<FormatTable> }).__formatTable();
}

/** The rows where `table` reads differently from `reference`, as "key: reference → table" lines. */
export function differences(reference: FormatTable, table: FormatTable): string[] {
  const keys = new Set([...Object.keys(reference), ...Object.keys(table)]);
  return [...keys].filter((k) => reference[k] !== table[k]).map((k) => `${k}: ${JSON.stringify(reference[k])} → ${JSON.stringify(table[k])}`);
}

/** The table as headless Chromium writes it: the reference the other engines are compared with. */
export async function chromiumFormatTable(script: string): Promise<FormatTable> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    return await page.evaluate(formatTableInPage, script);
  } finally {
    await browser.close();
  }
}
