// Builds the bundled basemap in geodata/ from Natural Earth 1:50m countries (npm world-atlas): run with `npm run geodata`.
//
// Steps: give every country an ISO 3166-1 alpha-2 code and its EU English name, merge parts that
// share a code, drop Antarctica, cut rings at the antimeridian, simplify (more outside the area the
// map looks at), drop small islands, quantise; then one label point per country and a point for
// every ISO code that has no polygon. geodata/README.md is written from the same constants.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, merge, quantize } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Objects, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { area as geodesicArea, booleanPointInPolygon } from '@turf/turf';
import { mercatorRingArea, mercatorY, onAntimeridian, polygonsOf, repairAntimeridian, type Area } from '../src/geo/antimeridian';
import { poleOfInaccessibility } from '../src/geo/label-point';

// ---------------------------------------------------------------------------------------------
// Parameters (README.md quotes them)

const SOURCE = 'node_modules/world-atlas/countries-50m.json';
const OUT_DIR = 'geodata';
/** Quantisation of the output (grid of 1e5 x 1e5 over the bounding box: ~360 m east-west). */
const QUANTISATION = 1e5;
/** The area the map is looked at, kept at more detail: [west, south, east, north]. */
const FOCUS: readonly [number, number, number, number] = [-30, -5, 80, 72];
/**
 * Visvalingam threshold: minimum effective triangle area kept, in square degrees of a
 * Web Mercator plane (x = longitude, y = Mercator ordinate in degrees), i.e. what MapLibre shows.
 */
const MIN_WEIGHT = 0.0012;
/** Outside FOCUS a vertex's weight is divided by this, so it is simplified that much more. */
const OUTSIDE_FACTOR = 8;
/** Island rings smaller than this (Mercator square degrees) are dropped, inside / outside FOCUS... */
const MIN_RING_AREA_FOCUS = 0.004;
const MIN_RING_AREA_OUTSIDE = 0.06;
/** ...except each country's largest ring, kept at full detail when smaller than this. */
const TINY_RING_AREA = 0.05;
const LABEL_PRECISION_DEG = 0.01;

// ---------------------------------------------------------------------------------------------
// Identity: codes and names

/** Natural Earth features without a numeric id, or whose id we do not keep as is. */
const CODE_BY_SOURCE_NAME: Readonly<Record<string, string | null>> = {
  Kosovo: 'XK', // user-assigned code used by the EU and the European Commission
  Somaliland: 'SO', // not recognised by the EU: merged into Somalia
  'N. Cyprus': 'CY', // not recognised by the EU; the whole island is EU territory: merged into Cyprus
  'Siachen Glacier': 'IN', // disputed India/Pakistan, administered by India: merged into India
  'Indian Ocean Ter.': 'AU', // Christmas Island and Cocos (Keeling) Islands: Australian territories
  Antarctica: null, // dropped: see README.md
};

/**
 * EU English short names (Interinstitutional Style Guide, list of countries and territories)
 * where they differ from Natural Earth's short labels.
 */
const EU_NAMES: Readonly<Record<string, string>> = {
  AG: 'Antigua and Barbuda',
  AX: 'Åland Islands',
  BA: 'Bosnia and Herzegovina',
  BL: 'Saint Barthélemy',
  CD: 'Democratic Republic of the Congo',
  CF: 'Central African Republic',
  CK: 'Cook Islands',
  CZ: 'Czechia',
  DO: 'Dominican Republic',
  EH: 'Western Sahara',
  FK: 'Falkland Islands',
  FO: 'Faroes',
  FM: 'Micronesia',
  GQ: 'Equatorial Guinea',
  GS: 'South Georgia and the South Sandwich Islands',
  HM: 'Heard Island and McDonald Islands',
  IO: 'British Indian Ocean Territory',
  KN: 'Saint Kitts and Nevis',
  KY: 'Cayman Islands',
  LA: 'Laos',
  MF: 'Saint Martin',
  MH: 'Marshall Islands',
  MK: 'North Macedonia',
  MM: 'Myanmar/Burma',
  MP: 'Northern Mariana Islands',
  NF: 'Norfolk Island',
  PF: 'French Polynesia',
  PM: 'Saint Pierre and Miquelon',
  PN: 'Pitcairn Islands',
  PS: 'Palestine',
  SB: 'Solomon Islands',
  SH: 'Saint Helena, Ascension and Tristan da Cunha',
  SS: 'South Sudan',
  ST: 'São Tomé and Príncipe',
  SZ: 'Eswatini',
  TC: 'Turks and Caicos Islands',
  TF: 'French Southern and Antarctic Lands',
  TR: 'Türkiye',
  US: 'United States',
  VA: 'Holy See',
  VC: 'Saint Vincent and the Grenadines',
  VG: 'British Virgin Islands',
  VI: 'US Virgin Islands',
  WF: 'Wallis and Futuna',
  XK: 'Kosovo',
};

