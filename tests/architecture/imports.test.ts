// The folders show the flow: read from the import lines of every source file, no import runs in a circle (type
// imports and dynamic imports included), none runs from src/map to src/ui, from src/i18n to the store, or from
// scripts/ to tests/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mts)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, over several lines too.
const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The files of this tree a file imports (relative specifiers resolved as TypeScript does; packages left out). */
function importsOf(file: string, text: string = readFileSync(file, 'utf8')): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (!spec.startsWith('.')) continue;
    const base = resolve(dirname(file), spec);
    const hit = [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => SOURCE.test(p) && isFile(p));
    if (hit) out.push(hit);
  }
  return out;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The circles of a graph (strongly connected components of more than one file, or a file importing itself). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const files = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'scripts')), join(ROOT, 'vite.config.ts')];
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (p: string): string => relative(ROOT, p);
/** Every import from a file under `from` to a file under `to`, as "a -> b". */
const arrows = (from: string, to: (target: string) => boolean): string[] =>
  [...graph].filter(([f]) => rel(f).startsWith(from)).flatMap(([f, targets]) => targets.filter((t) => to(rel(t))).map((t) => `${rel(f)} -> ${rel(t)}`));

describe('imports that show the flow', () => {
  it('reads the import lines it checks', () => {
    expect(importsOf('/r/src/a.ts', "import type { X } from './store';\nexport { y } from '../lib';\nconst p = import('./late');").length).toBe(0); // none of these files exists
    expect(importsOf(join(ROOT, 'src/i18n/catalogues.ts')).map(rel)).toContain('src/i18n/languages/fr/pack.ts');
    expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });

  it('has no import cycle in src/ or scripts/', () => {
    expect(circles(graph).map((c) => c.map(rel))).toEqual([]);
  });

  it('imports nothing of src/ui from src/map', () => {
    expect(arrows('src/map/', (t) => t.startsWith('src/ui/'))).toEqual([]);
  });

  it('imports no store from src/i18n: only the types of src/state', () => {
    expect(arrows('src/i18n/', (t) => t.startsWith('src/state/') && t !== 'src/state/types.ts')).toEqual([]);
  });

  it('imports nothing of tests/ from scripts/', () => {
    expect(arrows('scripts/', (t) => t.startsWith('tests/'))).toEqual([]);
  });
});
