// The app's own scales give d3-scale's numbers for the domains and ranges the map, the legend and the timeline use.
import { describe, expect, it } from 'vitest';
import * as d3 from 'd3';
import { scaleBand, scaleLinear, scaleSqrt } from '../../src/selectors/scales';

const inputs = [-5, 0, 0.25, 1, 3, 1e6, 5e6, 8e6, 9e6, 35e9, 40e9];

describe('scales', () => {
  it('scaleSqrt matches d3, clamped and not', () => {
    for (const [domain, range, clamp] of [
      [[0, 8e6], [0, 34], false],
      [[0, 35e9], [1.2, 16], true],
      [[0, 2_500_000], [1.5, 14], false],
      [[0, 0], [1.5, 14], false],
    ] as const) {
      const ours = scaleSqrt(domain, range, clamp);
      const theirs = d3.scaleSqrt().domain(domain).range(range).clamp(clamp);
      for (const x of inputs) expect(ours(x)).toBeCloseTo(theirs(x), 9);
      expect(ours.domain()).toEqual(theirs.domain());
    }
  });

  it('scaleLinear matches d3', () => {
    const ours = scaleLinear([0, 1234], [0, 30]);
    const theirs = d3.scaleLinear().domain([0, 1234]).range([0, 30]);
    for (const x of inputs) expect(ours(x)).toBeCloseTo(theirs(x), 9);
  });

  it('scaleBand matches d3 and knows nothing outside its domain', () => {
    const years = Array.from({ length: 17 }, (_, i) => 2010 + i);
    const ours = scaleBand(years, [0, 1000], 0.15);
    const theirs = d3.scaleBand<number>().domain(years).range([0, 1000]).paddingInner(0.15);
    for (const y of years) expect(ours(y)).toBeCloseTo(theirs(y)!, 9);
    expect(ours.bandwidth()).toBeCloseTo(theirs.bandwidth(), 9);
    expect(ours(1999)).toBeUndefined();
  });
});
