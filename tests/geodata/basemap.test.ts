// Checks the committed basemap in geodata/ (built by scripts/build-geodata.ts) as the map reads it through src/geo/basemap.ts.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { booleanPointInPolygon, point } from '@turf/turf';
import isoCountries from 'i18n-iso-countries';
import {
  bordersGeoJSON,
  coastlineGeoJSON,
  countriesGeoJSON,
  countryCodes,
  type CountryFeature,
  type CountryProps,
} from '../../src/geo/basemap';

type LabelProps = CountryProps & { area_km2: number };

function read(file: string): string {
  return readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8');
}
function loadTopology(): Topology {
  return JSON.parse(read('countries.topo.json')) as Topology;
}
function loadCountries(): Map<string, CountryFeature> {
  return new Map(countriesGeoJSON(loadTopology()).features.map((f) => [f.properties.iso2, f]));
}
function loadLabels(): FeatureCollection<Point, LabelProps> {
  return JSON.parse(read('labels.json')) as FeatureCollection<Point, LabelProps>;
}
function loadSmallStates(): FeatureCollection<Point, CountryProps> {
  return JSON.parse(read('small-states.json')) as FeatureCollection<Point, CountryProps>;
}
function ringsOf(country: CountryFeature): Position[][] {
  const g = country.geometry;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
}
function nameOf(code: string): string | undefined {
  return loadCountries().get(code)?.properties.name;
}

describe('countries.topo.json', () => {
  it('has one object, countries, whose geometries carry exactly { iso2, name }', () => {
    const topology = loadTopology();
    expect(Object.keys(topology.objects)).toEqual(['countries']);
    const geometries = (topology.objects['countries'] as GeometryCollection).geometries;
    expect(geometries.length).toBeGreaterThan(200);
    for (const g of geometries) {
      expect(Object.keys(g.properties ?? {}).sort()).toEqual(['iso2', 'name']);
      expect(g.id).toBeUndefined();
    }
  });

  it('gives every country a unique two-letter code and a name', () => {
    const features = countriesGeoJSON(loadTopology()).features;
    const codes = features.map((f) => f.properties.iso2);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of features) expect(f.properties.name.trim(), f.properties.iso2).not.toBe('');
    expect(countryCodes(loadTopology())).toEqual(new Set(codes));
  });

  it('uses the EU English names, not Natural Earth abbreviations', () => {
    expect(nameOf('TR')).toBe('Türkiye');
    expect(nameOf('MK')).toBe('North Macedonia');
    expect(nameOf('CZ')).toBe('Czechia');
    expect(nameOf('BA')).toBe('Bosnia and Herzegovina');
    expect(nameOf('CD')).toBe('Democratic Republic of the Congo');
    expect(nameOf('US')).toBe('United States');
    expect(nameOf('EH')).toBe('Western Sahara');
    expect(nameOf('AU')).toBe('Australia');
    const abbreviated = /\b(Is|Rep|Herz|Eq|S|W|N|Fr|Br|St|Geo|Vin|Gren|Barb|Ter|I)\.|^eSwatini$|^Macedonia$|^Turkey$/;
    for (const f of loadCountries().values()) expect(f.properties.name).not.toMatch(abbreviated);
  });

  it('has Kosovo as XK and no Antarctica', () => {
    const countries = loadCountries();
    expect(countries.get('XK')?.properties.name).toBe('Kosovo');
    expect(countries.has('AQ')).toBe(false);
    const southernmost = Math.min(...[...countries.values()].flatMap((c) => ringsOf(c).flat().map((p) => p[1]!)));
    expect(southernmost).toBeGreaterThan(-60);
  });

  it('merges Northern Cyprus into Cyprus and Somaliland into Somalia', () => {
    const countries = loadCountries();
    const kyrenia = point([33.32, 35.31]);
    const hargeisa = point([44.06, 9.56]);
    expect(booleanPointInPolygon(kyrenia, countries.get('CY')!)).toBe(true);
    expect(booleanPointInPolygon(hargeisa, countries.get('SO')!)).toBe(true);
    for (const c of countries.values()) expect(c.properties.name).not.toMatch(/Somaliland|Cyprus.+|Siachen|^Indian Ocean/);
  });

  it('has a polygon for every country that is an EU member at some date in data/countries.json', () => {
    const codes = countryCodes(loadTopology());
    const dataset = JSON.parse(readFileSync('data/countries.json', 'utf8')) as Array<{ id: string; groups: Array<{ group: string }> }>;
    const members = dataset.filter((c) => c.groups.some((g) => g.group === 'eu-member')).map((c) => c.id);
    // The 27 of today and the United Kingdom (1973-2020).
    expect(members.length).toBe(28);
    for (const code of members) expect(codes.has(code), code).toBe(true);
  });

  it('has no ring that jumps across the antimeridian (the streaks MapLibre would draw)', () => {
    const jumps: string[] = [];
    for (const c of loadCountries().values())
      for (const ring of ringsOf(c))
        for (let i = 1; i < ring.length; i++)
          if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > 180) jumps.push(`${c.properties.iso2} ${ring[i - 1]![0]} -> ${ring[i]![0]}`);
    expect(jumps).toEqual([]);
  });

  it('keeps every longitude within ±180 and both sides of Russia and Fiji', () => {
    const countries = loadCountries();
    const lons = [...countries.values()].flatMap((c) => ringsOf(c).flat().map((p) => p[0]!));
    expect(Math.max(...lons.map(Math.abs))).toBeLessThanOrEqual(180);
    for (const code of ['RU', 'FJ']) {
      const own = ringsOf(countries.get(code)!).flat().map((p) => p[0]!);
      expect(Math.max(...own), code).toBeGreaterThan(175);
      expect(Math.min(...own), code).toBeLessThan(-175);
    }
    expect(booleanPointInPolygon(point([-175, 66]), countries.get('RU')!)).toBe(true); // Chukotka
  });

  it('draws borders between countries and a coastline without the cuts at ±180', () => {
    const topology = loadTopology();
    const borders = bordersGeoJSON(topology);
    expect(borders.coordinates.length).toBeGreaterThan(150);
    const alongAntimeridian = coastlineGeoJSON(topology).coordinates.filter((line) =>
      line.some((p, i) => i > 0 && Math.abs(Math.abs(p[0]!) - 180) < 1e-6 && Math.abs(Math.abs(line[i - 1]![0]!) - 180) < 1e-6),
    );
    expect(alongAntimeridian).toEqual([]);
  });

  it('stays below 150 KB gzip', () => {
    expect(gzipSync(read('countries.topo.json')).length).toBeLessThan(150 * 1024);
  });
});

