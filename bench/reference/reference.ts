// The benchmark's reference page: MapLibre with the same bundled basemap and nothing else.
import { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { loadBasemap } from '../../src/map/basemap-data';
import { basemapLabelLayers, basemapLowerLayers, basemapMiddleLayers, basemapSources } from '../../src/map/layers/basemap';
import { DEFAULT_THEME } from '../../src/map/theme';
import { DEFAULT_CAMERA } from '../../src/state/defaults';
import { configureMapLibreWorker } from '../../src/map/worker';

performance.mark('map-create');
configureMapLibreWorker();
const basemap = loadBasemap();
const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: basemapSources(basemap),
    layers: [...basemapLowerLayers(DEFAULT_THEME), ...basemapMiddleLayers(DEFAULT_THEME), ...basemapLabelLayers(DEFAULT_THEME)],
  },
  center: [DEFAULT_CAMERA.lon, DEFAULT_CAMERA.lat],
  zoom: DEFAULT_CAMERA.zoom,
  renderWorldCopies: false,
  fadeDuration: 0,
});
map.once('load', () => performance.mark('map-load'));
map.once('idle', () => performance.mark('map-first-idle'));
(window as unknown as { __map: unknown }).__map = map;
