// Date semantics: the map shows the state of the world at the end of the selected month.
import { dateEnd, dateStart } from '../data/dates';
import type { Citation } from '../data/schema';
import type { Model } from '../data/model';
import { monthEndMs, monthIndex, monthFromIndex } from '../state/month';
import type { Month } from '../state/types';

export function monthStartMs(month: Month): number {
  return monthEndMs(monthFromIndex(monthIndex(month) - 1)) + 1;
}

/** A dated record is visible from its start until the end of its `to` (if any). */
export function activeAt(from: string | null | undefined, to: string | null | undefined, month: Month): boolean {
  if (from && dateStart(from) > monthEndMs(month)) return false;
  if (to && dateEnd(to) < monthStartMs(month)) return false;
  return true;
}

/** The last entry of a status history that has started by the end of the month. */
export function statusAt<S extends { from: string }>(history: readonly S[], month: Month): S | undefined {
  const end = monthEndMs(month);
  let current: S | undefined;
  for (const entry of history) {
    if (dateStart(entry.from) <= end && (!current || dateStart(entry.from) >= dateStart(current.from))) current = entry;
  }
  return current;
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
