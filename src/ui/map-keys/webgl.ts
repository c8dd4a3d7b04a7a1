// The map's keys on the WebGL map: MapLibre's own keyboard handler gives way (arrows move focus here, Shift+arrows
// pan), the canvas leaves the tab order (the map element is the one stop), and the focus ring is drawn as layers.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { bindFocusRing } from '../../map/focus-ring';
import type { AppStore } from '../../state/store';
import { bindMapKeys, type NavigatorSource } from './keys';
import type { MapSurface } from './key-moves';

const MOVE_MS = 250;

export function bindWebglMapKeys(container: HTMLElement, map: MapLibreMap, store: AppStore, navigator: NavigatorSource): () => void {
  map.keyboard.disable();
  map.getCanvas().tabIndex = -1;
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const duration = reduceMotion ? 0 : MOVE_MS;
  // Marked as a user's move, so the controller writes the camera to the store (and the link) when it ends.
  const byUser = (): { originalEvent: Event } => ({ originalEvent: new KeyboardEvent('keydown') });
  const surface: MapSurface = {
    project: (at) => map.project([at[0]!, at[1]!]),
    size: () => ({ width: container.clientWidth, height: container.clientHeight }),
    panBy: (dx, dy) => void map.panBy([dx, dy], { duration }, byUser()),
    zoomBy: (delta) => void map.easeTo({ zoom: map.getZoom() + delta, duration }, byUser()),
    centreOn: (at) => void map.easeTo({ center: [at[0]!, at[1]!], duration: reduceMotion ? 0 : 2 * MOVE_MS }, byUser()),
  };
  const offRing = bindFocusRing(map, store);
  const offKeys = bindMapKeys(container, store, navigator, surface);
  return () => {
    offRing();
    offKeys();
  };
}
