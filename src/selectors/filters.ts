// Filters: which records each filter dimension keeps, and how many records each option would keep.
// A dimension that does not apply to a kind of record (e.g. instrument for a mission) leaves it unchanged.
import type { Model } from '../data/model';
import type { Route } from '../data/schema';
import { FILTER_KEYS, type FilterKey, type Filters, type Month } from '../state/types';
import { memoize } from './memo';
import { addBit, andInto, countAnd, countBits, emptyBitset, fullBitset, hasBit, orInto, type Bitset } from './bitset';
import { activeAt } from './time';
import { fundingCountries } from './funding-countries';

export type RecordKind = 'route' | 'agreement' | 'mission' | 'funding' | 'displacement' | 'event' | 'organisation' | 'figure';

export interface FilterableRecord {
  kind: RecordKind;
  id: string;
  /** Values per applicable dimension, except groups (which depend on the date) and, for records other than routes, routes. */
  values: Partial<Record<Exclude<FilterKey, 'groups'>, readonly string[]>>;
  /** Countries the record concerns: the groups dimension reads their groups at the date. */
  countries?: readonly string[];
  /**
   * The routes dimension reads the record's countries: it is on every route through one of them. Kept as a flag, not
   * as a list of routes per record, which grew with records x routes (minutes at 1,000x data).
   */
  onRoutesThroughCountries?: true;
}

/** Built once per model: one entry per record of every filterable kind. */
export const filterIndex = memoize((model: Model): FilterableRecord[] => {
  const d = model.dataset;
  const out: FilterableRecord[] = [];
  const via = { onRoutesThroughCountries: true } as const;
  for (const r of d.routes) out.push({ kind: 'route', id: r.id, values: { routes: [r.id] }, countries: routeCountries(r) });
  for (const a of d.agreements) out.push({ kind: 'agreement', id: a.id, values: { themes: a.themes, agreementTypes: [a.type] }, countries: a.partners, ...via });
  for (const m of d.missions) out.push({ kind: 'mission', id: m.id, values: { themes: m.themes }, countries: m.country ? [m.country] : [], ...via });
  for (const f of d.funding) out.push({ kind: 'funding', id: f.id, values: { themes: f.themes, instruments: [f.instrument] }, countries: fundingCountries(f), ...via });
  for (const p of d.displacement) out.push({ kind: 'displacement', id: p.id, values: {}, countries: [p.country], ...via });
  for (const e of d.events) out.push({ kind: 'event', id: e.id, values: { themes: e.themes }, countries: e.countries, ...via });
  for (const f of d.figures) out.push({ kind: 'figure', id: f.id, values: {}, countries: f.countries, ...via });
  for (const o of d.organisations) out.push({ kind: 'organisation', id: o.id, values: { organisations: [o.id], themes: [...new Set(o.cooperation.flatMap((c) => c.themes))] } });
  return out;
});

/** The countries a route passes: origin, transit and destination. */
export function routeCountries(r: Route): string[] {
  return [...new Set([...r.countries.origin, ...r.countries.transit, ...r.countries.destination])];
}

type Groups = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Group memberships change at a few dates only (an accession, a candidacy). Months between two such changes share
 * one Groups object, so everything memoised on it (the filter result) is reused across a timeline step.
 */
const groupsByMembership = new WeakMap<Model, Map<string, Groups>>();

/** Groups each country belongs to at the end of the month. */
export const groupsAt = memoize((model: Model, month: Month): Groups => {
  let cache = groupsByMembership.get(model);
  if (!cache) groupsByMembership.set(model, (cache = new Map()));
  const active: boolean[] = [];
  for (const c of model.dataset.countries) for (const g of c.groups) active.push(activeAt(g.from, g.to, month));
  const key = active.map((a) => (a ? '1' : '0')).join('');
  const known = cache.get(key);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  for (const c of model.dataset.countries) {
    const groups = new Set<string>();
    for (const g of c.groups) if (activeAt(g.from, g.to, month)) groups.add(g.group);
    out.set(c.id, groups);
  }
  cache.set(key, out);
  return out;
});

/** The ids of one kind of record that the filters keep. */
export interface KeptIds extends Iterable<string> {
  has(id: string): boolean;
  readonly size: number;
}

