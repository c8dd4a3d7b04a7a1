// What the timeline shows above its track: dated events as markers, and events per year as bars.
import type { Model } from '../data/model';
import { memoize } from './memo';

/**
 * One marker per month with events (titles joined), so the track stays readable and cheap to redraw however many
 * events the data holds. The marker's id is the month's first event.
 */
export const timelineEvents = memoize((model: Model) => {
  const byMonth = new Map<string, { id: string; month: string; titles: string[] }>();
  for (const e of model.dataset.events) {
    const month = e.date.length >= 7 ? e.date.slice(0, 7) : `${e.date}-01`;
    const entry = byMonth.get(month);
    if (entry) entry.titles.push(e.title);
    else byMonth.set(month, { id: e.id, month, titles: [e.title] });
  }
  return [...byMonth.values()]
    .map((m) => ({ id: m.id, month: m.month, title: m.titles.length > 3 ? `${m.titles.slice(0, 3).join('; ')} (+${m.titles.length - 3})` : m.titles.join('; ') }))
    .sort((a, b) => a.month.localeCompare(b.month));
});

export const timelineBars = memoize((model: Model) => {
  const counts = new Map<number, number>();
  for (const e of model.dataset.events) {
    const year = Number(e.date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
});
