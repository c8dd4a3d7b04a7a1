// The specs speak in the driver's verbs: no spec calls Playwright's page or reads the app's test handles itself (only
// the driver-*.ts files do), so a change of how the browser is driven is made in one place.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'tests/e2e';
// This file names the patterns it looks for, so it is not one of the specs it reads.
const specs = readdirSync(DIR).filter((name) => name.endsWith('.e2e.ts') && name !== 'specs-use-verbs.e2e.ts');
/** A call on a page object, the driver's own page or context, and the window handles (__store, __map). */
const BROWSER_API = [/\bpage\s*\./, /\.page\b/, /\.context\b/, /window\s*\.\s*__|\b__(store|map)\b/, /@axe-core|playwright-core/];

describe('e2e specs', () => {
  it('are found', () => {
    expect(specs.length).toBeGreaterThan(10);
  });

  for (const spec of specs) {
    it(`${spec} uses the driver's verbs only`, () => {
      const lines = readFileSync(`${DIR}/${spec}`, 'utf8').split('\n');
      const found = lines.flatMap((line, i) => (BROWSER_API.some((pattern) => pattern.test(line)) ? [`${spec}:${i + 1}: ${line.trim()}`] : []));
      expect(found).toEqual([]);
    });
  }
});
