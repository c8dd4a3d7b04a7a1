// Missions, operations, offices and centres active at a date.
import type { Mission } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import type { FilterResult } from './filters';
import { memoizeList } from './memo';
import { documentDate, monthSpan, spanActiveIn, spanOf, type Span } from './time';

export function missionStart(model: Model, m: Mission): string | null {
  const first = m.sources[0];
  return m.from ?? (first ? documentDate(model, first) : null);
}

// Each mission's span as instants, computed once per record.
const spans = new WeakMap<Mission, Span>();
function missionSpan(model: Model, m: Mission): Span {
  let span = spans.get(m);
  if (!span) spans.set(m, (span = spanOf(missionStart(model, m), m.to ?? null)));
  return span;
}

export const missionsAt = memoizeList((model: Model, filtered: FilterResult, month: Month): Mission[] => {
  const within = monthSpan(month);
  return model.dataset.missions.filter((m) => spanActiveIn(missionSpan(model, m), within) && filtered.kept.mission.has(m.id));
});