/** Label points placed by hand where the pole of inaccessibility of the largest part reads badly. */
const LABEL_OVERRIDES: Readonly<Record<string, { at: [number, number]; why: string }>> = {
  FR: { at: [2.6, 46.8], why: 'centre of metropolitan France' },
  NO: { at: [9.3, 61.6], why: 'southern Norway, where the mainland is wide enough for a label' },
  US: { at: [-98.6, 39.5], why: 'centre of the contiguous United States' },
  RU: { at: [45.0, 58.5], why: 'European Russia: the map looks at Europe, Siberia is off screen' },
  HR: { at: [15.9, 45.6], why: 'inland Croatia near Zagreb, not on the Dalmatian strip' },
  CL: { at: [-71.0, -34.5], why: 'central Chile' },
  CA: { at: [-100.0, 57.0], why: 'southern Canada, not the Arctic islands' },
  GR: { at: [22.0, 39.6], why: 'mainland Greece' },
  IT: { at: [12.6, 42.9], why: 'central Italy' },
  NZ: { at: [172.5, -42.8], why: 'South Island' },
  MY: { at: [102.2, 4.0], why: 'Peninsular Malaysia, where the capital is' },
  ID: { at: [113.9, -0.8], why: 'Borneo (Kalimantan), the largest island part' },
};

