// What the app makes the browser do, at 1x: a person opens the map, steps through two years and filters; the data
// handed to the map, the renders and the programs stay within the committed ceilings (scripts/bench/work-ceilings.json),
// the same counts the bench holds at 10x and 100x. Counts, not times: this never flakes on a slow machine.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { overCeilings, workCeilings } from '../../scripts/bench/page-work';

const baseUrl = inject('baseUrl');

describe('work ceilings at 1x', () => {
  let map: MapDriver;
  beforeAll(async () => {
    map = await launch(baseUrl, { width: 1200, height: 700, reducedMotion: true });
    await map.open();
  });
  afterAll(async () => {
    await map.close();
  });

  it('loads, steps through 24 months and filters without handing the map more data, or rendering more, than the ceilings allow', async () => {
    const counted = await map.countWork();
    // Every step changes something on the map in 2014-2015: a walk that counted nothing would be a broken counter.
    expect(counted['steps.setDataCalls']).toBeGreaterThan(0);
    expect(counted['steps.renders']).toBeGreaterThan(0);
    expect(overCeilings(counted, workCeilings('1x'))).toEqual([]);
  });
});
