// The briefing stories quote their documents verbatim too: every step's sources and every speaker note's sources.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUOTE_MAX_WORDS, QUOTE_MIN_WORDS, wordCount } from '../../src/data/schema';
import { checkData } from '../../scripts/data/read-data';
import { failInCiWithoutSeeds, seedsDir, seedsPresent, SKIPPED_WITHOUT_SEEDS } from './seeds';

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

failInCiWithoutSeeds('story quotes');

describe.skipIf(!seedsPresent)(`story quotes ${SKIPPED_WITHOUT_SEEDS}`, () => {
  const { stories } = checkData();
  const quoted = stories.flatMap((story) =>
    story.steps.flatMap((step, i) => [
      ...step.sources.map((c) => ({ where: `${story.id} steps[${i}].sources`, c })),
      ...(step.notes ?? []).flatMap((note, n) => note.sources.map((c) => ({ where: `${story.id} steps[${i}].notes[${n}]`, c }))),
    ]),
  );

  it('every step of every story has speaker notes with sources', () => {
    const missing = stories.flatMap((story) => story.steps.flatMap((step, i) => ((step.notes ?? []).length > 0 ? [] : [`${story.id} steps[${i}]`])));
    expect(stories.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('each quote appears verbatim in its seed file and has the usual length', () => {
    const wrong = quoted.flatMap(({ where, c }) => {
      if (!('seed' in c) || !c.seed) return [];
      const file = join(seedsDir, c.seed);
      if (!existsSync(file)) return [`${where}: no seed file ${c.seed}`];
      const n = wordCount(c.quote);
      const out: string[] = [];
      if (!collapse(readFileSync(file, 'utf8')).includes(collapse(c.quote))) out.push(`${where}: quote not found in ${c.seed}: "${c.quote}"`);
      if (n < QUOTE_MIN_WORDS || n > QUOTE_MAX_WORDS) out.push(`${where}: ${n} words`);
      return out;
    });
    expect(quoted.length).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });
});
