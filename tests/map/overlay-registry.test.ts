// The overlay registry names every overlay once, and the WebGL style stacks the overlays of each slot in its order.
import { describe, expect, it } from 'vitest';
import { OVERLAYS, mapOverlays } from '../../src/map/overlays';
import { EU_MEMBERS_OVERLAY } from '../../src/map/layers/overlay';
import { OVERLAY_IDS } from '../../src/state/types';
import { styleLayers } from '../../src/map/map-style';
import { DEFAULT_THEME } from '../../src/map/theme';
import { loadDataset } from '../../src/data/load';
import { loadBasemap } from '../../src/map/basemap-data';
import { createViewSelectors } from '../../src/selectors/view';
import { countryPlaces } from '../../src/selectors/places';

describe('the overlay registry', () => {
  it('lists each overlay of the switcher once, and the EU frame', () => {
    expect(OVERLAYS.map((o) => o.id).sort()).toEqual([EU_MEMBERS_OVERLAY, ...OVERLAY_IDS].sort());
  });

  it('gives the WebGL map its z-order: each overlay drawn over those before it in its slot', () => {
    const places = countryPlaces(loadBasemap());
    const overlays = mapOverlays({ views: createViewSelectors(loadDataset()), geometries: places.geometries, countryPoints: places.points, routeLabel: (r) => r.route.id, hostedLabel: (f) => f.id });
    const ids = styleLayers(DEFAULT_THEME, overlays).map((l) => l.id);
    const firstLayer = (i: number): number => ids.indexOf(overlays[i]!.layers(DEFAULT_THEME)[0]!.id);
    for (let i = 1; i < overlays.length; i++) {
      if (overlays[i]!.slot === overlays[i - 1]!.slot) expect(firstLayer(i), `${overlays[i]!.id} over ${overlays[i - 1]!.id}`).toBeGreaterThan(firstLayer(i - 1));
    }
    expect(overlays.map((o) => o.id)).toEqual(OVERLAYS.map((o) => o.id));
  });
});
