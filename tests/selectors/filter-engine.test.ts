// The bitset filter engine against a direct reading of the filter rules, on the real dataset and 10x synthetic data.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel, type Model } from '../../src/data/model';
import { applyFilters, filterIndex, groupsAt, type FilterableRecord, type RecordKind } from '../../src/selectors/filters';
import { addBit, andInto, countAnd, countBits, emptyBitset, fullBitset, hasBit } from '../../src/selectors/bitset';
import { FILTER_KEYS, type FilterKey, type Filters } from '../../src/state/types';
import { monthFromIndex, monthIndex } from '../../src/state/month';
import { scaleDataset } from '../../scripts/bench/synthetic';
import { readDataset } from '../../scripts/data/read-data';

const dataset = readDataset();

const routesOfRecord = new WeakMap<FilterableRecord, readonly string[]>();

/** The rules as written in filters.ts, record by record. */
function reference(model: Model, filters: Filters, month: string) {
  const groups = groupsAt(model, month);
  // The routes a record is on: its own id for a route, else every route through one of its countries.
  const routesOf = (r: FilterableRecord): readonly string[] | undefined => {
    if (!r.onRoutesThroughCountries) return r.values.routes;
    let routes = routesOfRecord.get(r);
    if (!routes) {
      routes = model.dataset.routes.filter((route) => [...route.countries.origin, ...route.countries.transit, ...route.countries.destination].some((c) => r.countries?.includes(c))).map((route) => route.id);
      routesOfRecord.set(r, routes);
    }
    return routes;
  };
  const valuesFor = (r: FilterableRecord, key: Exclude<FilterKey, 'groups'>): readonly string[] | undefined => (key === 'routes' ? routesOf(r) : r.values[key]);
  const passes = (r: FilterableRecord, key: FilterKey): boolean => {
    const wanted = filters[key];
    if (wanted.length === 0) return true;
    if (key === 'groups') {
      if (!r.countries || r.countries.length === 0) return r.kind === 'organisation';
      return r.countries.some((c) => wanted.some((g) => groups.get(c)?.has(g)));
    }
    const values = valuesFor(r, key);
    return !values || values.some((v) => wanted.includes(v));
  };
  const values = (r: FilterableRecord, key: FilterKey): Set<string> =>
    key === 'groups' ? new Set((r.countries ?? []).flatMap((c) => [...(groups.get(c) ?? [])])) : new Set(valuesFor(r, key) ?? []);
  const kept = new Map<RecordKind, string[]>();
  const counts = Object.fromEntries(FILTER_KEYS.map((k) => [k, new Map<string, number>()])) as Record<FilterKey, Map<string, number>>;
  for (const r of filterIndex(model)) {
    if (FILTER_KEYS.every((k) => passes(r, k))) kept.set(r.kind, [...(kept.get(r.kind) ?? []), r.id]);
    for (const key of FILTER_KEYS) {
      if (!FILTER_KEYS.every((k) => k === key || passes(r, k))) continue;
      for (const v of values(r, key)) counts[key].set(v, (counts[key].get(v) ?? 0) + 1);
    }
  }
  return { kept, counts };
}

function optionsOf(model: Model): Record<FilterKey, string[]> {
  const d = model.dataset;
  return {
    themes: d.themes.map((t) => t.id),
    instruments: d.instruments.map((i) => i.id),
    groups: [...new Set(d.countries.flatMap((c) => c.groups.map((g) => g.group)))],
    agreementTypes: [...new Set(d.agreements.map((a) => a.type))],
    organisations: d.organisations.map((o) => o.id),
    routes: d.routes.map((r) => r.id),
  };
}

function check(model: Model, runs: number): void {
  const options = optionsOf(model);
  const pick = (values: string[]) => fc.subarray(values, { maxLength: 3 });
  const filtersArb = fc.record({ themes: pick(options.themes), instruments: pick(options.instruments), groups: pick(options.groups), agreementTypes: pick(options.agreementTypes), organisations: pick(options.organisations), routes: pick(options.routes) });
  fc.assert(
    fc.property(
      filtersArb,
      fc.integer({ min: monthIndex('2004-01'), max: monthIndex('2025-12') }),
      filtersArb,
      (filters, m, next) => {
        const month = monthFromIndex(m);
        const got = applyFilters(model, filters, month);
        // Counts are worked out when first read: after the next filter change has reused the working bitsets.
        applyFilters(model, next, month);
        const want = reference(model, filters, month);
        for (const kind of ['route', 'agreement', 'mission', 'funding', 'displacement', 'event', 'organisation', 'figure'] as const) {
          expect([...got.kept[kind]].sort()).toEqual([...(want.kept.get(kind) ?? [])].sort());
        }
        for (const key of FILTER_KEYS) expect(Object.fromEntries(got.counts[key])).toEqual(Object.fromEntries(want.counts[key]));
        expect(got.total).toBe([...want.kept.values()].reduce((n, ids) => n + ids.length, 0));
      },
    ),
    { numRuns: runs, seed: 7 },
  );
}

describe('filter engine', () => {
  it('keeps and counts exactly what the rules say, on the real dataset', () => check(buildModel(dataset), 300), 30_000);
  it('keeps and counts exactly what the rules say, on 10x synthetic data', () => check(buildModel(scaleDataset(dataset, 10)), 40), 30_000);
});

describe('bitsets', () => {
  it('count, intersect and test their members', () => {
    const size = 70;
    const a = emptyBitset(size);
    const b = fullBitset(size);
    for (const i of [0, 5, 31, 32, 33, 63, 64, 69]) addBit(a, i);
    expect(countBits(b)).toBe(70);
    expect(countAnd(a, b)).toBe(8);
    expect(Array.from({ length: size }, (_, i) => i).filter((i) => hasBit(a, i))).toEqual([0, 5, 31, 32, 33, 63, 64, 69]);
    const c = emptyBitset(size);
    addBit(c, 33);
    addBit(c, 34);
    andInto(c, a);
    expect(countBits(c)).toBe(1);
  });
});
