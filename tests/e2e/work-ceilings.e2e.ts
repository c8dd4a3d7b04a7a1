// What the app makes the browser do, at 1x: a person opens the map, steps through two years and filters; the data
// handed to the map, the renders, the selector runs and the programs stay within the committed ceilings
// (scripts/bench/work-ceilings.json), the same counts the bench holds at 10x and 100x. Counts, not times: this never
// flakes on a slow machine.
import { describe, expect, it } from 'vitest';
import { openMapForTheseTests } from './driver-suite';
import { overCeilings, workCeilings } from '../../scripts/bench/page-work';

describe('work ceilings at 1x', () => {
  const map = openMapForTheseTests({ width: 1200, height: 700, reducedMotion: true });

  it('loads, steps through 24 months and filters without handing the map more data, or rendering more, than the ceilings allow', async () => {
    const counted = await map().countWork();
    // Every step changes something on the map in 2014-2015: a walk that counted nothing would be a broken counter.
    expect(counted['steps.setDataCalls']).toBeGreaterThan(0);
    expect(counted['steps.renders']).toBeGreaterThan(0);
    expect(overCeilings(counted, workCeilings('1x'))).toEqual([]);
  });
});
