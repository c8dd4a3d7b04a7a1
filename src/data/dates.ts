// Partial dates of the dataset ("YYYY", "YYYY-MM", "YYYY-MM-DD") as UTC instants: the first and last millisecond they cover.

export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface DateParts {
  year: number;
  month?: number; // 1-12
  day?: number; // 1-31
}

function parseParts(d: string): DateParts | undefined {
  const m = DATE_PATTERN.exec(d);
  if (!m) return undefined;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2] !== undefined) parts.month = Number(m[2]);
  if (m[3] !== undefined) parts.day = Number(m[3]);
  return parts;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for "2015", "2015-09" and "2015-09-09"; false for "2015-13-01", "2015-02-30" or anything else. */
export function isValidDate(d: string): boolean {
  const p = parseParts(d);
  if (!p) return false;
  if (p.month === undefined) return true;
  if (p.month < 1 || p.month > 12) return false;
  if (p.day === undefined) return true;
  return p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

function partsOrThrow(d: string): DateParts {
  const p = parseParts(d);
  if (!p || !isValidDate(d)) throw new Error(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(d)}`);
  return p;
}

function utc(year: number, monthIndex: number, day: number): number {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  const t = new Date(Date.UTC(2000, monthIndex, day));
  t.setUTCFullYear(year, monthIndex, day);
  return t.getTime();
}

// Selectors compare the same few thousand date strings at every timeline step: each is parsed once.
const startCache = new Map<string, number>();
const endCache = new Map<string, number>();

/** First millisecond the date covers (UTC): "2015" -> 2015-01-01T00:00:00.000Z. */
export function dateStart(d: string): number {
  let t = startCache.get(d);
  if (t === undefined) {
    const p = partsOrThrow(d);
    t = utc(p.year, (p.month ?? 1) - 1, p.day ?? 1);
    startCache.set(d, t);
  }
  return t;
}

/** Last millisecond the date covers (UTC): "2015" -> 2015-12-31T23:59:59.999Z. */
export function dateEnd(d: string): number {
  let t = endCache.get(d);
  if (t === undefined) {
    const p = partsOrThrow(d);
    if (p.month === undefined) t = utc(p.year + 1, 0, 1) - 1;
    else if (p.day === undefined) t = utc(p.year, p.month, 1) - 1;
    else t = utc(p.year, p.month - 1, p.day + 1) - 1;
    endCache.set(d, t);
  }
  return t;
}
