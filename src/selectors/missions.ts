// Missions, operations, offices and centres at a date: shown from the day a source states them, current while a source
// says they hold (the horizon after the last document, or a dated end), planned while only announced.
import type { Mission } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { dateEnd, dateStart } from '../data/dates';
import type { FilterResult } from './filters';
import { memoize, memoizeList } from './memo';
import { currentUntil, documentDate, knownFrom, monthSpan, type Span, type Standing } from './time';

/** When a mission is first shown: its own dated start, or the date of the first document that states it. */
export function missionStart(model: Model, m: Mission): string | null {
  const first = m.sources[0];
  return m.from ?? (first ? knownFrom(model, first) : null);
}

/** The latest date a source speaks of the mission: the newest of its documents, or its own dated start. */
export function missionLastReported(model: Model, m: Mission): string | null {
  let latest: string | null = null;
  for (const c of m.sources) {
    const d = documentDate(model, c) ?? ('background' in c ? (m.from ?? null) : null);
    if (d && (!latest || dateEnd(d) > dateEnd(latest))) latest = d;
  }
  return latest ?? m.from ?? null;
}

interface MissionTimes {
  /** Shown from (first instant). */
  start: number;
  /** Shown until (last instant): a dated end, or for ever (then drawn apart once past `current`). */
  end: number;
  /** Current until (last instant): the dated end, or the horizon after the last report. */
  current: number;
  lastReported: string | null;
}

const timesOf = new WeakMap<Mission, MissionTimes>();
function missionTimes(model: Model, m: Mission): MissionTimes {
  let t = timesOf.get(m);
  if (!t) {
    const start = missionStart(model, m);
    const lastReported = missionLastReported(model, m);
    const end = m.to ? dateEnd(m.to) : Infinity;
    t = { start: start ? dateStart(start) : -Infinity, end, current: m.to ? end : lastReported ? currentUntil(lastReported) : Infinity, lastReported };
    timesOf.set(m, t);
  }
  return t;
}

/** A mission as the map and panels show it at a month. */
export type MissionAtDate = Mission & {
  standing: Standing;
  /** The date of the latest source that speaks of it: what "last reported" says. */
  lastReported: string | null;
};

function standingIn(model: Model, m: Mission, within: Span): Standing | undefined {
  const t = missionTimes(model, m);
  if (t.start > within.end || t.end < within.start) return undefined;
  if (m.announced) return 'planned';
  return t.current >= within.start ? 'current' : 'last-reported';
}

/** How the mission stands at the month, or undefined when it is not shown (not yet stated, or ended). */
export function missionStandingAt(model: Model, m: Mission, month: Month): Standing | undefined {
  return standingIn(model, m, monthSpan(month));
}

// One object per mission and standing, so that lists of the same missions at two months compare equal item by item.
const views = new WeakMap<Mission, Partial<Record<Standing, MissionAtDate>>>();
function viewOf(model: Model, m: Mission, standing: Standing): MissionAtDate {
  let byStanding = views.get(m);
  if (!byStanding) views.set(m, (byStanding = {}));
  return (byStanding[standing] ??= { ...m, standing, lastReported: missionTimes(model, m).lastReported });
}

/** Missions shown at the month, whatever the filters: a filter change at the same month filters only these. */
export const missionsShownAt = memoize((model: Model, month: Month): MissionAtDate[] => {
  const within = monthSpan(month);
  const out: MissionAtDate[] = [];
  for (const m of model.dataset.missions) {
    const standing = standingIn(model, m, within);
    if (standing) out.push(viewOf(model, m, standing));
  }
  return out;
});

export const missionsAt = memoizeList((model: Model, filtered: FilterResult, month: Month): MissionAtDate[] => missionsShownAt(model, month).filter((m) => filtered.kept.mission.has(m.id)));