export interface FilterResult {
  /** Ids of the records every active filter keeps, by kind. */
  kept: Readonly<Record<RecordKind, KeptIds>>;
  /** For each option of each dimension: how many records it would keep with the other filters as they are. */
  counts: Readonly<Record<FilterKey, ReadonlyMap<string, number>>>;
  total: number;
  active: boolean;
}

/**
 * The filter index as bitsets over its records: for each dimension, the records each option value tags and the
 * records the dimension does not apply to. Built once per model.
 */
interface FilterBits {
  size: number;
  records: readonly FilterableRecord[];
  options: Record<Exclude<FilterKey, 'groups'>, Map<string, Bitset>>;
  notApplicable: Record<Exclude<FilterKey, 'groups'>, Bitset>;
  /** Records the groups filter always keeps: organisations, which concern no country. */
  groupless: Bitset;
  /** Every record, by kind, when no filter is active: the same sets for every such state. */
  allKept: Readonly<Record<RecordKind, KeptIds>>;
  /** Record index by id, for each kind. */
  indexOf: Readonly<Record<RecordKind, ReadonlyMap<string, number>>>;
  /**
   * Working bitsets reused by every filter change (one per dimension, and one for the records passing the others):
   * allocating them anew cost more than the counting, in the browser, with large data.
   */
  scratch: Bitset[];
}

/** Kept ids read straight from the kept bitset: no set of thousands of ids is built on a filter change. */
class KeptFromBits implements KeptIds {
  private count: number | undefined;
  constructor(
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly bits: Bitset,
  ) {}
  has(id: string): boolean {
    const i = this.indexOf.get(id);
    return i !== undefined && hasBit(this.bits, i);
  }
  get size(): number {
    if (this.count === undefined) {
      let n = 0;
      for (const i of this.indexOf.values()) if (hasBit(this.bits, i)) n++;
      this.count = n;
    }
    return this.count;
  }
  *[Symbol.iterator](): Iterator<string> {
    for (const [id, i] of this.indexOf) if (hasBit(this.bits, i)) yield id;
  }
}

const DATELESS_KEYS = FILTER_KEYS.filter((k): k is Exclude<FilterKey, 'groups'> => k !== 'groups');

const filterBits = memoize((model: Model): FilterBits => {
  const records = filterIndex(model);
  const size = records.length;
  const options = Object.fromEntries(DATELESS_KEYS.map((k) => [k, new Map<string, Bitset>()])) as FilterBits['options'];
  const notApplicable = Object.fromEntries(DATELESS_KEYS.map((k) => [k, emptyBitset(size)])) as FilterBits['notApplicable'];
  const groupless = emptyBitset(size);
  const allKept = emptyKept();
  const indexOf = byKind(() => new Map<string, number>());
  // Records on routes through each country: a route's option set is its own record plus those of its countries.
  const viaCountry = new Map<string, Bitset>();
  records.forEach((r, i) => {
    allKept[r.kind].add(r.id);
    indexOf[r.kind].set(r.id, i);
    if (r.kind === 'organisation' && !r.countries?.length) addBit(groupless, i);
    if (r.onRoutesThroughCountries) {
      for (const c of r.countries ?? []) {
        let set = viaCountry.get(c);
        if (!set) viaCountry.set(c, (set = emptyBitset(size)));
        addBit(set, i);
      }
    }
    for (const key of DATELESS_KEYS) {
      const values = r.values[key];
      if (!values) {
        if (!(key === 'routes' && r.onRoutesThroughCountries)) addBit(notApplicable[key], i);
        continue;
      }
      for (const v of values) {
        let set = options[key].get(v);
        if (!set) options[key].set(v, (set = emptyBitset(size)));
        addBit(set, i);
      }
    }
  });
  for (const r of records) {
    if (r.kind !== 'route') continue;
    const set = options.routes.get(r.id)!;
    for (const c of r.countries ?? []) {
      const via = viaCountry.get(c);
      if (via) orInto(set, via);
    }
  }
  return { size, records, options, notApplicable, groupless, allKept, indexOf, scratch: [] };
});

