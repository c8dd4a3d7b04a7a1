// The bench's round-by-round load ratio: each app load over the reference load of the same round.
import { describe, expect, it } from 'vitest';
import { roundRatios } from '../../scripts/bench/harness';

describe('roundRatios', () => {
  it('pairs loads by round, not by size, and gives the median and range of the ratios', () => {
    // Sorted separately, these loads would pair as 4/4, 5/5, 6/6 (all 1.0); by round they are 1.5, 0.8, 1.0.
    const r = roundRatios([6, 4, 5], [4, 5, 5]);
    expect(r.median).toBeCloseTo(1.0);
    expect(r.min).toBeCloseTo(0.8);
    expect(r.max).toBeCloseTo(1.5);
  });

  it('ignores app loads of a round the reference did not finish', () => {
    expect(roundRatios([2, 3, 9], [2, 3]).max).toBeCloseTo(1);
  });
});
