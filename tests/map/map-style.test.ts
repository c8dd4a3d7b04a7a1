// A map started with the basemap alone and given its overlays later (the map started ahead of the app) ends with the
// same sources and the same layers, in the same z-order, as the one-pass style of a map created with its data.
import { describe, expect, it } from 'vitest';
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { loadDataset } from '../../src/data/load';
import { loadBasemap } from '../../src/map/basemap-data';
import { createViewSelectors } from '../../src/selectors/view';
import { countryPlaces } from '../../src/selectors/places';
import { defaultState } from '../../src/state/defaults';
import { DEFAULT_THEME } from '../../src/map/theme';
import { addOverlays, buildStyle } from '../../src/map/map-style';
import { mapOverlays } from '../../src/map/overlays';
import { createAppStore, type Store } from '../../src/state/store';

const views = createViewSelectors(loadDataset());
const basemap = loadBasemap();
const places = countryPlaces(basemap);
const overlays = mapOverlays({ views, geometries: places.geometries, countryPoints: places.points, routeLabel: (r) => r.route.id, hostedLabel: (f) => f.id });

/** The part of MapLibre's map that addOverlays uses, with MapLibre's rule for `before`: under that layer, or on top. */
function styleHolder(style: StyleSpecification) {
  const layers: LayerSpecification[] = [...style.layers];
  const sources: Record<string, SourceSpecification> = { ...style.sources };
  const map = {
    getLayer: (id: string) => layers.find((l) => l.id === id),
    addSource(id: string, source: SourceSpecification) {
      if (sources[id]) throw new Error(`source ${id} added twice`);
      sources[id] = source;
    },
    addLayer(layer: LayerSpecification, before?: string) {
      if (layers.some((l) => l.id === layer.id)) throw new Error(`layer ${layer.id} added twice`);
      const at = before === undefined ? layers.length : layers.findIndex((l) => l.id === before);
      if (at < 0) throw new Error(`no layer ${before} to add ${layer.id} under`);
      layers.splice(at, 0, layer);
    },
  };
  return { map: map as unknown as MapLibreMap, layers, sources };
}

describe('overlays added to a map started with the basemap alone', () => {
  const off = createAppStore(defaultState());
  off.getState().setOverlay('funding', false);
  off.getState().setOverlay('missions', false);
  const cases: Array<[string, Store]> = [
    ['the default view', createAppStore(defaultState()).getState()],
    ['funding and missions off', off.getState()],
  ];
  it('has a second case with more overlay layers hidden than the first', () => {
    const hidden = (state: Store): number => buildStyle(basemap, overlays, DEFAULT_THEME, state).layers.filter((l) => l.layout?.visibility === 'none').length;
    expect(hidden(cases[1]![1])).toBeGreaterThan(hidden(cases[0]![1]));
  });
  for (const [name, state] of cases) {
    it(`gives the one-pass style's sources and layers in its order: ${name}`, () => {
      const whole = buildStyle(basemap, overlays, DEFAULT_THEME, state);
      const started = styleHolder(buildStyle(basemap, [], DEFAULT_THEME, state));
      expect(started.layers.length).toBeLessThan(whole.layers.length);
      addOverlays(started.map, overlays, DEFAULT_THEME, state);
      expect(started.layers.map((l) => l.id)).toEqual(whole.layers.map((l) => l.id));
      expect(started.layers).toEqual(whole.layers);
      expect(Object.keys(started.sources).sort()).toEqual(Object.keys(whole.sources).sort());
    });
  }
});
