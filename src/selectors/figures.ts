// The documents' other figures at a date: when each is known, and the counts of people hosted that the map places at their hosts.
import type { Figure } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { dateStart } from '../data/dates';
import { monthEndMs } from '../state/month';
import type { FilterResult } from './filters';
import { memoizeList } from './memo';
import { documentDate } from './time';

/** When a figure is known: a count or stock is stated as of the end of its period, so from the start of its `to`; else its start, else its document's date. */
export function figureKnownFrom(model: Model, f: Figure): string | null {
  return f.to ?? f.from ?? documentDate(model, f.source);
}

/** How long a count of people hosted stays on the map after it is stated, as the displacement figures do. */
const SHOWN_MS = 3 * 365.25 * 86_400_000;

/** Counts of refugees hosted, with their host countries, stated within three years before the end of the month. */
export const hostedFiguresAt = memoizeList((model: Model, filtered: FilterResult, month: Month): Figure[] => {
  const end = monthEndMs(month);
  return model.dataset.figures.filter((f) => {
    if (f.metric !== 'refugees-hosted' || !f.hosts?.length || !filtered.kept.figure.has(f.id)) return false;
    const known = figureKnownFrom(model, f);
    if (!known) return false;
    const t = dateStart(known);
    return t <= end && end - t <= SHOWN_MS;
  });
});
