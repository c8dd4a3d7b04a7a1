// Where the tests find the five source documents (the seeds): ../shared/seeds beside the repository, or SEEDS_DIR.
// Outside CI a test that needs them is skipped, and says so in its name; in CI (CI=true) their absence fails.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = resolve(process.env['SEEDS_DIR'] ?? join(repo, '..', 'shared', 'seeds'));
export const seedsPresent = existsSync(seedsDir);

/** The suffix of a suite that is skipped without the seeds: scripts/test.sh accepts a skip only when its name says why. */
export const SKIPPED_WITHOUT_SEEDS = '(skipped when the source documents are absent, outside CI)';

/** In CI, one failing test that says where the seeds were expected; elsewhere nothing. */
export function failInCiWithoutSeeds(suite: string, env: Record<string, string | undefined> = process.env): void {
  if (seedsPresent || !env['CI'] || env['CI'] === 'false') return;
  describe(suite, () => {
    it('can read the source documents', () => {
      throw new Error(`The source documents are missing: expected them in ${seedsDir} (set SEEDS_DIR to their folder). ${suite} cannot be checked.`);
    });
  });
}
