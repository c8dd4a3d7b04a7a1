// The bench's verdicts: a median with its bootstrap interval, and pass / fail / undecided against a budget.
import { describe, expect, it } from 'vitest';
import { estimate, exitCode, median, pairedRatios, verdictAtMost, verdictOfCount } from '../../scripts/bench/verdict';

describe('estimate', () => {
  it('gives the median of the rounds and an interval around it', () => {
    const e = estimate([10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(e.median).toBe(14);
    expect(e.low).toBeLessThan(14);
    expect(e.high).toBeGreaterThan(14);
    expect(e.low).toBeGreaterThanOrEqual(10);
    expect(e.high).toBeLessThanOrEqual(18);
    expect(e.rounds).toBe(9);
  });

  it('is the same for the same rounds (seeded), and narrower with more rounds of the same spread', () => {
    const few = [1.0, 1.1, 0.95, 1.05, 1.02];
    expect(estimate(few)).toEqual(estimate(few));
    const many = Array.from({ length: 40 }, (_, i) => few[i % few.length]!);
    expect(estimate(many).high - estimate(many).low).toBeLessThan(estimate(few).high - estimate(few).low);
  });

  it('has a zero-width interval when every round agrees, and none without rounds', () => {
    expect(estimate([3, 3, 3])).toMatchObject({ median: 3, low: 3, high: 3 });
    expect(estimate([]).rounds).toBe(0);
    expect(Number.isNaN(estimate([Number.NaN]).median)).toBe(true);
  });
});

describe('verdicts', () => {
  it('passes when the whole interval is within the budget, fails when it is all past it, and is undecided otherwise', () => {
    expect(verdictAtMost({ median: 1.0, low: 0.97, high: 1.04, rounds: 8 }, 1.05)).toBe('pass');
    expect(verdictAtMost({ median: 1.2, low: 1.06, high: 1.3, rounds: 8 }, 1.05)).toBe('fail');
    expect(verdictAtMost({ median: 1.03, low: 0.98, high: 1.09, rounds: 8 }, 1.05)).toBe('undecided');
    expect(verdictAtMost({ median: Number.NaN, low: Number.NaN, high: Number.NaN, rounds: 0 }, 1)).toBe('undecided');
  });

  it('decides nothing from one or two rounds, whose interval has no width', () => {
    expect(verdictAtMost(estimate([2.28]), 1.05)).toBe('undecided');
    expect(verdictAtMost(estimate([2.28, 2.3]), 1.05)).toBe('undecided');
    expect(verdictAtMost(estimate([2.28, 2.3, 2.25]), 1.05)).toBe('fail');
  });

  it('decides a noisy line that is clearly over or under its budget from the rounds alone', () => {
    const under = [0.9, 1.0, 0.95, 0.98, 0.92, 1.01, 0.97, 0.94];
    const over = under.map((x) => x + 0.4);
    expect(verdictAtMost(estimate(under), 1.15)).toBe('pass');
    expect(verdictAtMost(estimate(over), 1.15)).toBe('fail');
    expect(verdictAtMost(estimate(under), 0.97)).toBe('undecided');
  });

  it('pairs ratios by round', () => {
    expect(pairedRatios([6, 4, 5], [4, 5, 5])).toEqual([1.5, 0.8, 1]);
    expect(median(pairedRatios([2, 3, 9], [2, 3]))).toBe(1);
  });

  it('holds a count to its ceiling exactly, and exits non-zero only on a fail', () => {
    expect(verdictOfCount(12, 12)).toBe('pass');
    expect(verdictOfCount(13, 12)).toBe('fail');
    expect(exitCode(['pass', 'undecided'])).toBe(0);
    expect(exitCode(['pass', 'fail', 'undecided'])).toBe(1);
  });
});
