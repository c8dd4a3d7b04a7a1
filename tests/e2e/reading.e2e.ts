// What the map and its exports say at a date follows the reading of the quotes, in both renderers: Operation Sophia is
// drawn in 2019 and not from April 2020 (it ended on 31 March 2020); EUTM Somalia, described only in September 2015,
// is drawn in full in 2017 and faded in 2019 ("last reported"); the table and its CSV of June 2012 hold no amount
// first stated in 2015. Pixels of the map region decide what is drawn.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { ringPixelsNear } from './driver-keys';
import missions from '../../data/missions.json';
import { DEFAULT_THEME } from '../../src/map/theme';

const baseUrl = inject('baseUrl');
const at = (id: string): [number, number] => {
  const m = missions.find((x) => x.id === id)!;
  return [m.location.lon, m.location.lat];
};
const SOPHIA = at('eunavfor-med');
const SOMALIA = at('eutm-somalia');
const MILITARY = DEFAULT_THEME.mission['csdp-military'];

describe.each([
  ['webgl', ''],
  ['svg', '&renderer=svg'],
] as const)('missions drawn while a source says they hold (%s)', (renderer, extra) => {
  let map: MapDriver;
  beforeAll(async () => {
    map = await launch(baseUrl, { width: 1280, height: 720, webgl: renderer === 'webgl' });
    const query = `?date=2019-06&layers=missions&cam=30,20,3${extra}`;
    if (renderer === 'webgl') await map.open(query);
    else await map.openSimplified(query);
  });
  afterAll(async () => {
    await map.close();
  });

  it('draws Operation Sophia in June 2019 and not in April 2020', async () => {
    const in2019 = await ringPixelsNear(map, SOPHIA, MILITARY, 20, 30);
    await map.dragTimelineTo('2020-04');
    await expect(map.timelineDate()).resolves.toBe('April 2020');
    await map.settle();
    const in2020 = await ringPixelsNear(map, SOPHIA, MILITARY, 20, 30);
    console.log(`${renderer}: Sophia's symbol ${in2019} px in 2019-06, ${in2020} px in 2020-04`);
    expect(in2019).toBeGreaterThan(60);
    expect(in2020).toBeLessThan(5);
  });

  it('fades EUTM Somalia once its only source is more than three years old', async () => {
    await map.dragTimelineTo('2017-06');
    await expect(map.timelineDate()).resolves.toBe('June 2017');
    await map.settle();
    const full = await ringPixelsNear(map, SOMALIA, MILITARY, 20, 30);
    await map.dragTimelineTo('2019-06');
    await map.settle();
    const faded = await ringPixelsNear(map, SOMALIA, MILITARY, 20, 30);
    // The faded symbol: black at 40 % over the land, a mid grey.
    const grey = await ringPixelsNear(map, SOMALIA, '#938f8a', 20, 25);
    console.log(`${renderer}: EUTM Somalia black ${full} px in 2017-06, ${faded} px in 2019-06 (faded grey ${grey} px)`);
    expect(full).toBeGreaterThan(60);
    expect(faded).toBeLessThan(5);
    expect(grey).toBeGreaterThan(40);
  });
});

describe('the table and its CSV at a date', () => {
  it('hold no amount stated in 2015 in June 2012, and list it with its period from September 2015', async () => {
    const map = await launch(baseUrl, { width: 1400, height: 900 });
    try {
      await map.open('?table=1&date=2012-06');
      await expect.poll(() => map.dataTableCount()).toBe(11);
      const csv2012 = readFileSync(await map.downloadWith('Download CSV'), 'utf8');
      expect(csv2012).not.toContain('syria-region-since-2011');
      expect(csv2012).not.toContain('eunavfor-med');
      await map.dragTimelineTo('2015-09');
      await expect(map.timelineDate()).resolves.toBe('September 2015');
      await map.settle();
      const csv2015 = readFileSync(await map.downloadWith('Download CSV'), 'utf8');
      const row = csv2015.split('\n').find((l) => l.includes('syria-region-since-2011-eu-budget-2015'))!;
      // Stage, donor and "since 2011, stated 9 September 2015" in the row, never an exact sum of hedged amounts.
      expect(row).toContain('close to €1,800,000,000');
      expect(row).toContain('since 2011, stated 9 September 2015');
      expect(row).toContain('the EU budget');
    } finally {
      await map.close();
    }
  });
});
