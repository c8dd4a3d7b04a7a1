// Filters: which records each filter dimension keeps, and how many records each option would keep.
// A dimension that does not apply to a kind of record (e.g. instrument for a mission) leaves it unchanged.
import type { Model } from '../data/model';
import { FILTER_KEYS, type FilterKey, type Filters, type Month } from '../state/types';
import { memoize } from './memo';
import { activeAt } from './time';

export type RecordKind = 'route' | 'agreement' | 'mission' | 'funding' | 'displacement' | 'event' | 'organisation';

export interface FilterableRecord {
  kind: RecordKind;
  id: string;
  /** Values per applicable dimension, except groups (which depend on the date). */
  values: Partial<Record<Exclude<FilterKey, 'groups'>, readonly string[]>>;
  /** Countries the record concerns: the groups dimension reads their groups at the date. */
  countries?: readonly string[];
}

/** Built once per model: one entry per record of every filterable kind. */
export const filterIndex = memoize((model: Model): FilterableRecord[] => {
  const d = model.dataset;
  const routeCountries = new Map(d.routes.map((r) => [r.id, new Set([...r.countries.origin, ...r.countries.transit, ...r.countries.destination])]));
  const routesThrough = (countries: readonly string[]): string[] =>
    d.routes.filter((r) => countries.some((c) => routeCountries.get(r.id)?.has(c))).map((r) => r.id);
  const out: FilterableRecord[] = [];
  for (const r of d.routes) out.push({ kind: 'route', id: r.id, values: { routes: [r.id] }, countries: [...(routeCountries.get(r.id) ?? [])] });
  for (const a of d.agreements)
    out.push({ kind: 'agreement', id: a.id, values: { themes: a.themes, agreementTypes: [a.type], routes: routesThrough(a.partners) }, countries: a.partners });
  for (const m of d.missions) {
    const countries = m.country ? [m.country] : [];
    out.push({ kind: 'mission', id: m.id, values: { themes: m.themes, routes: routesThrough(countries) }, countries });
  }
  for (const f of d.funding)
    out.push({ kind: 'funding', id: f.id, values: { themes: f.themes, instruments: [f.instrument], routes: routesThrough(f.recipients) }, countries: f.recipients });
  for (const p of d.displacement) out.push({ kind: 'displacement', id: p.id, values: { routes: routesThrough([p.country]) }, countries: [p.country] });
  for (const e of d.events) out.push({ kind: 'event', id: e.id, values: { themes: e.themes, routes: routesThrough(e.countries) }, countries: e.countries });
  for (const o of d.organisations) out.push({ kind: 'organisation', id: o.id, values: { organisations: [o.id], themes: [...new Set(o.cooperation.flatMap((c) => c.themes))] } });
  return out;
});

/** Groups each country belongs to at the end of the month. */
export const groupsAt = memoize((model: Model, month: Month): ReadonlyMap<string, ReadonlySet<string>> => {
  const out = new Map<string, Set<string>>();
  for (const c of model.dataset.countries) {
    const groups = new Set<string>();
    for (const g of c.groups) if (activeAt(g.from, g.to, month)) groups.add(g.group);
    out.set(c.id, groups);
  }
  return out;
});

function matches(record: FilterableRecord, key: FilterKey, wanted: readonly string[], groups: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (wanted.length === 0) return true;
  if (key === 'groups') {
    if (!record.countries || record.countries.length === 0) return record.kind === 'organisation';
    return record.countries.some((c) => wanted.some((g) => groups.get(c)?.has(g)));
  }
  const values = record.values[key];
  if (!values) return true; // the dimension does not apply to this kind
  return values.some((v) => wanted.includes(v));
}

export interface FilterResult {
  /** Ids of the records every active filter keeps, by kind. */
  kept: Readonly<Record<RecordKind, ReadonlySet<string>>>;
  /** For each option of each dimension: how many records it would keep with the other filters as they are. */
  counts: Readonly<Record<FilterKey, ReadonlyMap<string, number>>>;
  total: number;
  active: boolean;
}

function optionValues(record: FilterableRecord, key: FilterKey, groups: ReadonlyMap<string, ReadonlySet<string>>): Iterable<string> {
  if (key === 'groups') {
    const set = new Set<string>();
    for (const c of record.countries ?? []) for (const g of groups.get(c) ?? []) set.add(g);
    return set;
  }
  return record.values[key] ?? [];
}

export const applyFilters = memoize((model: Model, filters: Filters, month: Month): FilterResult => {
  const index = filterIndex(model);
  const groups = groupsAt(model, month);
  const kept: Record<RecordKind, Set<string>> = {
    route: new Set(),
    agreement: new Set(),
    mission: new Set(),
    funding: new Set(),
    displacement: new Set(),
    event: new Set(),
    organisation: new Set(),
  };
  const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, new Map<string, number>()])) as Record<FilterKey, Map<string, number>>;
  const active = FILTER_KEYS.some((k) => filters[k].length > 0);
  let total = 0;
  for (const record of index) {
    let failing = 0;
    let failedKey: FilterKey | undefined;
    for (const key of FILTER_KEYS) {
      if (!matches(record, key, filters[key], groups)) {
        failing++;
        failedKey = key;
        if (failing > 1) break;
      }
    }
    if (failing === 0) {
      kept[record.kind].add(record.id);
      total++;
    }
    // A record counts for an option of dimension D when it passes every other dimension.
    if (failing > 1) continue;
    for (const key of FILTER_KEYS) {
      if (failing === 1 && key !== failedKey) continue;
      const map = counts[key];
      for (const v of optionValues(record, key, groups)) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  return { kept, counts, total, active };
});
