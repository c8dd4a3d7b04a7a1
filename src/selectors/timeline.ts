// What the timeline shows above its track: dated events as markers, and events per year as bars.
import type { Model } from '../data/model';
import { memoize } from './memo';

export const timelineEvents = memoize((model: Model) =>
  model.dataset.events
    .map((e) => ({ id: e.id, month: e.date.length >= 7 ? e.date.slice(0, 7) : `${e.date}-01`, title: e.title }))
    .sort((a, b) => a.month.localeCompare(b.month)),
);

export const timelineBars = memoize((model: Model) => {
  const counts = new Map<number, number>();
  for (const e of model.dataset.events) {
    const year = Number(e.date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
});
