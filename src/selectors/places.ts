// Where each country is on the basemap: the point its figures, arcs and circles are drawn at, and its outline.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BasemapData } from '../geo/basemap';

export interface CountryPlaces {
  /** The label point of each country, or the point of a small state: where overlays put its symbols. */
  points: ReadonlyMap<string, Position>;
  geometries: ReadonlyMap<string, Polygon | MultiPolygon>;
}

export function countryPlaces(basemap: Pick<BasemapData, 'countries' | 'labels' | 'smallStates'>): CountryPlaces {
  const points = new Map<string, Position>();
  // A label point, where there is one, wins over the small-state point.
  for (const f of basemap.smallStates.features) points.set(f.properties.iso2, f.geometry.coordinates);
  for (const f of basemap.labels.features) points.set(f.properties.iso2, f.geometry.coordinates);
  const geometries = new Map(basemap.countries.features.map((f) => [f.properties.iso2, f.geometry]));
  return { points, geometries };
}
