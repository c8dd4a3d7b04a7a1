// Loads the bundled basemap (TopoJSON + label points) and converts it for MapLibre. Loaded as its own chunk.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Point } from 'geojson';
import topology from '../../geodata/countries.topo.json';
import labels from '../../geodata/labels.json';
import smallStates from '../../geodata/small-states.json';
import { bordersGeoJSON, countriesGeoJSON } from '../geo/basemap';
import type { BasemapData } from '../geo/basemap';

export function loadBasemap(): BasemapData {
  const topo = topology as unknown as Topology;
  return {
    countries: countriesGeoJSON(topo),
    borders: bordersGeoJSON(topo),
    labels: labels as unknown as FeatureCollection<Point, { iso2: string; name: string; area_km2: number }>,
    smallStates: smallStates as unknown as FeatureCollection<Point, { iso2: string; name: string }>,
  };
}
