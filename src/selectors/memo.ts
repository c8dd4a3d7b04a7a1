// Memoisation by argument identity: a selector recomputes only when one of its inputs changed.

/**
 * How many times a memoised selector has computed, since the page started: a count the test build's work counters read
 * (src/debug/work-counters.ts), so that a selector that stops being memoised shows as more work. One addition a call.
 */
export const selectorRuns = { count: 0 };

export function memoize<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) return lastResult;
    selectorRuns.count++;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

/**
 * Like memoize, for selectors that return lists: while the new list holds the same items as the last one (by
 * `same`), the last list itself is returned. Most timeline steps change nothing on the map, and downstream
 * selectors, map sources and panels compare by identity, so they skip their work too.
 */
export function memoizeList<A extends readonly unknown[], T>(fn: (...args: A) => T[], same: (a: T, b: T) => boolean = Object.is): (...args: A) => T[] {
  let last: T[] | undefined;
  return memoize((...args: A): T[] => {
    const next = fn(...args);
    if (last && last.length === next.length && next.every((item, i) => same(last![i]!, item))) return last;
    last = next;
    return next;
  });
}
