// The view's vocabulary has one home: no other source file restates the month pattern, the id pattern or a list of
// kinds, overlays or schemes; and the store refuses a comparison the vocabulary calls invalid.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { isValidComparison } from '../../src/outside/vocabulary';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const RESTATEMENTS = [/0\[1-9\]\|1\[0-2\]/, /\[A-Za-z0-9\]\[A-Za-z0-9\._-\]/, /'country', 'route', 'mission', 'funding'/, /'routes', 'partners', 'missions', 'funding'/, /'light', 'dark', 'auto'/, /\[a-z0-9\]\+\(-\[a-z0-9\]\+\)\*/];

describe('the view vocabulary', () => {
  it('is written once, in src/outside/vocabulary.ts', () => {
    const found = sources('src')
      .filter((path) => !path.endsWith(join('outside', 'vocabulary.ts')))
      .flatMap((path) => readFileSync(path, 'utf8').split('\n').flatMap((line, i) => (RESTATEMENTS.some((re) => re.test(line)) ? [`${path}:${i + 1}`] : [])));
    expect(found).toEqual([]);
  });

  it('has the store refuse a comparison of a month with itself or off the timeline', () => {
    const store = createAppStore();
    for (const bad of [{ a: '2016-03', b: '2016-03' }, { a: '1900-01', b: '2016-03' }, { a: '2016-03', b: '2099-01' }, { a: '2016-3', b: '2017-01' }]) {
      expect(isValidComparison(bad)).toBe(false);
      store.getState().setCompare(bad);
      expect(store.getState().compare).toBeNull();
    }
    store.getState().setCompare({ a: '2016-03', b: '2020-01' });
    expect(store.getState().compare).toEqual({ a: '2016-03', b: '2020-01' });
    expect(store.getState().time.date).toBe('2016-03');
  });
});
