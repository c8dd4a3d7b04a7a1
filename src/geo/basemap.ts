// Turns the bundled TopoJSON basemap (geodata/countries.topo.json) into GeoJSON for the map: country areas, borders, coastline.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Properties of every country in the basemap, and nothing else (see geodata/README.md). */
export interface CountryProps {
  /** ISO 3166-1 alpha-2, plus XK for Kosovo. */
  iso2: string;
  /** EU English short name (Interinstitutional Style Guide). */
  name: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;
export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

/** The bundled basemap as the app uses it: country areas, borders, one label point per country, small states. */
export interface BasemapData {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  borders: FeatureCollection<MultiLineString> | MultiLineString;
  labels: FeatureCollection<Point, { iso2: string; name: string; area_km2: number }>;
  smallStates: FeatureCollection<Point, { iso2: string; name: string }>;
}

/** The `countries` object of the basemap topology; throws if the file is not the basemap. */
function countriesObject(topology: Topology): GeometryCollection {
  const object = topology.objects['countries'];
  if (object?.type !== 'GeometryCollection') throw new Error('basemap topology has no "countries" collection');
  // Properties are checked feature by feature (isCountryProps); the cast only widens their type.
  return object as GeometryCollection;
}

function isCountryProps(value: unknown): value is CountryProps {
  if (typeof value !== 'object' || value === null) return false;
  const { iso2, name } = value as Record<string, unknown>;
  return typeof iso2 === 'string' && typeof name === 'string';
}

/** One feature per country (multi-part countries are one MultiPolygon). */
export function countriesGeoJSON(topology: Topology): FeatureCollection<Polygon | MultiPolygon, CountryProps> {
  const collection = feature(topology, countriesObject(topology));
  const features: CountryFeature[] = [];
  for (const f of collection.features) {
    const g = f.geometry;
    const p = f.properties;
    if ((g.type === 'Polygon' || g.type === 'MultiPolygon') && isCountryProps(p)) {
      features.push({ type: 'Feature', properties: { iso2: p.iso2, name: p.name }, geometry: g });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Land borders between two countries, each drawn once. */
export function bordersGeoJSON(topology: Topology): MultiLineString {
  return mesh(topology, countriesObject(topology), (a, b) => a !== b);
}

/**
 * Coastlines: edges used by one country only, minus the cuts along ±180° that the build makes to
 * split Russia and Fiji at the antimeridian (they are not coast).
 */
export function coastlineGeoJSON(topology: Topology): MultiLineString {
  const outline = mesh(topology, countriesObject(topology), (a, b) => a === b);
  const lines: Position[][] = [];
  for (const line of outline.coordinates) {
    let current: Position[] = [];
    for (const point of line) {
      const previous = current[current.length - 1];
      if (previous && onAntimeridian(previous) && onAntimeridian(point)) {
        if (current.length > 1) lines.push(current);
        current = [];
      }
      current.push(point);
    }
    if (current.length > 1) lines.push(current);
  }
  return { type: 'MultiLineString', coordinates: lines };
}

/** The codes that have a polygon (others may be in geodata/small-states.json). */
export function countryCodes(topology: Topology): Set<string> {
  const codes = new Set<string>();
  for (const g of countriesObject(topology).geometries) if (isCountryProps(g.properties)) codes.add(g.properties.iso2);
  return codes;
}

function onAntimeridian(point: Position): boolean {
  return Math.abs(Math.abs(point[0] ?? 0) - 180) < 1e-6;
}
