// Every seed citation quotes its document verbatim (whitespace aside) in 5-40 words.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, QUOTE_MAX_WORDS, QUOTE_MIN_WORDS, wordCount } from '../../src/data/schema';
import { formatPath } from '../../src/data/validate';
import { readDataFiles } from '../../scripts/data/read-data';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = resolve(process.env.SEEDS_DIR ?? join(repo, '..', 'shared', 'seeds'));

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Quoted {
  where: string; // "data/funding.json turkey-2015 source"
  seed: string;
  quote: string;
}

function* quotesIn(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], { seed: string; quote: string }]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* quotesIn(value[i], [...path, i]);
  } else if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    if (typeof obj.seed === 'string' && typeof obj.quote === 'string') yield [path, { seed: obj.seed, quote: obj.quote }];
    for (const [k, v] of Object.entries(obj)) yield* quotesIn(v, [...path, k]);
  }
}

function collectQuotes(): Quoted[] {
  const out: Quoted[] = [];
  const { files } = readDataFiles();
  for (const kind of DATA_FILES) {
    const records = files[`data/${kind}.json`];
    if (!Array.isArray(records)) continue;
    for (const rec of records) {
      const id = typeof rec === 'object' && rec !== null && typeof (rec as { id?: unknown }).id === 'string' ? (rec as { id: string }).id : '?';
      for (const [p, q] of quotesIn(rec)) out.push({ where: `data/${kind}.json ${id} ${formatPath(p)}`, ...q });
    }
  }
  return out;
}

const seedsPresent = existsSync(seedsDir);

if (!seedsPresent && process.env.CI) {
  describe('source quotes', () => {
    it('can read the seed documents', () => {
      throw new Error(`The seed documents are missing: expected them in ${seedsDir} (set SEEDS_DIR to their folder). Quotes cannot be checked.`);
    });
  });
}

describe.skipIf(!seedsPresent)('source quotes (skipped when the source documents are absent, outside CI)', () => {
  const quotes = collectQuotes();
  const seedText = new Map<string, string | null>();
  const textOf = (seed: string): string | null => {
    if (!seedText.has(seed)) {
      const file = join(seedsDir, seed);
      seedText.set(seed, existsSync(file) ? collapse(readFileSync(file, 'utf8')) : null);
    }
    return seedText.get(seed) ?? null;
  };

  it('finds the dataset quotes (there are some)', () => {
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('each quote appears verbatim in its seed file (whitespace-insensitive)', () => {
    const missing = quotes.flatMap(({ where, seed, quote }) => {
      const text = textOf(seed);
      if (text === null) return [`${where}: seed file ${seed} not found in ${seedsDir}`];
      return text.includes(collapse(quote)) ? [] : [`${where}: quote not found in ${seed}: "${quote}"`];
    });
    expect(missing).toEqual([]);
  });

  it(`each quote has ${QUOTE_MIN_WORDS}-${QUOTE_MAX_WORDS} words`, () => {
    const wrong = quotes.flatMap(({ where, quote }) => {
      const n = wordCount(quote);
      return n < QUOTE_MIN_WORDS || n > QUOTE_MAX_WORDS ? [`${where}: ${n} words`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
