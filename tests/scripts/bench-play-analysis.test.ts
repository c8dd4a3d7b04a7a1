// The bench's reading of a filmed play: which month each frame shows, the lag behind the label, late and skipped months.
import { describe, expect, it } from 'vitest';
import { analysePlay, monthOfFrame } from '../../scripts/bench/play-analysis';
import type { FilmResult } from '../../src/debug/screen-film';

// Three months; February's map differs from January's by 1,000 sampled pixels, March's from February's by 500.
const months = ['2015-01', '2015-02', '2015-03'];
const changes = [0, 1000, 500];
/** A frame that shows month k exactly (distance 0 to it, the changes between to the others). */
const showing = (t: number, k: number): { t: number; distances: number[] } => ({ t, distances: [[0, 1000, 1500], [1000, 0, 500], [1500, 500, 0]][k]! });
const film = (frames: FilmResult['frames'], labels: FilmResult['labels']): FilmResult => ({ frames, labels, months, changes, noise: 0, samples: 50_000 });
const labels = [
  { t: 0, month: '2015-01' },
  { t: 700, month: '2015-02' },
  { t: 1400, month: '2015-03' },
];

describe('play on screen', () => {
  it('tells which month a frame shows, and none for a frame between two', () => {
    expect(monthOfFrame([1000, 0, 500], { changes, noise: 0 })).toBe(1);
    expect(monthOfFrame([1000, 40, 460], { changes, noise: 0 })).toBe(1);
    expect(monthOfFrame([500, 500, 1000], { changes, noise: 0 })).toBe(-1);
  });

  it('measures each changed month from its label to its first frame on screen', () => {
    const r = analysePlay(film([showing(10, 0), showing(900, 1), showing(1500, 2)], labels));
    expect(r.changedMonths).toBe(2);
    expect(r.lagMedianMs).toBe(150);
    expect(r.lagWorstMs).toBe(200);
    expect(r.late).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(r.monthMs).toBe(700);
  });

  it('finds a month that never reached the screen, and one shown only after the label had moved on', () => {
    const r = analysePlay(film([showing(10, 0), showing(1500, 2)], labels));
    expect(r.skipped).toEqual(['2015-02']);
    const slow = analysePlay(film([showing(10, 0), showing(1450, 1), showing(1600, 2)], labels));
    expect(slow.late).toEqual(['2015-02']);
    expect(slow.skipped).toEqual([]);
  });

  it('does not count a frame of the month before its label as the month reaching the screen', () => {
    const r = analysePlay(film([showing(10, 0), showing(600, 1), showing(1500, 2)], labels));
    expect(r.skipped).toEqual(['2015-02']);
  });
});
