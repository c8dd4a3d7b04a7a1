// Internally displaced persons: the latest figure per country known by the date, shown while its document is within
// the horizon (three years after it states the figure).
import type { Displacement } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { dateStart } from '../data/dates';
import { monthEndMs } from '../state/month';
import type { FilterResult } from './filters';
import { memoizeList } from './memo';
import { currentUntil, knownFrom, monthStartMs } from './time';

/** When a displacement figure is known: its document's date (figures of July/August 2015 stated on 9 September 2015). */
export function displacementKnownFrom(model: Model, d: Displacement): string {
  return knownFrom(model, d.source, d.date) ?? d.date;
}

/** Known by the end of the month and within the horizon after its statement. */
export function displacementKnownAt(model: Model, d: Displacement, month: Month): boolean {
  const known = displacementKnownFrom(model, d);
  return dateStart(known) <= monthEndMs(month) && currentUntil(known) >= monthStartMs(month);
}

export const displacementAt = memoizeList((model: Model, filtered: FilterResult, month: Month): Displacement[] => {
  const latest = new Map<string, Displacement>();
  for (const d of model.dataset.displacement) {
    if (d.duplicateOf || !filtered.kept.displacement.has(d.id) || !displacementKnownAt(model, d, month)) continue;
    const prev = latest.get(d.country);
    if (!prev || dateStart(prev.date) < dateStart(d.date)) latest.set(d.country, d);
  }
  return [...latest.values()].sort((a, b) => b.idps - a.idps);
});
