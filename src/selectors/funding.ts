// Funding at a date: which amounts are visible, which are drawn (never an aggregate and its part together),
// and the totals by instrument and by recipient.
import type { FundingFlow } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import type { FilterResult } from './filters';
import { memoize, memoizeList } from './memo';
import { documentDate, spanActiveAt, spanOf, type Span } from './time';

const runningTotals = memoize((model: Model): ReadonlySet<string> => {
  const ids = new Set<string>();
  for (const f of model.dataset.funding) {
    if (f.supersededBy) {
      ids.add(f.id);
      ids.add(f.supersededBy);
    }
  }
  return ids;
});

/**
 * When an amount became known: its own start date, or the date of the document that states it.
 * A running total ("mobilised since 2011", restated later) is a figure as of its document's date,
 * so it appears then, not at the start of the period it sums.
 */
export function fundingKnownFrom(model: Model, f: FundingFlow): string | null {
  if (runningTotals(model).has(f.id)) return documentDate(model, f.source) ?? f.from;
  return f.from ?? documentDate(model, f.source);
}

// When each amount became known, as an instant: computed once per record.
const knownSpans = new WeakMap<FundingFlow, Span>();
function knownSpan(model: Model, f: FundingFlow): Span {
  let span = knownSpans.get(f);
  if (!span) knownSpans.set(f, (span = spanOf(fundingKnownFrom(model, f), null)));
  return span;
}

/** Amounts decided, committed or mobilised by the end of the month that the filters keep. */
export const visibleFunding = memoizeList((model: Model, filtered: FilterResult, month: Month): FundingFlow[] => {
  const visible = model.dataset.funding.filter((f) => filtered.kept.funding.has(f.id) && spanActiveAt(knownSpan(model, f), month));
  // A running total restated later (e.g. "mobilised since 2011") replaces its earlier statement.
  const ids = new Set(visible.map((f) => f.id));
  return visible.filter((f) => !(f.supersededBy && ids.has(f.supersededBy)));
});

/** The records to draw and add up: those none of whose aggregates is itself visible. */
export const drawnFunding = memoizeList((model: Model, visible: readonly FundingFlow[]): FundingFlow[] => {
  const ids = new Set(visible.map((f) => f.id));
  return visible.filter((f) => {
    let parent = f.partOf;
    const seen = new Set<string>();
    while (parent && !seen.has(parent)) {
      if (ids.has(parent)) return false;
      seen.add(parent);
      parent = model.funding.get(parent)?.partOf;
    }
    return true;
  });
});

export interface FundingTotals {
  total: number;
  byInstrument: Array<{ id: string; name: string; amount: number }>;
  byRecipient: Array<{ key: string; label: string; amount: number }>;
}

export function recipientKey(f: FundingFlow): string {
  return f.recipients.length ? [...f.recipients].sort().join('+') : `region:${f.region ?? 'unspecified'}`;
}

export const fundingTotals = memoize((model: Model, visible: readonly FundingFlow[], recipientLabel: (f: FundingFlow) => string): FundingTotals => {
  const byInstrument = new Map<string, FundingFlow[]>();
  const byRecipient = new Map<string, { label: string; records: FundingFlow[] }>();
  for (const f of visible) {
    (byInstrument.get(f.instrument) ?? byInstrument.set(f.instrument, []).get(f.instrument)!).push(f);
    const key = recipientKey(f);
    const entry = byRecipient.get(key) ?? byRecipient.set(key, { label: recipientLabel(f), records: [] }).get(key)!;
    entry.records.push(f);
  }
  return {
    total: model.fundingTotal(visible),
    byInstrument: [...byInstrument]
      .map(([id, records]) => ({ id, name: model.instruments.get(id)?.name ?? id, amount: model.fundingTotal(records) }))
      .sort((a, b) => b.amount - a.amount),
    byRecipient: [...byRecipient]
      .map(([key, { label, records }]) => ({ key, label, amount: model.fundingTotal(records) }))
      .sort((a, b) => b.amount - a.amount),
  };
});
