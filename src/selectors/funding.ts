// Funding at a date: which amounts are known (from their document's date), which are current and drawn (never an
// aggregate and its part together, never a context envelope), and totals of one stage, one donor and one period.
import { TOTALLED_STAGES } from '../data/kinds';
import type { FundingFlow } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import type { FilterResult } from './filters';
import { memoize, memoizeList } from './memo';
// Handed on for the callers that read it with the other funding facts; defined below the filters, which read it too.
import { documentDate, knownFrom, monthSpan, spanActiveIn, spanOf, type Span } from './time';

/**
 * When an amount became known: the date of the document that states it, whatever period it covers ("mobilised since
 * 2011", stated on 9 September 2015, is known from September 2015, never from 2011). An amount cited from a
 * background record only is known from its own start.
 */
export function fundingKnownFrom(model: Model, f: FundingFlow): string | null {
  return knownFrom(model, f.source, f.from);
}

// When each amount became known, as an instant: computed once per record.
const knownSpans = new WeakMap<FundingFlow, Span>();
function knownSpan(model: Model, f: FundingFlow): Span {
  let span = knownSpans.get(f);
  if (!span) knownSpans.set(f, (span = spanOf(fundingKnownFrom(model, f), null)));
  return span;
}

/** Is the amount known by the end of the month? The one test of the map, the panels, the dossier, the change list and the table. */
export function fundingKnownAt(model: Model, f: FundingFlow, month: Month): boolean {
  return spanActiveIn(knownSpan(model, f), monthSpan(month));
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

/** An amount the map can draw: a stated amount (help with no amount named is listed, never drawn as an arc). */
function hasAmount(f: FundingFlow): f is FundingFlow & { amountEur: number } {
  return f.amountEur !== null;
}

function countedAmong(model: Model, current: readonly FundingFlow[]): FundingFlow[] {
  const ids = new Set(current.map((f) => f.id));
  return current.filter((f) => countedAncestor(model, f, ids) === undefined);
}

// Memoised: the map's arcs (drawnFunding) and the panel's summary ask for the same lists after each change.
const currentOf = memoizeList(currentAmong);
const countedOf = memoizeList(countedAmong);

/** The amounts current at the month, drawn as flows and added up by kind: no context envelope, no part of an amount already there. */
export const drawnFunding = memoizeList((model: Model, visible: readonly FundingFlow[], month: Month): FundingFlow[] => countedOf(model, currentOf(model, visible, month)).filter(hasAmount));

export type FundingStage = FundingFlow['stage'];
export type TotalledStage = (typeof TOTALLED_STAGES)[number];
export type FundingDonor = FundingFlow['donor'];

/** Why an amount known at the date is in no total. */
export type LeftOutReason = 'context' | 'period-ended' | 'part-of-counted' | 'stage-not-stated' | 'committed-or-planned' | 'no-amount';

/**
 * What a total's figure can claim: each amount's hedge, summed. "more than"/"over" parts make an "at least" total,
 * "close to"/"almost"/"around"/"approximately" an "about" total, and an indicative part an indicative total.
 */
export type TotalQualifier = 'at-least' | 'about' | 'less-than' | 'indicative';

export interface FundingTotal {
  /** One stage, one donor, one period: nothing else is added. */
  stage: TotalledStage;
  donor: FundingDonor;
  /** The period the amounts cover, as the documents state it ("2015", "2011 to 2015-09", "to 2024"). */
  from: string | null;
  to: string | null;
  amount: number;
  qualifier: TotalQualifier | undefined;
  records: readonly FundingFlow[];
  /** How many of them have no stated end (current as of their document's year). */
  openEnded: number;
  /** Amounts of the total shared with other countries or given for a region: each counted once, in full. */
  shared: number;
  /** Within the total, by place (recipient countries or region). */
  byPlace: Array<{ key: string; label: string; amount: number }>;
}

export interface FundingSummary {
  /** One total per stage, donor and period, in the schema's order of stages; never a total across them. */
  totals: FundingTotal[];
  /** Amounts known at the date that no total counts, with the reason. */
  leftOut: Array<{ record: FundingFlow; reason: LeftOutReason; aggregate?: string }>;
}

/** The hedge of a sum, from its parts' qualifiers (see TotalQualifier). */
export function totalQualifier(records: readonly FundingFlow[]): TotalQualifier | undefined {
  const hedges = new Set<TotalQualifier>();
  for (const f of records) {
    const q = f.qualifier;
    if (!q) continue;
    if (q === 'more than' || q === 'over') hedges.add('at-least');
    else if (q === 'less than') hedges.add('less-than');
    else if (q === 'indicative') hedges.add('indicative');
    else hedges.add('about');
  }
  if (hedges.size === 0) return undefined;
  if (hedges.size === 1) return [...hedges][0];
  // "more than X" plus "close to Y" is neither at least nor at most X + Y: about.
  return 'about';
}

function isTotalled(stage: FundingStage): stage is TotalledStage {
  return (TOTALLED_STAGES as readonly string[]).includes(stage);
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
  const added: Array<FundingFlow & { amountEur: number; stage: TotalledStage }> = [];
  for (const f of visible) {
    const standing = standingOf(f);
    if (countedIds.has(f.id)) {
      if (f.amountEur === null) leftOut.push({ record: f, reason: 'no-amount' });
      else if (f.stage === 'committed-or-planned') leftOut.push({ record: f, reason: 'committed-or-planned' });
      else if (!isTotalled(f.stage)) leftOut.push({ record: f, reason: 'stage-not-stated' });
      else added.push(f as FundingFlow & { amountEur: number; stage: TotalledStage });
      continue;
    }
    if (standing === 'context') leftOut.push({ record: f, reason: 'context' });
    else if (standing === 'ended') leftOut.push({ record: f, reason: 'period-ended' });
    else {
      const aggregate = countedAncestor(model, f, currentIds);
      leftOut.push({ record: f, reason: 'part-of-counted', ...(aggregate ? { aggregate } : {}) });
    }
  }
  const groups = new Map<string, typeof added>();
  for (const f of added) {
    const key = `${f.stage}|${f.donor}|${f.from ?? ''}|${f.to ?? ''}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const totals: FundingTotal[] = [];
  for (const records of groups.values()) {
    const first = records[0]!;
    const places = new Map<string, { label: string; amount: number }>();
    for (const f of records) {
      const key = recipientKey(f);
      const place = places.get(key) ?? places.set(key, { label: placeLabel(f), amount: 0 }).get(key)!;
      place.amount += f.amountEur;
    }
    totals.push({
      stage: first.stage,
      donor: first.donor,
      from: first.from,
      to: first.to,
      amount: records.reduce((sum, f) => sum + f.amountEur, 0),
      qualifier: totalQualifier(records),
      records,
      openEnded: records.filter((f) => !f.to).length,
      shared: records.filter((f) => f.recipients.length !== 1).length,
      byPlace: [...places].map(([key, p]) => ({ key, ...p })).sort((a, b) => b.amount - a.amount),
    });
  }
  const stageOrder = (t: FundingTotal): number => TOTALLED_STAGES.indexOf(t.stage);
  totals.sort((a, b) => stageOrder(a) - stageOrder(b) || b.amount - a.amount);
  return { totals, leftOut };
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
