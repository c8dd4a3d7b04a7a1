// The bench's statistics: a median with its bootstrap interval over rounds, and the verdict of a budget on it. Pure.
// The same seeded generator (mulberry32) as the synthetic data: the same rounds give the same interval run to run.
import { prng } from './synthetic';

export type Verdict = 'pass' | 'fail' | 'undecided';

export interface Estimate {
  median: number;
  /** The 90% bootstrap interval of the median (5th and 95th percentiles of the resampled medians). */
  low: number;
  high: number;
  rounds: number;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}


function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** The median of one value per round and its 90% percentile-bootstrap interval (`resamples` resamples of the rounds). */
export function estimate(perRound: readonly number[], resamples = 4000, seed = 1): Estimate {
  const xs = perRound.filter((x) => Number.isFinite(x));
  if (xs.length === 0) return { median: Number.NaN, low: Number.NaN, high: Number.NaN, rounds: 0 };
  const next = prng(seed);
  const medians: number[] = [];
  const sample: number[] = Array.from({ length: xs.length }, () => 0);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < xs.length; i++) sample[i] = xs[Math.floor(next() * xs.length)]!;
    medians.push(median(sample));
  }
  medians.sort((a, b) => a - b);
  return { median: median(xs), low: quantile(medians, 0.05), high: quantile(medians, 0.95), rounds: xs.length };
}

/** Per-round ratios of paired values (round i of `a` over round i of `b`), for a budget that compares two pages. */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  return a.slice(0, b.length).map((x, i) => x / b[i]!);
}

/** Fewer rounds than this give no interval worth the name (one round's interval has no width): undecided. */
export const MIN_ROUNDS = 3;

/**
 * The verdict of a ceiling on an estimate: pass when the whole interval is at or under it, fail when the whole
 * interval is over it, undecided when the interval straddles it (more rounds may decide it), when there is no
 * estimate, or when it rests on fewer than MIN_ROUNDS rounds.
 */
export function verdictAtMost(e: Estimate, ceiling: number): Verdict {
  if (!Number.isFinite(e.low) || !Number.isFinite(e.high) || e.rounds < MIN_ROUNDS) return 'undecided';
  if (e.high <= ceiling) return 'pass';
  if (e.low > ceiling) return 'fail';
  return 'undecided';
}

/** The verdict of an exact count against its ceiling: counts do not vary from run to run, so there is no interval. */
export function verdictOfCount(count: number, ceiling: number): Verdict {
  return count <= ceiling ? 'pass' : 'fail';
}

/** What `npm run bench` exits with: non-zero only when some line fails; undecided lines are printed, not failed. */
export function exitCode(verdicts: readonly Verdict[]): number {
  return verdicts.includes('fail') ? 1 : 0;
}