/** The n-th working bitset of the index, emptied. */
function scratchBits(bits: FilterBits, n: number): Bitset {
  let b = bits.scratch[n];
  if (!b) bits.scratch[n] = b = emptyBitset(bits.size);
  else b.fill(0);
  return b;
}

/** For each group: the records concerning at least one country in it, with memberships as of one Groups object. */
const groupBitsCache = new WeakMap<Groups, Map<string, Bitset>>();
function groupBits(bits: FilterBits, groups: Groups): Map<string, Bitset> {
  const cached = groupBitsCache.get(groups);
  if (cached) return cached;
  const out = new Map<string, Bitset>();
  bits.records.forEach((r, i) => {
    for (const c of r.countries ?? []) {
      for (const g of groups.get(c) ?? []) {
        let set = out.get(g);
        if (!set) out.set(g, (set = emptyBitset(bits.size)));
        addBit(set, i);
      }
    }
  });
  groupBitsCache.set(groups, out);
  return out;
}

function byKind<T>(make: (kind: RecordKind) => T): Record<RecordKind, T> {
  return { route: make('route'), agreement: make('agreement'), mission: make('mission'), funding: make('funding'), displacement: make('displacement'), event: make('event'), organisation: make('organisation'), figure: make('figure') };
}

function emptyKept(): Record<RecordKind, Set<string>> {
  return byKind(() => new Set<string>());
}

/** The records the filters keep at the month. Recomputed only when the filters or the group memberships change. */
/** A record whose values are computed on first read, once each. */
function lazyRecord<K extends string, V>(keys: readonly K[], compute: (key: K) => V): Readonly<Record<K, V>> {
  const out = {} as Record<K, V>;
  for (const key of keys) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = compute(key);
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
}

export function applyFilters(model: Model, filters: Filters, month: Month): FilterResult {
  return filterWithGroups(model, filters, groupsAt(model, month));
}

/**
 * A record passes a dimension when the dimension has no wanted value, does not apply to it, or it carries one of
 * the wanted values (for groups: one of its countries is in a wanted group at the date). It is kept when it passes
 * every dimension, and counts for option v of dimension D when it carries v and passes every other dimension.
 */
const filterWithGroups = memoize((model: Model, filters: Filters, groups: Groups): FilterResult => {
  const bits = filterBits(model);
  const byGroup = groupBits(bits, groups);
  const active = FILTER_KEYS.some((k) => filters[k].length > 0);
  // The records passing each active dimension (an inactive one passes everything and is left out).
  const passing = new Map<FilterKey, Bitset>();
  for (const [n, key] of FILTER_KEYS.entries()) {
    const wanted = filters[key];
    if (wanted.length === 0) continue;
    const pass = scratchBits(bits, n);
    if (key === 'groups') {
      orInto(pass, bits.groupless);
      for (const g of wanted) {
        const set = byGroup.get(g);
        if (set) orInto(pass, set);
      }
    } else {
      orInto(pass, bits.notApplicable[key]);
      for (const v of wanted) {
        const set = bits.options[key].get(v);
        if (set) orInto(pass, set);
      }
    }
    passing.set(key, pass);
  }
  // Each dimension's counts are worked out when first read (a panel reads them while that dimension is open): from
  // copies of the passing sets, since the working bitsets belong to the next filter change.
  const passingCopy = [...passing].map(([key, pass]) => [key, pass.slice()] as const);
  const countsOf = (key: FilterKey): ReadonlyMap<string, number> => {
    const others = fullBitset(bits.size);
    for (const [k, pass] of passingCopy) if (k !== key) andInto(others, pass);
    const out = new Map<string, number>();
    for (const [value, set] of key === 'groups' ? byGroup : bits.options[key]) {
      const n = countAnd(set, others);
      if (n > 0) out.set(value, n);
    }
    return out;
  };
  const counts = lazyRecord(FILTER_KEYS, countsOf);
  if (!active) return { kept: bits.allKept, counts, total: bits.size, active };
  // A new bitset: the result holds it.
  const keptBits = fullBitset(bits.size);
  for (const pass of passing.values()) andInto(keptBits, pass);
  const kept = byKind((kind): KeptIds => new KeptFromBits(bits.indexOf[kind], keptBits));
  return { kept, counts, total: countBits(keptBits), active };
});
