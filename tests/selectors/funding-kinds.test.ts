// Property: at any date and with any filters, every funding total shown is of one kind, counts no aggregate with its
// part, no context envelope and no amount whose period ended; and every amount known then is either counted or listed
// as left out with its reason.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../src/data/load';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState, EMPTY_FILTERS, TIMELINE_END, TIMELINE_START } from '../../src/state/defaults';
import { addMonths, monthIndex } from '../../src/state/month';
import { dateEnd } from '../../src/data/dates';
import type { FundingFlow } from '../../src/data/schema';
import type { Filters } from '../../src/state/types';

const model = loadDataset();
const views = createViewSelectors(model);
const span = monthIndex(TIMELINE_END) - monthIndex(TIMELINE_START);

/** The first instant of a month, computed here and not by the app. */
function monthStartUtc(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return Date.UTC(y!, m! - 1, 1);
}

/** When the record stops being current, by the rule the README states: its end, or its document's year. */
function lastDay(f: FundingFlow): number {
  if (f.to) return dateEnd(f.to);
  const seed = 'seed' in f.source ? f.source.seed : undefined;
  const source = model.dataset.sources.find((s) => s.seedFile === seed);
  const year = source?.date?.slice(0, 4) ?? /\b(19|20)\d{2}\b/.exec(source?.dateNote ?? '')?.[0];
  return year ? dateEnd(year) : Infinity;
}

function ancestors(f: FundingFlow): string[] {
  const out: string[] = [];
  let p = f.partOf;
  while (p && !out.includes(p)) {
    out.push(p);
    p = model.funding.get(p)?.partOf;
  }
  return out;
}

const pick = <T,>(values: readonly T[]) => fc.subarray([...values], { maxLength: 2 });
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  themes: pick(model.dataset.themes.map((t) => t.id)),
  instruments: pick(model.dataset.instruments.map((i) => i.id)),
  groups: pick(['candidate', 'western-balkans', 'middle-east', 'horn-of-africa', 'southern-neighbourhood']),
  agreementTypes: fc.constant([]),
  organisations: fc.constant([]),
  routes: pick(model.dataset.routes.map((r) => r.id)),
}).map((f) => ({ ...EMPTY_FILTERS, ...f }) as Filters);

describe('funding totals by kind (property)', () => {
  it('never mixes kinds, aggregates with parts, context or ended periods, and accounts for every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), fc.oneof(fc.constant(EMPTY_FILTERS), filtersArb), (offset, filters) => {
        const month = addMonths(TIMELINE_START, offset);
        const base = defaultState();
        const state = { ...base, time: { ...base.time, date: month }, filters };
        const summary = views.fundingSummary(state);
        const known = views.funding(state);
        const counted = summary.byKind.flatMap((k) => k.records);
        const countedIds = new Set(counted.map((f) => f.id));
        // One total per kind, each of one kind only, and equal to the sum of its amounts.
        expect(new Set(summary.byKind.map((k) => k.kind)).size).toBe(summary.byKind.length);
        for (const k of summary.byKind) {
          for (const f of k.records) expect(f.kind).toBe(k.kind);
          expect(k.amount).toBe(k.records.reduce((s, f) => s + f.amountEur, 0));
        }
        expect(countedIds.size).toBe(counted.length);
        for (const f of counted) {
          // No aggregate with its part.
          for (const a of ancestors(f)) expect(countedIds.has(a), `${f.id} is part of ${a}, both counted at ${month}`).toBe(false);
          // No context envelope, no amount whose period ended before the month.
          expect(f.context).toBeUndefined();
          expect(lastDay(f), `${f.id} ended before ${month}`).toBeGreaterThanOrEqual(monthStartUtc(month));
        }
        // Every amount known at the date is counted or left out with a reason, once.
        const left = summary.leftOut.map((l) => l.record.id);
        expect([...countedIds, ...left].sort()).toEqual(known.map((f) => f.id).sort());
        for (const l of summary.leftOut) {
          if (l.reason === 'context') expect(l.record.context).toBeDefined();
          if (l.reason === 'period-ended') expect(lastDay(l.record)).toBeLessThan(monthStartUtc(month));
          if (l.reason === 'part-of-counted') expect(ancestors(l.record).some((a) => known.some((f) => f.id === a))).toBe(true);
        }
        // The arcs are the counted amounts.
        expect(views.fundingDrawn(state).map((f) => f.id).sort()).toEqual([...countedIds].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('shows one total per kind at 2015-09 and at 2024-06 (the worldwide allocation in none)', () => {
    const at = (month: string) => views.fundingSummary({ ...defaultState(), time: { ...defaultState().time, date: month }, filters: EMPTY_FILTERS });
    const y2015 = at('2015-09');
    expect(y2015.byKind.map((k) => k.kind)).toEqual(['allocated', 'committed', 'mobilised', 'humanitarian', 'planned']);
    expect(y2015.leftOut.find((l) => l.record.id === 'eu-external-cooperation-2014-2020')?.reason).toBe('context');
    expect(y2015.leftOut.find((l) => l.record.id === 'ipa-home-affairs-turkiye-2007-2013')?.reason).toBe('period-ended');
    const y2024 = at('2024-06');
    expect(y2024.byKind.find((k) => k.kind === 'mobilised')?.records.map((f) => f.id)).toEqual(['syria-region-since-2011-eu-and-member-states-2024']);
    expect(y2024.byKind.find((k) => k.kind === 'pledged')?.amount).toBe(6_000_000_000);
    for (const k of [...y2015.byKind, ...y2024.byKind]) expect(k.records.every((f) => f.id !== 'eu-external-cooperation-2014-2020')).toBe(true);
  });
});