/** Centres (capital or main island) for ISO codes too small for the 50m polygons or absent from them. */
const SMALL_STATES: readonly { iso2: string; name: string; at: [number, number] }[] = [
  { iso2: 'AD', name: 'Andorra', at: [1.5218, 42.5063] },
  { iso2: 'AG', name: 'Antigua and Barbuda', at: [-61.8456, 17.1274] },
  { iso2: 'AS', name: 'American Samoa', at: [-170.7025, -14.2756] },
  { iso2: 'AW', name: 'Aruba', at: [-70.027, 12.5211] },
  { iso2: 'AX', name: 'Åland Islands', at: [19.9348, 60.0973] },
  { iso2: 'BB', name: 'Barbados', at: [-59.6167, 13.1] },
  { iso2: 'BH', name: 'Bahrain', at: [50.5861, 26.2285] },
  { iso2: 'BL', name: 'Saint Barthélemy', at: [-62.8498, 17.8962] },
  { iso2: 'BM', name: 'Bermuda', at: [-64.7813, 32.2949] },
  { iso2: 'BQ', name: 'Bonaire, Sint Eustatius and Saba', at: [-68.2624, 12.1784] },
  { iso2: 'BV', name: 'Bouvet Island', at: [3.4139, -54.4232] },
  { iso2: 'CC', name: 'Cocos (Keeling) Islands', at: [96.8349, -12.1642] },
  { iso2: 'CK', name: 'Cook Islands', at: [-159.7777, -21.2367] },
  { iso2: 'CV', name: 'Cabo Verde', at: [-23.5087, 14.933] },
  { iso2: 'CW', name: 'Curaçao', at: [-68.99, 12.1696] },
  { iso2: 'CX', name: 'Christmas Island', at: [105.6904, -10.4475] },
  { iso2: 'DM', name: 'Dominica', at: [-61.371, 15.415] },
  { iso2: 'FM', name: 'Micronesia', at: [158.215, 6.9248] },
  { iso2: 'GD', name: 'Grenada', at: [-61.679, 12.1165] },
  { iso2: 'GF', name: 'French Guiana', at: [-52.3135, 4.9224] },
  { iso2: 'GG', name: 'Guernsey', at: [-2.5853, 49.4657] },
  { iso2: 'GI', name: 'Gibraltar', at: [-5.3536, 36.1408] },
  { iso2: 'GP', name: 'Guadeloupe', at: [-61.551, 16.265] },
  { iso2: 'GU', name: 'Guam', at: [144.7937, 13.4443] },
  { iso2: 'HK', name: 'Hong Kong', at: [114.1694, 22.3193] },
  { iso2: 'IM', name: 'Isle of Man', at: [-4.5481, 54.2361] },
  { iso2: 'IO', name: 'British Indian Ocean Territory', at: [72.4232, -7.3133] },
  { iso2: 'JE', name: 'Jersey', at: [-2.1312, 49.2144] },
  { iso2: 'KI', name: 'Kiribati', at: [172.979, 1.4518] },
  { iso2: 'KM', name: 'Comoros', at: [43.2551, -11.7172] },
  { iso2: 'KN', name: 'Saint Kitts and Nevis', at: [-62.7177, 17.3026] },
  { iso2: 'LC', name: 'Saint Lucia', at: [-60.9789, 13.9094] },
  { iso2: 'LI', name: 'Liechtenstein', at: [9.5209, 47.1415] },
  { iso2: 'MC', name: 'Monaco', at: [7.4246, 43.7384] },
  { iso2: 'MF', name: 'Saint Martin', at: [-63.0501, 18.0708] },
  { iso2: 'MH', name: 'Marshall Islands', at: [171.1845, 7.1164] },
  { iso2: 'MO', name: 'Macao', at: [113.5439, 22.1987] },
  { iso2: 'MP', name: 'Northern Mariana Islands', at: [145.7545, 15.1778] },
  { iso2: 'MQ', name: 'Martinique', at: [-61.0242, 14.6415] },
  { iso2: 'MS', name: 'Montserrat', at: [-62.1874, 16.7425] },
  { iso2: 'MT', name: 'Malta', at: [14.5146, 35.8989] },
  { iso2: 'MU', name: 'Mauritius', at: [57.5012, -20.1609] },
  { iso2: 'MV', name: 'Maldives', at: [73.5093, 4.1755] },
  { iso2: 'NF', name: 'Norfolk Island', at: [167.9547, -29.0408] },
  { iso2: 'NR', name: 'Nauru', at: [166.9315, -0.5228] },
  { iso2: 'NU', name: 'Niue', at: [-169.8672, -19.0544] },
  { iso2: 'PF', name: 'French Polynesia', at: [-149.5585, -17.5516] },
  { iso2: 'PN', name: 'Pitcairn Islands', at: [-130.1015, -25.0662] },
  { iso2: 'PW', name: 'Palau', at: [134.5825, 7.515] },
  { iso2: 'RE', name: 'Réunion', at: [55.4513, -21.1151] },
  { iso2: 'SC', name: 'Seychelles', at: [55.452, -4.6191] },
  { iso2: 'SG', name: 'Singapore', at: [103.8198, 1.3521] },
  { iso2: 'SH', name: 'Saint Helena, Ascension and Tristan da Cunha', at: [-5.7089, -15.965] },
  { iso2: 'SJ', name: 'Svalbard and Jan Mayen', at: [15.6356, 78.2232] },
  { iso2: 'SM', name: 'San Marino', at: [12.4578, 43.9424] },
  { iso2: 'ST', name: 'São Tomé and Príncipe', at: [6.7273, 0.3365] },
  { iso2: 'SX', name: 'Sint Maarten', at: [-63.0548, 18.0425] },
  { iso2: 'TK', name: 'Tokelau', at: [-171.8484, -9.2002] },
  { iso2: 'TO', name: 'Tonga', at: [-175.2018, -21.1394] },
  { iso2: 'TV', name: 'Tuvalu', at: [179.1983, -8.5211] },
  { iso2: 'UM', name: 'United States Minor Outlying Islands', at: [166.6406, 19.2823] },
  { iso2: 'VA', name: 'Holy See', at: [12.4534, 41.9029] },
  { iso2: 'VC', name: 'Saint Vincent and the Grenadines', at: [-61.2248, 13.1579] },
  { iso2: 'VG', name: 'British Virgin Islands', at: [-64.6208, 18.4207] },
  { iso2: 'VI', name: 'US Virgin Islands', at: [-64.8963, 18.3358] },
  { iso2: 'WF', name: 'Wallis and Futuna', at: [-176.1761, -13.2825] },
  { iso2: 'WS', name: 'Samoa', at: [-171.7514, -13.8333] },
  { iso2: 'YT', name: 'Mayotte', at: [45.2279, -12.7806] },
];

