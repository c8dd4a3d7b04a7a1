// Checks the raw JSON files against the schema and against each other; every problem names its file, record id and field.
// Pure (no Node APIs): scripts/check-data.ts, the build and the tests run it on the data files (the page gets them checked).
import type { z } from 'zod';
import { dateEnd, dateStart, isValidDate } from './dates';
import { DATA_FILES, dataFilePath, recordSchemas, SEED_FILE, SOURCE_IDS, THEME_IDS, type DataKind, type Dataset, OPTIONAL_FILES } from './schema';
import { describeIssue, formatPath, isObject, recordId, render, type PathKey, type Problem } from './validate/problems';
import { checkRecordOfKind, countryRefs, objectsIn, partOfCycles } from './validate/references';
import { checkReading } from './validate/reading';

export { formatPath, formatProblem, type Problem } from './validate/problems';

// ── the check ───────────────────────────────────────────────────────────────

interface ParsedFile {
  kind: DataKind;
  file: string;
  /** raw records (index = position in the file) */
  raw: unknown[];
  /** schema-valid records, by position */
  valid: Map<number, Record<string, unknown>>;
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

      checkRecordOfKind(kind, rec, id, idsOf, has, report);
    }
  }

  // 5. partOf forms a forest (no cycles)
  const funding = parsed.get('funding');
  if (funding) problems.push(...partOfCycles(funding.file, funding.raw));

  // 6. reading rules: stages with their verb, dated ends with their source, horizons, routes a document describes
  const seedDates = new Map<string, string | null>();
  for (const rec of parsed.get('sources')?.raw ?? []) {
    if (!isObject(rec) || typeof rec.seedFile !== 'string') continue;
    const year = typeof rec.dateNote === 'string' ? /\b(19|20)\d{2}\b/.exec(rec.dateNote) : null;
    seedDates.set(rec.seedFile, typeof rec.date === 'string' ? rec.date : year ? year[0] : null);
  }
  const validOf = (kind: DataKind): Record<string, unknown>[] => [...(parsed.get(kind)?.valid.values() ?? [])];
  problems.push(...checkReading({ funding: validOf('funding'), missions: validOf('missions'), agreements: validOf('agreements'), routes: validOf('routes'), processes: validOf('processes') }, (seed) => seedDates.get(seed) ?? null));

  if (problems.length > 0) return { problems };
  const dataset = Object.fromEntries(DATA_FILES.map((kind) => [kind, [...(parsed.get(kind)?.valid.values() ?? [])]])) as Dataset;
  return { dataset, problems };
}