describe('labels.json', () => {
  it('has exactly one point per country code, with its name and an area', () => {
    const countries = loadCountries();
    const labels = loadLabels().features;
    const codes = labels.map((l) => l.properties.iso2);
    expect(codes.length).toBe(countries.size);
    expect(new Set(codes)).toEqual(new Set(countries.keys()));
    for (const l of labels) {
      expect(l.geometry.type).toBe('Point');
      expect(l.properties.name).toBe(countries.get(l.properties.iso2)?.properties.name);
      expect(Number.isInteger(l.properties.area_km2)).toBe(true);
    }
  });

  it('puts every label inside its own country (hand-placed overrides included)', () => {
    const countries = loadCountries();
    const outside = loadLabels().features.filter((l) => {
      const country = countries.get(l.properties.iso2);
      return !country || !booleanPointInPolygon(l.geometry, country);
    });
    expect(outside.map((l) => l.properties.iso2)).toEqual([]);
  });

  it('places the labels of France, Norway and Russia in their European parts', () => {
    const at = (code: string) => loadLabels().features.find((l) => l.properties.iso2 === code)!.geometry.coordinates;
    const [frLon, frLat] = at('FR');
    expect(frLon! > -5 && frLon! < 8 && frLat! > 42 && frLat! < 51).toBe(true);
    expect(at('NO')[1]).toBeLessThan(64);
    expect(at('RU')[0]).toBeLessThan(60);
  });

  it('gives whole-country areas close to the real ones', () => {
    const area = (code: string) => loadLabels().features.find((l) => l.properties.iso2 === code)?.properties.area_km2 ?? -1;
    expect(area('DE')).toBeGreaterThan(340_000);
    expect(area('DE')).toBeLessThan(370_000);
    expect(area('RU')).toBeGreaterThan(16_000_000);
    expect(area('MT')).toBeLessThan(1_000);
  });
});

describe('small-states.json', () => {
  it('lists only codes that have no polygon, once each, with a name and a position', () => {
    const polygonCodes = countryCodes(loadTopology());
    const states = loadSmallStates().features;
    const codes = states.map((s) => s.properties.iso2);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of states) {
      expect(s.properties.iso2).toMatch(/^[A-Z]{2}$/);
      expect(polygonCodes.has(s.properties.iso2), s.properties.iso2).toBe(false);
      expect(s.properties.name.trim()).not.toBe('');
      const [lon, lat] = s.geometry.coordinates;
      expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
    }
  });

  it('together with the polygons locates every ISO 3166-1 code except Antarctica', () => {
    const located = new Set([...countryCodes(loadTopology()), ...loadSmallStates().features.map((s) => s.properties.iso2)]);
    const missing = Object.keys(isoCountries.getAlpha2Codes()).filter((code) => !located.has(code));
    expect(missing).toEqual(['AQ']);
  });
});