/** ISO codes deliberately without any geometry. */
const NO_GEOMETRY: Readonly<Record<string, string>> = {
  AQ: 'Antarctica is dropped from the basemap',
};

// ---------------------------------------------------------------------------------------------
// Types for the two topojson packages that ship without declarations

/** A vertex during simplification: longitude, latitude, Visvalingam weight. */
type WeightedPoint = [number, number, number];
type Triangle = [WeightedPoint, WeightedPoint, WeightedPoint];
type Topo = Topology<Objects>;
interface TopojsonServer {
  topology(objects: Record<string, FeatureCollection>, quantization?: number): Topo;
}
interface TopojsonSimplify {
  presimplify(topology: Topo, weight?: (triangle: Triangle) => number): Topo;
  simplify(topology: Topo, minWeight?: number): Topo;
  filter(topology: Topo, keep: (ring: number[], interior: boolean) => boolean): Topo;
}
const require = createRequire(import.meta.url);
const server = require('topojson-server') as TopojsonServer;
const simplifier = require('topojson-simplify') as TopojsonSimplify;

interface SourceProps {
  name: string;
}
type SourceTopology = Topology<{ countries: GeometryCollection<SourceProps> }>;
export interface CountryProps {
  iso2: string;
  name: string;
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers

function inFocus(lon: number, lat: number): boolean {
  return lon >= FOCUS[0] && lon <= FOCUS[2] && lat >= FOCUS[1] && lat <= FOCUS[3];
}

/** Visvalingam weight: Mercator triangle area, smaller outside FOCUS; antimeridian cut points are kept. */
function vertexWeight(triangle: Triangle): number {
  const [a, b, c] = triangle;
  if (onAntimeridian(b[0])) return Infinity;
  const ay = mercatorY(a[1]);
  const by = mercatorY(b[1]);
  const cy = mercatorY(c[1]);
  const area = Math.abs((a[0] - c[0]) * (by - ay) - (a[0] - b[0]) * (cy - ay)) / 2;
  return inFocus(b[0], b[1]) ? area : area / OUTSIDE_FACTOR;
}

// ---------------------------------------------------------------------------------------------
// TopoJSON rings

function decodeRing(topology: Topo, ring: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const index of ring) {
    const arc = topology.arcs[index < 0 ? ~index : index]!;
    const points = index < 0 ? [...arc].reverse() : arc;
    for (const [i, p] of points.entries()) if (i > 0 || out.length === 0) out.push([p[0]!, p[1]!]);
  }
  return out;
}

