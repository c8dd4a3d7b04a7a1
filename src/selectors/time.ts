// Date semantics: the map shows the state of the world at the end of the selected month.
import { dateEnd, dateStart } from '../data/dates';
import type { Citation } from '../data/schema';
import type { Model } from '../data/model';
import { monthEndMs, monthIndex, monthFromIndex } from '../state/month';
import type { Month } from '../state/types';

const monthStarts = new Map<Month, number>();

export function monthStartMs(month: Month): number {
  let t = monthStarts.get(month);
  if (t === undefined) monthStarts.set(month, (t = monthEndMs(monthFromIndex(monthIndex(month) - 1)) + 1));
  return t;
}

/** A dated record is visible from its start until the end of its `to` (if any). */
export function activeAt(from: string | null | undefined, to: string | null | undefined, month: Month): boolean {
  if (from && dateStart(from) > monthEndMs(month)) return false;
  if (to && dateEnd(to) < monthStartMs(month)) return false;
  return true;
}

// Start instants of each status history, computed once per history.
const historyStarts = new WeakMap<readonly { from: string }[], number[]>();

/** The last entry of a status history that has started by the end of the month. */
export function statusAt<S extends { from: string }>(history: readonly S[], month: Month): S | undefined {
  const end = monthEndMs(month);
  let starts = historyStarts.get(history);
  if (!starts) historyStarts.set(history, (starts = history.map((e) => dateStart(e.from))));
  let current: S | undefined;
  let currentStart = -Infinity;
  for (let i = 0; i < history.length; i++) {
    const start = starts[i]!;
    if (start <= end && (!current || start >= currentStart)) {
      current = history[i];
      currentStart = start;
    }
  }
  return current;
}

/** A record's span as instants: from its start (or always) to its end (or for ever). */
export interface Span {
  start: number;
  end: number;
}

export function spanOf(from: string | null | undefined, to: string | null | undefined): Span {
  return { start: from ? dateStart(from) : -Infinity, end: to ? dateEnd(to) : Infinity };
}

/** activeAt for a precomputed span. */
export function spanActiveAt(span: Span, month: Month): boolean {
  return span.start <= monthEndMs(month) && span.end >= monthStartMs(month);
}

/** The month as a span of instants, for testing many spans against it (spanActiveAt looks the month up each time). */
export function monthSpan(month: Month): Span {
  return { start: monthStartMs(month), end: monthEndMs(month) };
}

/** spanActiveAt(span, month) for `within` = monthSpan(month). */
export function spanActiveIn(span: Span, within: Span): boolean {
  return span.start <= within.end && span.end >= within.start;
}

/**
 * The date of the document a citation quotes: its stated date, or the year of its undated page's latest event.
 * Null for a background fact (its date is the fact's own) and for a page that gives no year.
 */
export function documentDate(model: Model, citation: Citation): string | null {
  if (!('seed' in citation) || !citation.seed) return null;
  const source = model.sourceBySeed.get(citation.seed);
  if (!source) return null;
  if (source.date) return source.date;
  const year = /\b(19|20)\d{2}\b/.exec(source.dateNote ?? '');
  return year ? year[0] : null;
}

/**
 * Known from the day it was said: a record quoted from a document is known from that document's date, whatever
 * period it speaks of ("mobilised since 2011", stated in September 2015, is known from September 2015). A dated fact
 * in its own right (`ownDate`: an agreement in force from a stated day, an accession from a background record) is known
 * from its own date. Null: nothing to go by (shown at every date).
 */
export function knownFrom(model: Model, citation: Citation, ownDate: string | null = null): string | null {
  return documentDate(model, citation) ?? ownDate;
}

/**
 * How long a source keeps a mission, office, agreement status, dialogue or framework current: three years after the
 * document that last says it holds, unless a dated record says when it ended. After that it is "last reported".
 */
export const HORIZON_MONTHS = 36;

/** The month of a date ("2015" -> "2015-12": a year counts from its last month, so nothing is cut short). */
export function monthOfDateEnd(date: string): Month {
  const d = new Date(dateEnd(date));
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The last instant of the calendar month `months` after the month in which `date` ends (month arithmetic, not 30-day months). */
export function endOfMonthsAfter(date: string, months: number): number {
  return monthEndMs(monthFromIndex(monthIndex(monthOfDateEnd(date)) + months));
}

/** The last instant a source stated on `reported` keeps a claim current: the end of the horizon after it. */
export function currentUntil(reported: string): number {
  return endOfMonthsAfter(reported, HORIZON_MONTHS);
}

/**
 * A record cited from several documents (a regional process, an office): shown from the first document that states it,
 * current until the horizon after the last one, "last reported" after that.
 */
export function citedStandingAt(model: Model, citations: readonly Citation[], month: Month): { standing: 'current' | 'last-reported'; lastReported: string | null } | undefined {
  let first: string | null = null;
  let last: string | null = null;
  for (const c of citations) {
    const d = documentDate(model, c);
    if (!d) continue;
    if (!first || dateStart(d) < dateStart(first)) first = d;
    if (!last || dateEnd(d) > dateEnd(last)) last = d;
  }
  if (first && dateStart(first) > monthEndMs(month)) return undefined;
  if (!last) return { standing: 'current', lastReported: null };
  return { standing: currentUntil(last) >= monthStartMs(month) ? 'current' : 'last-reported', lastReported: last };
}

/**
 * How a record stands at a month: current (a source says it holds, within the horizon), last reported (its latest
 * source is older than the horizon: drawn apart and never counted as current) or planned (announced, "will be
 * deployed", until a source says it happened).
 */
export type Standing = 'current' | 'last-reported' | 'planned';

/** Months a route figure or share stays "the latest figure" after its period ends. */
export const FIGURE_VALIDITY_MONTHS = 12;

/** The last instant a route figure or share counts as the latest: twelve calendar months after its period ends. */
export function routeFigureValidUntil(f: { to: string }): number {
  return endOfMonthsAfter(f.to, FIGURE_VALIDITY_MONTHS);
}
