// The few scales the map, the legend and the timeline use, with d3-scale's arithmetic (tests/selectors/scales.test.ts
// checks them against d3): d3-scale with its colour, interpolation and number-format dependencies is about 16 KB
// gzip of the first page for five one-line functions.

export interface ContinuousScale {
  (value: number): number;
  domain(): [number, number];
}

const normalise = (d0: number, d1: number): ((x: number) => number) => (d1 - d0 ? (x) => (x - d0) / (d1 - d0) : () => 0.5);
const sqrtSigned = (x: number): number => (x < 0 ? -Math.sqrt(-x) : Math.sqrt(x));

function continuous(transform: (x: number) => number, [d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number], clamp: boolean): ContinuousScale {
  const t = normalise(transform(d0), transform(d1));
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const scale = (value: number): number => {
    const x = clamp ? Math.max(lo, Math.min(hi, value)) : value;
    const u = t(transform(x));
    return r0 * (1 - u) + r1 * u;
  };
  scale.domain = (): [number, number] => [d0, d1];
  return scale;
}

/** d3.scaleLinear().domain(domain).range(range). */
export const scaleLinear = (domain: readonly [number, number], range: readonly [number, number]): ContinuousScale => continuous((x) => x, domain, range, false);

/** d3.scaleSqrt().domain(domain).range(range), clamped to the domain if asked. */
export const scaleSqrt = (domain: readonly [number, number], range: readonly [number, number], clamp = false): ContinuousScale => continuous(sqrtSigned, domain, range, clamp);

export interface BandScale<T> {
  /** The band's start, or undefined for a value outside the domain. */
  (value: T): number | undefined;
  bandwidth(): number;
}

/** d3.scaleBand().domain(domain).range(range).paddingInner(paddingInner) (no outer padding, centred). */
export function scaleBand<T>(domain: readonly T[], [r0, r1]: readonly [number, number], paddingInner = 0): BandScale<T> {
  const n = domain.length;
  const reverse = r1 < r0;
  let start = reverse ? r1 : r0;
  const stop = reverse ? r0 : r1;
  const step = (stop - start) / Math.max(1, n - paddingInner);
  start += (stop - start - step * (n - paddingInner)) * 0.5;
  const starts = domain.map((_, i) => start + step * (reverse ? n - 1 - i : i));
  const index = new Map(domain.map((v, i) => [v, i]));
  const scale = (value: T): number | undefined => {
    const i = index.get(value);
    return i === undefined ? undefined : starts[i];
  };
  scale.bandwidth = (): number => step * (1 - paddingInner);
  return scale;
}
