// A problem with something read from outside (src/outside/problem.ts) as one short sentence in the reader's language:
// where it came from, the field, at most a few dozen characters of the input, what was wrong and what the map did.
import type { Problem } from '../outside/problem';
import type { Lang } from '../state/types';
import { formatNumber } from './format';
import { t } from './t';

/** No notice is longer than this, whatever the input. */
export const PROBLEM_MESSAGE_MAX = 300;
/** At most this many problems are told one by one; one more line counts the rest. */
export const PROBLEMS_SHOWN = 3;

export function describeProblem(lang: Lang, p: Problem): string {
  const limit = p.limit === undefined ? '' : /^\d+$/.test(p.limit) ? formatNumber(lang, Number(p.limit)) : p.limit;
  const text = t(lang, 'problemLine', {
    source: t(lang, `problemFrom_${p.source}`),
    field: p.field,
    quoted: p.quote ? t(lang, 'problemQuoted', { quote: p.quote }) : '',
    what: t(lang, `problem_${p.code}`, { limit }),
    outcome: t(lang, `problemOutcome_${p.outcome}`),
  });
  const chars = Array.from(text);
  return chars.length > PROBLEM_MESSAGE_MAX ? `${chars.slice(0, PROBLEM_MESSAGE_MAX - 1).join('')}…` : text;
}

/** The notices for a list of problems: the first few, then one line counting the others. */
export function describeProblems(lang: Lang, problems: readonly Problem[], shown = PROBLEMS_SHOWN): string[] {
  if (problems.length <= shown) return problems.map((p) => describeProblem(lang, p));
  const rest = problems.length - (shown - 1);
  return [...problems.slice(0, shown - 1).map((p) => describeProblem(lang, p)), t(lang, 'problemsMore', { count: formatNumber(lang, rest) })];
}
