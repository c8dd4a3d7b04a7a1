// What the records of each kind refer to: countries, nested objects with seeds and themes, and the checks one kind
// of record needs (route figure ids, funding instruments and parts, displacement duplicates, partOf cycles).
import type { DataKind } from '../schema';
import { SUB_SAHARAN_AFRICA } from '../schema';
import { isObject, valueAt, type PathKey, type Problem } from './problems';

/** Every nested object of a record with its path (the record itself first). */
export function* objectsIn(value: unknown, path: PathKey[] = []): Generator<[PathKey[], Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* objectsIn(value[i], [...path, i]);
  } else if (isObject(value)) {
    yield [path, value];
    for (const [k, v] of Object.entries(value)) yield* objectsIn(v, [...path, k]);
  }
}

/** The country codes a record refers to, with their paths. */
export function countryRefs(kind: DataKind, rec: Record<string, unknown>): Array<[PathKey[], string]> {
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


/** Reports a problem at a path of the record being checked. */
export type Report = (path: PathKey[], message: string) => void;

/** The checks particular to one kind of record, against the ids of the other files. */
export function checkRecordOfKind(kind: DataKind, rec: Record<string, unknown>, id: string, idsOf: (kind: DataKind) => ReadonlySet<string>, has: (kind: DataKind) => boolean, report: Report): void {
  if (kind === 'routes' && Array.isArray(rec.figures)) {
    const seen = new Map<string, number>();
    rec.figures.forEach((f, i) => {
      const fid = isObject(f) && typeof f.id === 'string' && f.id !== '' ? f.id : '?';
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

/** Funding records' partOf must form a forest: one problem per cycle, at its first record. */
export function partOfCycles(file: string, raw: readonly unknown[]): Problem[] {
  const problems: Problem[] = [];
  const parentOf = new Map<string, string>();
  for (const rec of raw) {
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
    problems.push({ file, id: start, field: 'partOf', message: `partOf cycle: ${[...cycle, start].join(' -> ')}` });
  }
  return problems;
}
