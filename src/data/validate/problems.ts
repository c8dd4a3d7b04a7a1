// The problems a data check reports, and how a zod issue becomes one: the file, record id, field and a plain message.
import type { z } from 'zod';

export interface Problem {
  /** e.g. "data/funding.json" */
  file: string;
  /** the record's id; "?" when the record has none, "-" for the file as a whole */
  id: string;
  /** path inside the record, e.g. "status[0].from"; "-" for the record or file as a whole */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} ${p.id} ${p.field}: ${p.message}`;
}

export type PathKey = PropertyKey;

export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '-' : out;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function valueAt(root: unknown, path: readonly PathKey[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const key of path) {
    if (Array.isArray(cur) && typeof key === 'number') {
      if (key >= cur.length) return { found: false, value: undefined };
      cur = cur[key];
    } else if (isObject(cur) && typeof key === 'string') {
      if (!Object.hasOwn(cur, key)) return { found: false, value: undefined };
      cur = cur[key];
    } else return { found: false, value: undefined };
  }
  return { found: true, value: cur };
}

export function render(value: unknown): string {
  let s: string;
  if (value === undefined) s = 'undefined';
  else if (Array.isArray(value)) s = 'an array';
  else if (isObject(value)) s = 'an object';
  else s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

interface FieldMessage {
  path: PathKey[];
  message: string;
}

/** Turns one zod issue into readable (path, message) pairs; `record` is the raw record the issue paths start from. */
export function describeIssue(issue: z.core.$ZodIssue, record: unknown, base: PathKey[] = []): FieldMessage[] {
  const path = [...base, ...issue.path];
  const at = valueAt(record, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.message.startsWith('Invalid input') ? (TYPE_NAMES[issue.expected] ?? issue.expected) : null;
      if (!at.found) return [{ path, message: `missing (expected ${expected ?? issue.message.replace(/^expected /, '')})` }];
      return [{ path, message: `${expected ? `expected ${expected}` : issue.message}, got ${render(at.value)}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field' }));
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (!at.found) return [{ path, message: `missing (expected one of ${options})` }];
      return [{ path, message: `expected one of ${options}, got ${render(at.value)}` }];
    }
    case 'invalid_union': {
      // Report the branch the value came closest to (a citation with "seed" is judged as a seed citation).
      const branches = issue.errors.map((errs) => errs.flatMap((e) => describeIssue(e, record, path)));
      const sizes = branches.map((b) => b.length);
      const best = Math.min(...sizes);
      if (!at.found) sizes.fill(best); // nothing to get close to: say what is expected
      if (branches.length > 0 && sizes.filter((n) => n === best).length === 1) return branches[sizes.indexOf(best)] ?? [];
      const expected = isCitationPath(path)
        ? 'a citation: { "seed": "<seed file>", "quote": "..." } or background { "background": "<statement>", "reference": "<act, Official Journal reference>" }'
        : 'one of several shapes';
      if (!at.found) return [{ path, message: `missing (expected ${expected})` }];
      return [{ path, message: `expected ${expected}, got ${render(at.value)}` }];
    }
    case 'custom':
      return [{ path, message: issue.message }];
    default: {
      const shown = at.found && (typeof at.value === 'string' || typeof at.value === 'number') ? `, got ${render(at.value)}` : '';
      return [{ path, message: `${issue.message}${shown}` }];
    }
  }
}

function isCitationPath(path: readonly PathKey[]): boolean {
  const last = [...path].reverse().find((k) => typeof k === 'string');
  return last === 'source' || last === 'sources';
}


export function recordId(rec: unknown): string {
  return isObject(rec) && typeof rec.id === 'string' && rec.id !== '' ? rec.id : '?';
}
