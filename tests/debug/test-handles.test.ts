// Debug handles: only builds for tests expose the store and the map on window; the app's code sets them nowhere else.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { exposeForTests } from '../../src/debug/test-handles';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('debug handles', () => {
  it('sets a handle only when the build asks for it', () => {
    const off: Record<string, unknown> = {};
    exposeForTests('__store', 1, false, off);
    expect(off).toEqual({});
    const on: Record<string, unknown> = {};
    exposeForTests('__map', 2, true, on);
    expect(on['__map']).toBe(2);
  });

  it('is off unless VITE_TEST_HANDLES=1', async () => {
    const { TEST_HANDLES } = await import('../../src/debug/test-handles');
    expect(TEST_HANDLES).toBe(process.env['VITE_TEST_HANDLES'] === '1');
  });

  it('is the only way app code reaches window.__store or window.__map', () => {
    const offenders = sourceFiles('src')
      .filter((file) => !file.endsWith(join('debug', 'test-handles.ts')))
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
