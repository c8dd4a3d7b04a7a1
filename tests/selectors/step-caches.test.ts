// Property: the caches that let a timeline step skip work (each route's figure kept over the months it holds, the
// funding summary kept while the same amounts are current) give what the uncached functions give, whatever the order
// of the months asked: a stale entry fails here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../src/data/load';
import { applyFilters } from '../../src/selectors/filters';
import { fundingSummaryOf, summariseFunding, visibleFunding } from '../../src/selectors/funding';
import { figureAt, figureAtCached, routesAt } from '../../src/selectors/routes';
import { EMPTY_FILTERS, TIMELINE_END, TIMELINE_START } from '../../src/state/defaults';
import { monthFromIndex, monthIndex } from '../../src/state/month';
import type { FundingFlow } from '../../src/data/schema';
import type { Month } from '../../src/state/types';

const model = loadDataset();
const months = fc.integer({ min: monthIndex(TIMELINE_START), max: monthIndex(TIMELINE_END) }).map(monthFromIndex);
// A walk of steps (as the timeline makes them) and jumps (as a link or an event marker makes them).
const walk = fc.array(fc.oneof(fc.constantFrom(-1, 1, -12, 12), fc.integer({ min: -240, max: 240 })), { minLength: 1, maxLength: 60 });
// One label function throughout: the summary is kept only for the same label function.
const label = (f: FundingFlow): string => f.recipients.join('+');
const clampIndex = (i: number): number => Math.min(monthIndex(TIMELINE_END), Math.max(monthIndex(TIMELINE_START), i));
/** The months a walk of moves visits from `start` (itself first), kept within the timeline. */
function* visit(start: Month, moves: readonly number[]): Generator<Month> {
  let i = monthIndex(start);
  for (const move of moves) {
    i = clampIndex(i + move);
    yield monthFromIndex(i);
  }
}

describe('step caches', () => {
  it('a route figure kept across months is the one figureAt gives at each month', () => {
    fc.assert(
      fc.property(months, walk, (start, moves) => {
        for (const month of visit(start, [0, ...moves])) {
          for (const route of model.dataset.routes) expect(figureAtCached(model, route, month)).toBe(figureAt(model, route, month));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the routes drawn carry the figure of the month, after any walk', () => {
    for (const month of visit('2016-01', [1, 1, 12, -30, 5, -1, 60, -120, 1])) {
      const drawn = routesAt(model, applyFilters(model, EMPTY_FILTERS, month), month);
      expect(drawn.map((r) => r.figure)).toEqual(drawn.map((r) => figureAt(model, r.route, month)));
    }
  });

  it('the panel summary kept from an earlier month equals the summary computed afresh', () => {
    fc.assert(
      fc.property(months, walk, (start, moves) => {
        for (const month of visit(start, [0, ...moves])) {
          const visible = visibleFunding(model, applyFilters(model, EMPTY_FILTERS, month), month);
          expect(summariseFunding(model, visible, month, label)).toEqual(fundingSummaryOf(model, visible, month, label));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a step at which an amount stops being current gives a new summary', () => {
    // Some amount known at some month is no longer current a month later, with the same amounts visible.
    let found = false;
    for (let i = monthIndex(TIMELINE_START); i < monthIndex(TIMELINE_END) && !found; i++) {
      const [a, b] = [monthFromIndex(i), monthFromIndex(i + 1)];
      const visibleA = visibleFunding(model, applyFilters(model, EMPTY_FILTERS, a), a);
      const summaryA = summariseFunding(model, visibleA, a, label);
      const visibleB = visibleFunding(model, applyFilters(model, EMPTY_FILTERS, b), b);
      if (visibleB !== visibleA) continue;
      const summaryB = summariseFunding(model, visibleB, b, label);
      if (summaryB.leftOut.length === summaryA.leftOut.length) {
        expect(summaryB).toBe(summaryA);
        continue;
      }
      found = true;
      expect(summaryB).not.toBe(summaryA);
      expect(summaryB).toEqual(fundingSummaryOf(model, visibleB, b, label));
    }
    expect(found).toBe(true);
  });
});
