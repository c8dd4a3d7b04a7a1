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

/** When a record without its own date became known: the date of the document it is cited from. */
export function documentDate(model: Model, citation: Citation): string | null {
  if (!('seed' in citation) || !citation.seed) return null;
  const source = model.sourceBySeed.get(citation.seed);
  if (!source) return null;
  if (source.date) return source.date;
  const year = /\b(19|20)\d{2}\b/.exec(source.dateNote ?? '');
  return year ? year[0] : null;
}
