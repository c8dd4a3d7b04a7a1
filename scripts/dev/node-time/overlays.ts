// Dev tool: how long the model and each overlay's first GeoJSON take in Node at a scale of the data (the part of a
// load between `model-built` and `map-style-built`). `npm run node-time -- overlays [data dir]`
import { performance } from 'node:perf_hooks';
import type { Position } from 'geojson';
import { readDataset } from '../../data/read-data';
import { buildModel } from '../../../src/data/model';
import { createViewSelectors } from '../../../src/selectors/view';
import { loadBasemap } from '../../../src/map/basemap-data';
import { createAppStore } from '../../../src/state/store';
import { mapOverlays } from '../../../src/map/overlays';

const dir = process.argv[2] ?? 'data';
let t = performance.now();
const lap = (what: string): void => {
  const now = performance.now();
  console.log(`${(now - t).toFixed(1).padStart(8)} ms  ${what}`);
  t = now;
};
const dataset = readDataset(dir);
lap(`read and validate ${dir}`);
const model = buildModel(dataset);
lap('buildModel');
const basemap = loadBasemap();
lap('loadBasemap');
const views = createViewSelectors(model);
const countryPoints = new Map<string, Position>();
for (const f of basemap.labels.features) countryPoints.set(f.properties.iso2, f.geometry.coordinates);
const geometries = new Map(basemap.countries.features.map((f) => [f.properties.iso2, f.geometry]));
const state = createAppStore().getState();
lap('selectors + store');
const overlays = mapOverlays({ views, geometries, countryPoints, routeLabel: (r) => r.route.name, hostedLabel: (f) => String(f.value) });
for (const o of overlays) {
  const specs = Object.values(o.sources).map((source) => source.spec(state));
  const features = specs.reduce((n, spec) => n + (typeof spec.data === 'object' && 'features' in spec.data ? spec.data.features.length : 0), 0);
  lap(`${o.id}: ${features} features, ${(JSON.stringify(specs).length / 1024).toFixed(0)} KB`);
}
