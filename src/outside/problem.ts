// What went wrong with something read from outside, as data: where it came from, which field, what kind of problem and
// at most QUOTE_MAX characters of the input. i18n/problems.ts turns it into one short sentence in the reader's language.
import { quote } from './text';

/** Where the input came from. */
export const PROBLEM_SOURCES = ['link', 'storyLink', 'storiesFile', 'embed', 'presenter'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

export const PROBLEM_CODES = [
  /** A parameter or key the map does not read. */
  'unknown',
  /** Not one of the values the field takes (`limit` lists them). */
  'notAllowed',
  /** Not of the expected type or form (`limit` says which). */
  'malformed',
  /** A month outside the timeline. */
  'offTimeline',
  /** An id that names no record (or story). */
  'noRecord',
  /** A comparison of a month with itself, or of months off the timeline. */
  'badComparison',
  /** Text longer than its field allows (`limit` characters). */
  'tooLong',
  /** More items than the field takes (`limit`). */
  'tooMany',
  /** More bytes than may be read (`limit`). */
  'tooLarge',
  /** Nested deeper than a story ever is. */
  'tooDeep',
  /** Cannot be unpacked or parsed at all. */
  'unreadable',
  /** A required field is missing or empty. */
  'missing',
  /** Hidden characters (direction controls, zero-width) taken out of a text. */
  'hiddenCharacters',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What happened to the input: the value left out, cut to its limit, its step left out, the whole thing not opened, or hidden characters removed. */
export type ProblemOutcome = 'ignored' | 'cut' | 'stepLeftOut' | 'refused' | 'cleaned';

export interface Problem {
  source: ProblemSource;
  /** The field, as the input names it ("date", "step 2, state.date"): cut by the message to a few characters. */
  field: string;
  code: ProblemCode;
  outcome: ProblemOutcome;
  /** At most QUOTE_MAX characters of the offending value, cleaned, when it is one word (a month, an id); else absent. */
  quote?: string;
  /** The limit or the allowed values, written by the app (never from the input). */
  limit?: string;
}

export function problem(source: ProblemSource, field: string, code: ProblemCode, outcome: ProblemOutcome, value?: unknown, limit?: string | number): Problem {
  const p: Problem = { source, field: quote(field), code, outcome };
  // Only a value of one word is quoted (a month, an id, a key): a sentence someone wrote to be read on screen is not.
  if (typeof value === 'string' && value !== '') {
    const q = quote(value);
    if (/^[\p{L}\p{N}._:,+\-…]+$/u.test(q)) p.quote = q;
  }
  if (limit !== undefined) p.limit = String(limit);
  return p;
}

/** Words problems for the reader (i18n/problems.ts, in the language on screen); injected where state/ needs it. */
export type DescribeProblems = (problems: readonly Problem[]) => string[];

/** A plain wording for tests and for code that has no language at hand: source, field, code. */
export const plainProblems: DescribeProblems = (problems) => problems.map((p) => `${p.source} ${p.field}${p.quote ? ` "${p.quote}"` : ''}: ${p.code}`);
