// Missions, operations, offices and centres active at a date.
import type { Mission } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import type { FilterResult } from './filters';
import { memoize, memoizeList } from './memo';
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

/** Missions active at the month, whatever the filters: a filter change at the same month filters only these. */
const activeAt = memoize((model: Model, month: Month): Mission[] => {
  const within = monthSpan(month);
  return model.dataset.missions.filter((m) => spanActiveIn(missionSpan(model, m), within));
});

export const missionsAt = memoizeList((model: Model, filtered: FilterResult, month: Month): Mission[] => activeAt(model, month).filter((m) => filtered.kept.mission.has(m.id)));
