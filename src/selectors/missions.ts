// Missions, operations, offices and centres active at a date.
import type { Mission } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import type { FilterResult } from './filters';
import { memoize } from './memo';
import { activeAt, documentDate } from './time';

export function missionStart(model: Model, m: Mission): string | null {
  const first = m.sources[0];
  return m.from ?? (first ? documentDate(model, first) : null);
}

export const missionsAt = memoize((model: Model, filtered: FilterResult, month: Month): Mission[] =>
  model.dataset.missions.filter((m) => filtered.kept.mission.has(m.id) && activeAt(missionStart(model, m), m.to ?? null, month)),
);
