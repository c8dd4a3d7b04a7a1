// The single file keeps the slide deck's code out of its first parse (scripts/inert-plugin.ts): the code rides in an
// inert data block, its hash is the only thing the page's policy adds to run it, and what the page parses as it loads
// (scripts/first-parse.ts) holds no deck code. Read on the deployment build that scripts/test.sh makes before the unit
// tests (skipped without it, outside CI), for the single file and the embed page, its copy.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstParseScripts, firstParseSize, inertBlocks } from '../../scripts/first-parse';
import { DECK_PART } from '../../scripts/inert-plugin';

const DEPLOYMENT = process.env['DEPLOYMENT_BUILD'] ?? join('test-results', 'deployment');
const PAGES = [join(DEPLOYMENT, 'dist-single', 'index.html'), join(DEPLOYMENT, 'dist', 'embed.html')];
const built = PAGES.every((p) => existsSync(p));
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Strings only PptxGenJS and JSZip write: the deck's code is in a text that holds them. */
const DECK_CODE = ['ppt/presentation.xml', 'docProps/app.xml', 'PptxGenJS'];

describe('first-parse JavaScript of a page', () => {
  const html = [
    '<head><script type="module" crossorigin>run(1)</script><script src="./a.js"></script>',
    '<script type="application/ld+json">{"x":1}</script></head><body><script>run(2)</script>',
    '<script type="application/octet-stream" id="deck-code">later()</script></body>',
  ].join('');

  it('is the inline scripts that run, not the inert blocks, data or fetched scripts', () => {
    expect(firstParseScripts(html)).toEqual(['run(1)', 'run(2)']);
    expect([...inertBlocks(html)]).toEqual([['deck-code', 'later()']]);
    expect(firstParseSize(html).bytes).toBe('run(1)\nrun(2)'.length);
  });
});

describe.skipIf(!built)(`the single file and the embed page (skipped when ${DEPLOYMENT} holds no deployment build)`, () => {
  for (const page of PAGES) {
    it(`${page} carries the deck's code inert, outside its first parse, and its policy allows that code and nothing wider`, () => {
      const html = readFileSync(page, 'utf8');
      const deck = inertBlocks(html).get(DECK_PART.id);
      expect(deck, 'the deck block').toBeTruthy();
      for (const marker of DECK_CODE) expect(deck, marker).toContain(marker);
      const parsed = firstParseScripts(html).join('\n');
      for (const marker of DECK_CODE) expect(parsed.includes(marker), `${marker} in the first parse`).toBe(false);
      const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];
      // Each script that runs at load and the deck's text, by hash; no eval, no blob: or data: code, nothing by address.
      expect(scriptSrc.sort()).toEqual([...new Set([...firstParseScripts(html), deck ?? ''].map(sha256))].sort());
    });
  }
});
