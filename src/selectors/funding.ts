// Funding at a date: which amounts are known, which are current and drawn (never an aggregate and its part together,
// never a context envelope), and one total per kind of amount: amounts of different kinds are never added.
import { FUNDING_KINDS } from '../data/kinds';
import type { FundingFlow } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import type { FilterResult } from './filters';
import { memoize, memoizeList } from './memo';
import { documentDate, monthSpan, spanActiveIn, spanOf, type Span } from './time';

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

/** Amounts known by the end of the month, whatever the filters: a filter change at the same month filters only these. */
const knownAt = memoize((model: Model, month: Month): FundingFlow[] => {
  const within = monthSpan(month);
  return model.dataset.funding.filter((f) => spanActiveIn(knownSpan(model, f), within));
});

/** Amounts decided, committed or mobilised by the end of the month that the filters keep. */
export const visibleFunding = memoizeList((model: Model, filtered: FilterResult, month: Month): FundingFlow[] => {
  const visible = knownAt(model, month).filter((f) => filtered.kept.funding.has(f.id));
  // A running total restated later (e.g. "mobilised since 2011") replaces its earlier statement.
  const ids = new Set(visible.map((f) => f.id));
  return visible.filter((f) => !(f.supersededBy && ids.has(f.supersededBy)));
});

/** The countries an amount concerns: its recipients, or the countries the document names for its region. */
export function fundingCountries(f: FundingFlow): readonly string[] {
  return f.recipients.length > 0 ? f.recipients : (f.regionCountries ?? []);
}

/** An envelope shown as context with its scope (e.g. all external cooperation worldwide): never drawn, never added. */
export function isContext(f: FundingFlow): boolean {
  return f.context !== undefined;
}

/**
 * The last date at which an amount is current: the end of its period, or, when the documents state no end, the end of
 * the year of the document that states it (the amount is known to hold then, not later). Null: no date to go by.
 */
export function fundingCurrentUntil(model: Model, f: FundingFlow): string | null {
  if (f.to) return f.to;
  const stated = documentDate(model, f.source);
  return stated ? stated.slice(0, 4) : null;
}

/** How an amount known at the month stands then. */
export type FundingStanding = 'current' | 'ended' | 'context';

const untilSpans = new WeakMap<FundingFlow, Span>();
export function fundingStandingAt(model: Model, f: FundingFlow, month: Month): FundingStanding {
  return standingIn(model, f, monthSpan(month));
}

function standingIn(model: Model, f: FundingFlow, within: Span): FundingStanding {
  if (isContext(f)) return 'context';
  let span = untilSpans.get(f);
  if (!span) untilSpans.set(f, (span = spanOf(null, fundingCurrentUntil(model, f))));
  return spanActiveIn(span, within) ? 'current' : 'ended';
}

/** An ancestor of `f` (through partOf) that is in `ids`, if any. */
function countedAncestor(model: Model, f: FundingFlow, ids: ReadonlySet<string>): string | undefined {
  let parent = f.partOf;
  // A chain longer than the records has a cycle (validation refuses them): stop rather than loop.
  for (let depth = 0; parent && depth < model.funding.size; depth++) {
    if (ids.has(parent)) return parent;
    parent = model.funding.get(parent)?.partOf;
  }
  return undefined;
}

function currentAmong(model: Model, visible: readonly FundingFlow[], month: Month): FundingFlow[] {
  const within = monthSpan(month);
  return visible.filter((f) => standingIn(model, f, within) === 'current');
}

function countedAmong(model: Model, current: readonly FundingFlow[]): FundingFlow[] {
  const ids = new Set(current.map((f) => f.id));
  return current.filter((f) => countedAncestor(model, f, ids) === undefined);
}

// Memoised: the map's arcs (drawnFunding) and the panel's summary ask for the same lists after each change.
const currentOf = memoizeList(currentAmong);
const countedOf = memoizeList(countedAmong);

/** The amounts current at the month, drawn as flows and added up by kind: no context envelope, no part of an amount already there. */
export const drawnFunding = memoizeList((model: Model, visible: readonly FundingFlow[], month: Month): FundingFlow[] => countedOf(model, currentOf(model, visible, month)));

export type FundingKind = FundingFlow['kind'];

/** Why an amount known at the date is in no total. */
export type LeftOutReason = 'context' | 'period-ended' | 'part-of-counted';

