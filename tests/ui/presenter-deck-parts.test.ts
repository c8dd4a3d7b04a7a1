// A deck made in the presenter window labels each route as the app's map does (name and the period's figure), while
// the presenter's small preview keeps the name only.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { loadBasemap } from '../../src/map/basemap-data';
import { createViewSelectors } from '../../src/selectors/view';
import { defaultState } from '../../src/state/defaults';
import { deckMapParts, staticMapProps } from '../../src/ui/presenter/map-parts';
import { routeLabelText } from '../../src/ui/figure-text';

const model = loadDataset();
const views = createViewSelectors(model);
const state = { ...defaultState(), time: { ...defaultState().time, date: '2015-09' } };

describe('the presenter window\'s deck parts', () => {
  it('label routes with their figure, as the app does, where the preview gives the name only', () => {
    const preview = staticMapProps(loadBasemap());
    const deck = deckMapParts(preview, () => 'en');
    const counted = views.routes(state).filter((r) => r.figure);
    expect(counted.length).toBeGreaterThan(0);
    for (const r of counted) {
      expect(deck.routeLabel(r)).toBe(routeLabelText('en', r));
      expect(deck.routeLabel(r)).toMatch(/: .*\d/);
      expect(preview.routeLabel(r)).toBe(r.route.name);
    }
  });
});
