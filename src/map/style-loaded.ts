// Whether a map's style has loaded (its layers are there), whatever its tiles are doing. MapLibre's isStyleLoaded()
// also waits for every source's tiles, so it turns false again while added overlays load; and its load event fires
// once, which the map started ahead of the app (controller.ts) may be past when a part of the app binds to it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER } from './ids';

export function styleHasLoaded(map: MapLibreMap): boolean {
  return map.getLayer(LAYER.countryLabels) !== undefined;
}