export interface KindTotal {
  kind: FundingKind;
  /** Sum of the counted amounts of this kind: never an amount of another kind, never an aggregate with its part. */
  amount: number;
  records: readonly FundingFlow[];
  /** How many of them have no stated end (current as of their document's year). */
  openEnded: number;
  /** Within the kind, by place (recipient countries or region). */
  byPlace: Array<{ key: string; label: string; amount: number }>;
}

export interface FundingSummary {
  /** One total per kind, in the schema's order of kinds; never a total across kinds. */
  byKind: KindTotal[];
  /** Amounts known at the date that no total counts, with the reason. */
  leftOut: Array<{ record: FundingFlow; reason: LeftOutReason; aggregate?: string }>;
}

const recipientKeys = new WeakMap<FundingFlow, string>();
/** Where an amount goes, as one key: its recipients in order, or its region. Computed once per record. */
export function recipientKey(f: FundingFlow): string {
  let key = recipientKeys.get(f);
  if (key === undefined) recipientKeys.set(f, (key = f.recipients.length ? [...f.recipients].sort().join('+') : `region:${f.region ?? 'unspecified'}`));
  return key;
}

/**
 * Totals by kind of the amounts known at the month (`visible`): only amounts current at the month, context envelopes
 * and parts of a counted aggregate left out and listed with the reason.
 */
export function fundingSummaryOf(model: Model, visible: readonly FundingFlow[], month: Month, placeLabel: (f: FundingFlow) => string): FundingSummary {
  return summaryOfCurrent(model, visible, currentOf(model, visible, month), placeLabel);
}

/**
 * The summary given which of the visible amounts are current. The month matters only through that: every other
 * standing is 'context' (whatever the month) or 'ended'.
 */
function summaryOfCurrent(model: Model, visible: readonly FundingFlow[], current: readonly FundingFlow[], placeLabel: (f: FundingFlow) => string): FundingSummary {
  // Not drawnFunding itself: its one-entry memo holds the map's list, which a dossier's summary would evict.
  const counted = countedOf(model, current);
  const countedIds = new Set(counted.map((f) => f.id));
  const currentIds = new Set(current.map((f) => f.id));
  const standingOf = (f: FundingFlow): FundingStanding => (isContext(f) ? 'context' : currentIds.has(f.id) ? 'current' : 'ended');
  const leftOut: FundingSummary['leftOut'] = [];
  for (const f of visible) {
    if (countedIds.has(f.id)) continue;
    const standing = standingOf(f);
    if (standing === 'context') leftOut.push({ record: f, reason: 'context' });
    else if (standing === 'ended') leftOut.push({ record: f, reason: 'period-ended' });
    else {
      const aggregate = countedAncestor(model, f, currentIds);
      leftOut.push({ record: f, reason: 'part-of-counted', ...(aggregate ? { aggregate } : {}) });
    }
  }
  const byKind: KindTotal[] = [];
  for (const kind of FUNDING_KINDS) {
    const records = counted.filter((f) => f.kind === kind);
    if (records.length === 0) continue;
    const places = new Map<string, { label: string; amount: number }>();
    for (const f of records) {
      const key = recipientKey(f);
      const place = places.get(key) ?? places.set(key, { label: placeLabel(f), amount: 0 }).get(key)!;
      place.amount += f.amountEur;
    }
    byKind.push({
      kind,
      amount: records.reduce((sum, f) => sum + f.amountEur, 0),
      records,
      openEnded: records.filter((f) => !f.to).length,
      byPlace: [...places].map(([key, p]) => ({ key, ...p })).sort((a, b) => b.amount - a.amount),
    });
  }
  return { byKind, leftOut };
}

/**
 * fundingSummaryOf, memoised for the panel of the current view. Months at which the same visible amounts are current
 * have the same summary: a timeline step that changes none returns the last summary itself, and the panel that reads
 * it is not redrawn.
 */
export const summariseFunding = (() => {
  let last: { model: Model; visible: readonly FundingFlow[]; current: readonly FundingFlow[]; placeLabel: (f: FundingFlow) => string; summary: FundingSummary } | undefined;
  return (model: Model, visible: readonly FundingFlow[], month: Month, placeLabel: (f: FundingFlow) => string): FundingSummary => {
    const current = currentOf(model, visible, month);
    if (last && last.model === model && last.visible === visible && last.placeLabel === placeLabel && sameItems(last.current, current)) return last.summary;
    last = { model, visible, current, placeLabel, summary: summaryOfCurrent(model, visible, current, placeLabel) };
    return last.summary;
  };
})();

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
