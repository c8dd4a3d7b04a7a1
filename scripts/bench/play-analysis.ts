// What a filmed play (src/debug/screen-film.ts) says: for each month whose map differs from the month before, when the
// map first showed it after the timeline's label did (the lag), whether it showed it before the label moved on, and
// which such months never reached the screen. Pure.
import type { FilmResult } from '../../src/debug/screen-film';
import { median } from './verdict';

export interface PlayOnScreen {
  /** Months the label showed, and of those, months whose settled map differs from the month before's. */
  monthsShown: number;
  changedMonths: number;
  /** Lags of the changed months that reached the screen, in ms (label shown → first frame showing the month). */
  lagMedianMs: number;
  lagWorstMs: number;
  /** Changed months first on screen only after the label had moved to the next month (the map a month behind). */
  late: string[];
  /** Changed months that never reached the screen. */
  skipped: string[];
  /** Time the label showed each month, median (ms): the pace of play. */
  monthMs: number;
  frames: number;
}

/**
 * A frame shows month k when it is nearer to k's reference than to any other, and within the noise plus a tenth of
 * k's change from the month before (a frame half-way between two tilings does not count as either).
 */
export function monthOfFrame(distances: readonly number[], film: Pick<FilmResult, 'changes' | 'noise'>): number {
  let best = -1;
  for (let k = 0; k < distances.length; k++) if (best < 0 || distances[k]! < distances[best]!) best = k;
  if (best < 0) return -1;
  const allowance = film.noise + 0.1 * (film.changes[best] ?? 0);
  return distances[best]! <= allowance ? best : -1;
}

export function analysePlay(film: FilmResult): PlayOnScreen {
  const index = new Map(film.months.map((m, i) => [m, i]));
  // A month counts as changed when its map differs from the month before's by more than twice the noise.
  const changed = (k: number): boolean => k > 0 && film.changes[k]! > 2 * film.noise + 2;
  const shownAt = film.frames.map((f) => ({ t: f.t, k: monthOfFrame(f.distances, film) }));
  const labels = film.labels.filter((l) => index.has(l.month));
  const lags: number[] = [];
  const late: string[] = [];
  const skipped: string[] = [];
  const durations: number[] = [];
  let changedMonths = 0;
  for (const [i, label] of labels.entries()) {
    const k = index.get(label.month)!;
    const next = labels[i + 1];
    if (next) durations.push(next.t - label.t);
    if (!changed(k)) continue;
    changedMonths++;
    // Months with the same map as an earlier one cannot be told apart from it: reaching k means a frame of k's map
    // after its label appeared (when k's map equals k-1's, `changed` has excluded it already).
    const first = shownAt.find((f) => f.t >= label.t && f.k === k);
    if (!first) {
      skipped.push(label.month);
      continue;
    }
    lags.push(first.t - label.t);
    if (next && first.t > next.t) late.push(label.month);
  }
  return {
    monthsShown: labels.length,
    changedMonths,
    lagMedianMs: lags.length ? median(lags) : Number.NaN,
    lagWorstMs: lags.length ? Math.max(...lags) : Number.NaN,
    late,
    skipped,
    monthMs: durations.length ? median(durations) : Number.NaN,
    frames: film.frames.length,
  };
}
