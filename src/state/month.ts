// Month arithmetic on "YYYY-MM" strings (the timeline's unit).
import { isMonth, MONTH_PATTERN } from '../outside/vocabulary';
import type { Month } from './types';

export { isMonth };

export function monthIndex(month: Month): number {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: Month, delta: number): Month {
  return monthFromIndex(monthIndex(month) + delta);
}

export function clampMonth(month: Month, min: Month, max: Month): Month {
  const i = monthIndex(month);
  if (i < monthIndex(min)) return min;
  if (i > monthIndex(max)) return max;
  return month;
}

/** Last millisecond (UTC) of a month: "the state of the world at the end of this month". */
const monthEnds = new Map<Month, number>();

export function monthEndMs(month: Month): number {
  let t = monthEnds.get(month);
  if (t === undefined) {
    const i = monthIndex(month) + 1;
    t = Date.UTC(Math.floor(i / 12), i % 12, 1) - 1;
    monthEnds.set(month, t);
  }
  return t;
}
