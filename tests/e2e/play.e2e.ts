// Playing the timeline: a person picks speed 2 and presses Play; every month whose map changes reaches the screen
// before the timeline shows the next month. Read from the map's drawn frames (src/debug/screen-film.ts), not from
// MapLibre's events: the bench films the same at speeds 1, 2 and 4, at 1x and 100x.
import { describe, expect, it } from 'vitest';
import { openMapForTheseTests } from './driver-suite';

// Autumn 2015 to January 2016: the map changes in September, October, December and January.
const MONTHS = ['2015-08', '2015-09', '2015-10', '2015-11', '2015-12', '2016-01'];

describe('play', () => {
  const map = openMapForTheseTests({ width: 1200, height: 700, reducedMotion: true });

  it('at speed 2, shows every month whose map changes, each before the label moves on', async () => {
    await map().givenTheMapFilmed(MONTHS);
    await map().chooseOption('Speed', '2×');
    await map().clickButton(/^Play$/);
    await map().waitForTheTimelineToShow(MONTHS[MONTHS.length - 1]!);
    await map().clickButton(/^Pause$/);
    const played = await map().whatTheMapShowed();
    // The first month is on screen before Play: the label moves to each of the others.
    expect(played.monthsShown).toBe(MONTHS.length - 1);
    expect(played.changedMonths).toBeGreaterThanOrEqual(3);
    expect(played.skipped).toEqual([]);
    expect(played.late).toEqual([]);
  });
});
