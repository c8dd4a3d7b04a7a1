// The documents' other figures at a date: when each is known (its document's date), and the counts of people hosted
// that the map places at their hosts while a source states them (the horizon after it).
import type { Figure } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { dateStart } from '../data/dates';
import { monthEndMs } from '../state/month';
import type { FilterResult } from './filters';
import { memoizeList } from './memo';
import { currentUntil, knownFrom, monthStartMs } from './time';

/** When a figure is known: the date of the document that states it (a background figure: the end of its period, else its start). */
export function figureKnownFrom(model: Model, f: Figure): string | null {
  return knownFrom(model, f.source, f.to ?? f.from);
}

/** Is the figure known by the end of the month? */
export function figureKnownAt(model: Model, f: Figure, month: Month): boolean {
  const known = figureKnownFrom(model, f);
  return !known || dateStart(known) <= monthEndMs(month);
}

/** Counts of refugees hosted, with their host countries, known by the month and stated within the horizon before it. */
export const hostedFiguresAt = memoizeList((model: Model, filtered: FilterResult, month: Month): Figure[] => {
  const end = monthEndMs(month);
  const start = monthStartMs(month);
  return model.dataset.figures.filter((f) => {
    if (f.metric !== 'refugees-hosted' || !f.hosts?.length || !filtered.kept.figure.has(f.id)) return false;
    const known = figureKnownFrom(model, f);
    if (!known) return false;
    return dateStart(known) <= end && currentUntil(known) >= start;
  });
});
