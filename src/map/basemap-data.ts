// Loads the bundled basemap (TopoJSON + label points) and converts it for MapLibre. Loaded as its own chunk.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Point } from 'geojson';
import topology from '../../geodata/countries.topo.json';
import labels from '../../geodata/labels.json';
import smallStates from '../../geodata/small-states.json';
import { bordersGeoJSON, countriesGeoJSON } from '../geo/basemap';
import type { BasemapData } from '../geo/basemap';
import { withLocalisedNames } from './labels-lang';

export function loadBasemap(): BasemapData {
  const topo = topology as unknown as Topology;
  return {
    countries: countriesGeoJSON(topo),
    borders: bordersGeoJSON(topo),
    labels: labels as unknown as FeatureCollection<Point, { iso2: string; name: string; area_km2: number }>,
    smallStates: smallStates as unknown as FeatureCollection<Point, { iso2: string; name: string }>,
  };
}

let appMapBasemap: BasemapData | undefined;
/**
 * The basemap as the app's map draws it (label points named in every language), made once: the map created ahead of
 * the app and the app itself (panels, SVG map) share the same object.
 */
export function appBasemap(): BasemapData {
  if (!appMapBasemap) {
    const loaded = loadBasemap();
    appMapBasemap = { ...loaded, labels: withLocalisedNames(loaded.labels) };
  }
  return appMapBasemap;
}
