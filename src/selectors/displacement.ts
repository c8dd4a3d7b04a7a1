// Internally displaced persons: the latest figure per country as of the date (figures stay shown for three years).
import type { Displacement } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { dateStart } from '../data/dates';
import { monthEndMs } from '../state/month';
import type { FilterResult } from './filters';
import { memoizeList } from './memo';

const VALID_MS = 3 * 365.25 * 86_400_000;

export const displacementAt = memoizeList((model: Model, filtered: FilterResult, month: Month): Displacement[] => {
  const end = monthEndMs(month);
  const latest = new Map<string, Displacement>();
  for (const d of model.dataset.displacement) {
    if (d.duplicateOf || !filtered.kept.displacement.has(d.id)) continue;
    const t = dateStart(d.date);
    if (t > end || end - t > VALID_MS) continue;
    const prev = latest.get(d.country);
    if (!prev || dateStart(prev.date) < t) latest.set(d.country, d);
  }
  return [...latest.values()].sort((a, b) => b.idps - a.idps);
});
