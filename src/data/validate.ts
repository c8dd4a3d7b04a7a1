// Checks the raw JSON files against the schema and against each other; every problem names its file, record id and field.
// Pure (no Node APIs): the browser bundle runs it on load, scripts/check-data.ts and the tests run it on disk files.
import type { z } from 'zod';
import { dateEnd, dateStart, isValidDate } from './dates';
import { DATA_FILES, dataFilePath, recordSchemas, SEED_FILE, SOURCE_IDS, SUB_SAHARAN_AFRICA, THEME_IDS, type DataKind, type Dataset, OPTIONAL_FILES } from './schema';

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

type PathKey = PropertyKey;

export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '-' : out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(root: unknown, path: readonly PathKey[]): { found: boolean; value: unknown } {
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

function render(value: unknown): string {
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
function describeIssue(issue: z.core.$ZodIssue, record: unknown, base: PathKey[] = []): FieldMessage[] {
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

// ── walking records ─────────────────────────────────────────────────────────

/** Every nested object of a record with its path (the record itself first). */
function* objectsIn(value: unknown, path: PathKey[] = []): Generator<[PathKey[], Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* objectsIn(value[i], [...path, i]);
  } else if (isObject(value)) {
    yield [path, value];
    for (const [k, v] of Object.entries(value)) yield* objectsIn(v, [...path, k]);
  }
}

/** The country codes a record refers to, with their paths. */
function countryRefs(kind: DataKind, rec: Record<string, unknown>): Array<[PathKey[], string]> {
  const refs: Array<[PathKey[], string]> = [];
  const list = (path: PathKey[]) => {
    const v = valueAt(rec, path).value;
    if (Array.isArray(v)) v.forEach((c, i) => typeof c === 'string' && refs.push([[...path, i], c]));
  };
  const one = (path: PathKey[]) => {
    const v = valueAt(rec, path).value;
    if (typeof v === 'string') refs.push([path, v]);
  };
  const each = (field: string, inner: (base: PathKey[]) => void) => {
    const v = rec[field];
    if (Array.isArray(v)) v.forEach((_, i) => inner([field, i]));
  };
  switch (kind) {
    case 'routes':
      each('waypoints', (b) => one([...b, 'country']));
      list(['countries', 'origin']);
      list(['countries', 'transit']);
      list(['countries', 'destination']);
      each('composition', (b) => {
        const v = valueAt(rec, [...b, 'nationality']).value;
        if (Array.isArray(v)) list([...b, 'nationality']);
        else if (v !== SUB_SAHARAN_AFRICA) one([...b, 'nationality']);
      });
      break;
    case 'agreements':
      list(['partners']);
      break;
    case 'missions':
      one(['country']);
      break;
    case 'funding':
      list(['recipients']);
      list(['regionCountries']);
      break;
    case 'processes':
    case 'events':
      list(['countries']);
      break;
    case 'displacement':
      one(['country']);
      break;
    case 'figures':
      list(['countries']);
      list(['hosts']);
      break;
    default:
      break;
  }
  return refs;
}

// ── the check ───────────────────────────────────────────────────────────────

interface ParsedFile {
  kind: DataKind;
  file: string;
  /** raw records (index = position in the file) */
  raw: unknown[];
  /** schema-valid records, by position */
  valid: Map<number, Record<string, unknown>>;
}

function recordId(rec: unknown): string {
  return isObject(rec) && typeof rec.id === 'string' && rec.id !== '' ? rec.id : '?';
}

/**
 * Validates the twelve files, keyed by path ("data/funding.json") and holding the parsed JSON.
 * Returns the dataset only when there is no problem.
 */
export function validateDataset(files: Record<string, unknown>): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = new Map<DataKind, ParsedFile>();

  // 1. shape of each file and record
  for (const kind of DATA_FILES) {
    const file = dataFilePath(kind);
    const content = files[file];
    if (content === undefined) {
      if (!OPTIONAL_FILES.has(kind)) problems.push({ file, id: '-', field: '-', message: 'file missing' });
      continue;
    }
    if (!Array.isArray(content)) {
      problems.push({ file, id: '-', field: '-', message: `expected a JSON array of records, got ${render(content)}` });
      continue;
    }
    const entry: ParsedFile = { kind, file, raw: content, valid: new Map() };
    parsed.set(kind, entry);
    const schema: z.ZodType = recordSchemas[kind];
    content.forEach((rec, index) => {
      const id = recordId(rec);
      const result = schema.safeParse(rec);
      if (result.success) {
        entry.valid.set(index, result.data as Record<string, unknown>);
        return;
      }
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        for (const { path, message } of describeIssue(issue, rec)) {
          const field = formatPath(path);
          const key = `${field}\u0000${message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          problems.push({ file, id, field, message });
        }
      }
    });
  }

  // 2. ids: unique within a file
  const ids = new Map<DataKind, Set<string>>();
  for (const { kind, file, raw } of parsed.values()) {
    const firstAt = new Map<string, number>();
    raw.forEach((rec, index) => {
      const id = recordId(rec);
      if (id === '?') return;
      const first = firstAt.get(id);
      if (first === undefined) firstAt.set(id, index);
      else problems.push({ file, id, field: 'id', message: `duplicate id (also record ${first + 1})` });
    });
    ids.set(kind, new Set(firstAt.keys()));
  }
  const idsOf = (kind: DataKind) => ids.get(kind) ?? new Set<string>();
  const has = (kind: DataKind) => parsed.has(kind);

  // 3. required ids
  if (has('sources')) {
    for (const id of SOURCE_IDS) {
      if (!idsOf('sources').has(id)) problems.push({ file: dataFilePath('sources'), id: '-', field: 'id', message: `missing source "${id}"` });
    }
  }
  if (has('themes')) {
    for (const id of THEME_IDS) {
      if (!idsOf('themes').has(id)) problems.push({ file: dataFilePath('themes'), id: '-', field: 'id', message: `missing theme "${id}"` });
    }
  }

  // 4. cross-references and dates in order (on every record, so they show next to its shape problems)
  const seedFiles = new Set<string>();
  for (const rec of parsed.get('sources')?.raw ?? []) {
    if (isObject(rec) && typeof rec.seedFile === 'string') seedFiles.add(rec.seedFile);
  }
  for (const { kind, file, raw } of parsed.values()) {
    for (const rec of raw) {
      if (!isObject(rec)) continue;
      const id = recordId(rec);
      const report = (path: PathKey[], message: string) => problems.push({ file, id, field: formatPath(path), message });

      if (has('countries')) {
        for (const [path, code] of countryRefs(kind, rec)) {
          // a malformed code is already reported by the schema
          if (/^[A-Z]{2}$/.test(code) && !idsOf('countries').has(code)) report(path, `unknown country "${code}" (not in data/countries.json)`);
        }
      }

      for (const [path, obj] of objectsIn(rec)) {
        // a malformed file name is already reported by the schema
        if (typeof obj.seed === 'string' && SEED_FILE.test(obj.seed) && typeof obj.quote === 'string' && has('sources') && !seedFiles.has(obj.seed)) {
          report([...path, 'seed'], `unknown seed file "${obj.seed}" (no source in data/sources.json has this seedFile)`);
        }
        if (Array.isArray(obj.themes) && has('themes')) {
          obj.themes.forEach((t, i) => {
            // values outside THEME_IDS are already reported by the schema
            if (typeof t === 'string' && (THEME_IDS as readonly string[]).includes(t) && !idsOf('themes').has(t)) report([...path, 'themes', i], `unknown theme "${t}" (not in data/themes.json)`);
          });
        }
        if (typeof obj.from === 'string' && typeof obj.to === 'string' && isValidDate(obj.from) && isValidDate(obj.to)) {
          if (dateStart(obj.from) > dateEnd(obj.to)) report([...path, 'to'], `"to" ${JSON.stringify(obj.to)} is before "from" ${JSON.stringify(obj.from)}`);
        }
      }

      if (kind === 'routes' && Array.isArray(rec.figures)) {
        const seen = new Map<string, number>();
        rec.figures.forEach((f, i) => {
          const fid = recordId(f);
          const first = seen.get(fid);
          if (first !== undefined) report(['figures', i, 'id'], `duplicate figure id (also figures[${first}])`);
          else seen.set(fid, i);
        });
      }
      if (kind === 'funding') {
        if (typeof rec.instrument === 'string' && has('instruments') && !idsOf('instruments').has(rec.instrument)) {
          report(['instrument'], `unknown instrument "${rec.instrument}" (not in data/instruments.json)`);
        }
        if (typeof rec.partOf === 'string' && !idsOf('funding').has(rec.partOf)) {
          report(['partOf'], `unknown funding record "${rec.partOf}"`);
        }
        if (typeof rec.supersededBy === 'string' && (rec.supersededBy === id || !idsOf('funding').has(rec.supersededBy))) {
          report(['supersededBy'], `unknown funding record "${rec.supersededBy}"`);
        }
      }
      if (kind === 'displacement' && typeof rec.duplicateOf === 'string') {
        if (rec.duplicateOf === id) report(['duplicateOf'], 'a record cannot duplicate itself');
        else if (!idsOf('displacement').has(rec.duplicateOf)) report(['duplicateOf'], `unknown displacement record "${rec.duplicateOf}"`);
      }
    }
  }

  // 5. partOf forms a forest (no cycles)
  const funding = parsed.get('funding');
  if (funding) {
    const parentOf = new Map<string, string>();
    for (const rec of funding.raw) {
      if (isObject(rec) && typeof rec.id === 'string' && typeof rec.partOf === 'string' && !parentOf.has(rec.id)) parentOf.set(rec.id, rec.partOf);
    }
    const reported = new Set<string>();
    for (const start of parentOf.keys()) {
      const chain = [start];
      let cur = parentOf.get(start);
      while (cur !== undefined && !chain.includes(cur)) {
        chain.push(cur);
        cur = parentOf.get(cur);
      }
      if (cur === undefined) continue;
      const cycle = chain.slice(chain.indexOf(cur));
      if (cycle[0] !== start || cycle.some((c) => reported.has(c))) continue;
      cycle.forEach((c) => reported.add(c));
      problems.push({ file: funding.file, id: start, field: 'partOf', message: `partOf cycle: ${[...cycle, start].join(' -> ')}` });
    }
  }

  if (problems.length > 0) return { problems };
  const dataset = Object.fromEntries(DATA_FILES.map((kind) => [kind, [...(parsed.get(kind)?.valid.values() ?? [])]])) as Dataset;
  return { dataset, problems };
}