function ringsOf(geometry: GeometryObject): number[][][] {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

// ---------------------------------------------------------------------------------------------
// Build

function loadCountries(): Feature<Area, CountryProps>[] {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as SourceTopology;
  const groups = new Map<string, (TopoPolygon<SourceProps> | TopoMultiPolygon<SourceProps>)[]>();
  const sourceNames = new Map<string, string>();
  for (const geometry of source.objects.countries.geometries) {
    const sourceName = (geometry.properties as Partial<SourceProps> | undefined)?.name ?? '';
    const iso2 = sourceName in CODE_BY_SOURCE_NAME ? CODE_BY_SOURCE_NAME[sourceName] : isoCountries.numericToAlpha2(String(geometry.id));
    if (iso2 === null) continue;
    if (iso2 === undefined) throw new Error(`no ISO code for ${String(geometry.id)} ${sourceName}`);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Error(`${sourceName} is not an area`);
    groups.set(iso2, [...(groups.get(iso2) ?? []), geometry]);
    // The first feature with this numeric id names the country (Australia, not Ashmore and Cartier Is.).
    if (!sourceNames.has(iso2) && geometry.id !== undefined) sourceNames.set(iso2, sourceName);
  }
  const features: Feature<Area, CountryProps>[] = [];
  for (const [iso2, geometries] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const first = geometries[0]!;
    const geometry: Area =
      geometries.length > 1 ? merge(source, geometries) : first.type === 'Polygon' ? feature(source, first).geometry : feature(source, first).geometry;
    const name = EU_NAMES[iso2] ?? sourceNames.get(iso2) ?? iso2;
    features.push({ type: 'Feature', properties: { iso2, name }, geometry: repairAntimeridian(geometry) });
  }
  return features;
}

function simplifyCountries(features: Feature<Area, CountryProps>[]): Topo {
  const raw = server.topology({ countries: { type: 'FeatureCollection', features } }, QUANTISATION);
  const weighted = simplifier.presimplify(raw, vertexWeight);
  const geometries = (weighted.objects.countries as GeometryCollection).geometries;

  // Each country's largest ring is never dropped; a tiny one keeps every vertex so it cannot collapse.
  const keptRings = new Set<string>();
  for (const geometry of geometries) {
    let largest: number[] | undefined;
    let largestArea = -1;
    for (const polygon of ringsOf(geometry)) {
      const exterior = polygon[0]!;
      const a = mercatorRingArea(decodeRing(weighted, exterior));
      if (a > largestArea) [largest, largestArea] = [exterior, a];
    }
    if (!largest) continue;
    keptRings.add(largest.join(','));
    if (largestArea < TINY_RING_AREA) {
      for (const index of largest) for (const p of weighted.arcs[index < 0 ? ~index : index]!) p[2] = Infinity;
    }
  }
  const simplified = simplifier.simplify(weighted, MIN_WEIGHT);
  const filtered = simplifier.filter(simplified, (ring, interior) => {
    if (interior || keptRings.has(ring.join(','))) return true;
    const coords = decodeRing(simplified, ring);
    // A piece cut off at the antimeridian stays with the rest of its island (Fiji's Vanua Levu).
    if (coords.some((p) => onAntimeridian(p[0]!))) return true;
    const [x, y] = coords[0] as [number, number];
    return mercatorRingArea(coords) >= (inFocus(x, y) ? MIN_RING_AREA_FOCUS : MIN_RING_AREA_OUTSIDE);
  });
  return quantize(filtered, QUANTISATION);
}

interface LabelProps extends CountryProps {
  area_km2: number;
}

function labelPoints(countries: Feature<Area, CountryProps>[]): FeatureCollection<Point, LabelProps> {
  const features = countries.map((country): Feature<Point, LabelProps> => {
    const parts = polygonsOf(country.geometry);
    const largest = parts.reduce((best, p) => (geodesicArea({ type: 'Polygon', coordinates: p }) > geodesicArea({ type: 'Polygon', coordinates: best }) ? p : best));
    const override = LABEL_OVERRIDES[country.properties.iso2];
    const at = override ? override.at : poleOfInaccessibility(largest, LABEL_PRECISION_DEG);
    const point: Feature<Point, LabelProps> = {
      type: 'Feature',
      properties: { ...country.properties, area_km2: Math.round(geodesicArea(country) / 1e6) },
      geometry: { type: 'Point', coordinates: at },
    };
    if (!booleanPointInPolygon(point.geometry, country)) throw new Error(`label of ${country.properties.iso2} is outside it: ${at.join(', ')}`);
    return point;
  });
  return { type: 'FeatureCollection', features };
}

function smallStates(polygonCodes: ReadonlySet<string>): FeatureCollection<Point, CountryProps> {
  const features = SMALL_STATES.filter((s) => !polygonCodes.has(s.iso2)).map(
    (s): Feature<Point, CountryProps> => ({ type: 'Feature', properties: { iso2: s.iso2, name: s.name }, geometry: { type: 'Point', coordinates: s.at } }),
  );
  const covered = new Set([...polygonCodes, ...features.map((f) => f.properties.iso2)]);
  const missing = Object.keys(isoCountries.getAlpha2Codes()).filter((c) => !covered.has(c) && !(c in NO_GEOMETRY));
  if (missing.length) throw new Error(`ISO codes with no polygon and no point: ${missing.join(' ')}`);
  return { type: 'FeatureCollection', features };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  process.chdir(root);
  mkdirSync(OUT_DIR, { recursive: true });

  const topology = simplifyCountries(loadCountries());
  const topoText = JSON.stringify(topology);
  writeFileSync(join(OUT_DIR, 'countries.topo.json'), topoText);

  // Labels are computed on what ships, so they are inside the polygons the map draws.
  const shipped = feature(topology, topology.objects.countries as GeometryCollection<CountryProps>).features as Feature<Area, CountryProps>[];
  const labels = labelPoints(shipped);
  const labelsText = JSON.stringify(labels);
  writeFileSync(join(OUT_DIR, 'labels.json'), labelsText);

  const codes = new Set(shipped.map((f) => f.properties.iso2));
  const small = smallStates(codes);
  const smallText = JSON.stringify(small);
  writeFileSync(join(OUT_DIR, 'small-states.json'), smallText);

  const sizes = [
    ['countries.topo.json', topoText],
    ['labels.json', labelsText],
    ['small-states.json', smallText],
  ].map(([file, text]) => ({ file: file!, raw: Buffer.byteLength(text!), gzip: gzipSync(text!).length }));
  const geojsonText = JSON.stringify({ type: 'FeatureCollection', features: shipped });
  const geojson = { raw: Buffer.byteLength(geojsonText), gzip: gzipSync(geojsonText).length };
  const arcsPoints = topology.arcs.reduce((n, arc) => n + arc.length, 0);

  writeFileSync(join(OUT_DIR, 'README.md'), readme(sizes, geojson, shipped.length, arcsPoints, small));
  for (const s of sizes) console.log(`${s.file.padEnd(22)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
  console.log(`${shipped.length} countries, ${labels.features.length} labels, ${small.features.length} small states, ${arcsPoints} arc points`);
  console.log(`as GeoJSON in the browser: ${kb(geojson.raw)} raw, ${kb(geojson.gzip)} gzip`);
  console.log(`small states: ${small.features.map((f) => f.properties.iso2).join(' ')}`);
}

function readme(
  sizes: { file: string; raw: number; gzip: number }[],
  geojson: { raw: number; gzip: number },
  countryCount: number,
  arcPoints: number,
  small: FeatureCollection<Point, CountryProps>,
): string {
  const table = sizes.map((s) => `| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} |`).join('\n');
  const renamed = Object.entries(EU_NAMES)
    .map(([code, name]) => `${code} ${name}`)
    .join('; ');
  const overrides = Object.entries(LABEL_OVERRIDES)
    .map(([code, o]) => `- ${code} at ${o.at.join(', ')}: ${o.why}`)
    .join('\n');
  return `# geodata: the bundled basemap

Generated by \`npm run geodata\` (scripts/build-geodata.ts), which also writes this file; do not edit
by hand: change the script and run it again. The output is deterministic and committed.

## Source
Natural Earth 1:50m Admin 0 countries (public domain, https://www.naturalearthdata.com/), as packaged
by the npm package **world-atlas 2.0.2** (\`node_modules/world-atlas/countries-50m.json\`, ISC licence
for the packaging). Nothing is downloaded at build or run time.

## Files
| file | raw | gzip |
| --- | --- | --- |
${table}

- **countries.topo.json**: TopoJSON, one object \`countries\` (${countryCount} geometries), each with
  properties \`{ iso2, name }\` and nothing else. Converted in the browser by src/geo/basemap.ts
  (\`countriesGeoJSON\`, \`bordersGeoJSON\`, \`coastlineGeoJSON\`); as GeoJSON it would be
  ${kb(geojson.raw)} raw / ${kb(geojson.gzip)} gzip. ${arcPoints} arc points.
- **labels.json**: GeoJSON Points, one per country (not per polygon part), properties
  \`{ iso2, name, area_km2 }\` (\`area_km2\`: geodesic area of the whole country as shipped, rounded),
  so the map can show only large countries' labels at low zoom.
- **small-states.json**: GeoJSON Points \`{ iso2, name }\` at the capital or main island of every ISO
  3166-1 code that has no polygon in countries.topo.json (too small for 1:50m, or part of another
  country's polygon, or dropped as an island below the size threshold). Together with the polygons
  every ISO 3166-1 code except ${Object.keys(NO_GEOMETRY).join(', ')} has a location (the script fails otherwise).
  Codes: ${small.features.map((f) => f.properties.iso2).join(' ')}.

## How it is made
1. **Codes.** ISO 3166-1 alpha-2 from the numeric id (i18n-iso-countries \`numericToAlpha2\`). Natural
   Earth features without a numeric id:
   - Kosovo → **XK** (the user-assigned code the EU uses; EU name "Kosovo*", shipped as "Kosovo").
   - Somaliland → merged into Somalia **SO** (not recognised by the EU).
   - N. Cyprus → merged into Cyprus **CY**: the EU does not recognise it and the whole island is EU
     territory (the acquis is suspended in the north); merging is a plain topological merge
     (topojson-client \`merge\`), so the Green Line is not drawn as a border.
   - Siachen Glacier → merged into India **IN** (disputed India/Pakistan, administered by India;
     a separate sliver would be an unlabelled hole in the map).
   - Indian Ocean Ter. (Christmas Island, Cocos Islands) → merged into Australia **AU**; their own
     codes CX and CC are in small-states.json. Ashmore and Cartier Is. shares Australia's id 036
     and is merged into it too, so codes are unique.
2. **Names**: the EU's English short names (Interinstitutional Style Guide, section 7.1 and annex A5),
   replacing Natural Earth's abbreviated labels where they differ: ${renamed}. Others keep the
   Natural Earth name, which already matches (e.g. Moldova, Russia, Syria, Iran, Vietnam,
   North Korea, South Korea, Côte d'Ivoire, Cabo Verde, Congo, United Kingdom, Netherlands).
3. **Antarctica (AQ) is dropped**: its ring runs around the south pole, which a Web Mercator map
   cannot show (it would be a band along the bottom edge); no route or partner is there.
4. **Antimeridian.** world-atlas was stitched (geostitch), so rings of Russia and Fiji jump from
   +179.x° to -179.x°, which MapLibre draws as horizontal streaks. Each ring is made continuous in
   longitude, and polygons that then extend past 180° are clipped at 180° (Sutherland–Hodgman) into
   a western part and an eastern part shifted by -360°. No ring has consecutive longitudes more
   than 180° apart, and all longitudes are within [-180, 180]. Vertices on ±180° are never removed
   by simplification, and \`coastlineGeoJSON\` leaves out the cut edges along ±180°.
5. **Topology and simplification** (topojson-server, topojson-simplify): \`topology\` with
   pre-quantisation ${QUANTISATION}; \`presimplify\` with a Visvalingam weight = triangle area in
   Web-Mercator square degrees (x = longitude, y = Mercator ordinate in degrees, what the map
   shows), divided by ${OUTSIDE_FACTOR} for vertices outside the area the map looks at
   (lon ${FOCUS[0]}..${FOCUS[2]}, lat ${FOCUS[1]}..${FOCUS[3]}: Europe, Africa north of the equator, the
   Middle East, Central Asia); \`simplify\` with minimum weight ${MIN_WEIGHT}.
6. **Small islands**: \`filter\` drops exterior rings smaller than ${MIN_RING_AREA_FOCUS} Mercator square
   degrees inside that area and ${MIN_RING_AREA_OUTSIDE} outside it (holes are kept: they are
   enclaves such as Lesotho, San Marino, Vatican), and so are pieces cut at the antimeridian, so
   an island is not left with a straight edge at 180°. Each country's largest ring is always kept, and
   if it is smaller than ${TINY_RING_AREA} it keeps every vertex so it cannot collapse.
7. **Quantisation** of the output: topojson-client \`quantize\` at ${QUANTISATION}.
8. **Labels**: the pole of inaccessibility (polylabel algorithm on a plane scaled by cos(latitude),
   precision ${LABEL_PRECISION_DEG}°) of each country's largest part by geodesic area, computed on the
   shipped geometry. Hand-placed overrides (each checked to lie inside the country too):
${overrides}

The script checks that every label lies inside its country and that every ISO code is located;
tests/geodata/basemap.test.ts checks the output (codes, names, antimeridian, labels, sizes).
`;
}

main();
