// The promise of src/debug/test-handles.ts: a deployment build holds no test handle. scripts/test.sh makes one deployment
// build (`tsx scripts/build.ts --out test-results/deployment`, VITE_TEST_HANDLES unset) before the unit tests; this test
// reads every file it emitted. Outside CI, without that build, it is skipped and says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DEPLOYMENT = process.env['DEPLOYMENT_BUILD'] ?? join('test-results', 'deployment');
/** The names the e2e tests and the bench reach the app by, and the marker a test build carries. */
const HANDLES = /__store\b|__map\b|__compareMaps\b|__testBuild\b|map-test-handles-on/g;

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : [join(dir, e.name)]));
}

const built = existsSync(join(DEPLOYMENT, 'dist', 'index.html')) && existsSync(join(DEPLOYMENT, 'dist-single', 'index.html'));

if (!built && process.env['CI'] && process.env['CI'] !== 'false') {
  describe('the deployment build', () => {
    it('was made before the unit tests', () => {
      throw new Error(`No deployment build in ${DEPLOYMENT}: scripts/test.sh makes it with \`tsx scripts/build.ts --out ${DEPLOYMENT}\`.`);
    });
  });
}

describe.skipIf(!built)(`the deployment build (skipped when ${DEPLOYMENT} holds none, outside CI)`, () => {
  it('holds no test handle in any file it emits: app, embed page and single file', () => {
    const files = [...filesOf(join(DEPLOYMENT, 'dist')), ...filesOf(join(DEPLOYMENT, 'dist-single'))].filter((f) => /\.(html|js|mjs|css|json)$/.test(f));
    const found = files.flatMap((file) => [...new Set(readFileSync(file, 'utf8').match(HANDLES) ?? [])].map((name) => `${file}: ${name}`));
    expect(files.length).toBeGreaterThan(3);
    expect(found).toEqual([]);
  });
});

describe('test handles in the source', () => {
  it('only src/debug/test-handles.ts writes window.__store or window.__map', () => {
    const offenders = filesOf('src')
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(join('debug', 'test-handles.ts')))
      .filter((file) => /\.__(store|map)\b|\[\s*['"`]__(store|map)['"`]\s*\]/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('work counters', () => {
  it('are installed only when the build asks for them', async () => {
    const { installWorkCounters } = await import('../../src/debug/work-counters');
    installWorkCounters(() => '2015-01', false);
    expect((globalThis as Record<string, unknown>)['__work']).toBeUndefined();
  });
});
