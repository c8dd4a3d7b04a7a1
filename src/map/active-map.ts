// The WebGL map on screen, if any: the PNG export reads its canvas (the SVG map has none), the playing timeline waits
// for it to draw each month.
import type { Map as MapLibreMap } from 'maplibre-gl';

let active: MapLibreMap | null = null;

export function setActiveMap(map: MapLibreMap | null): void {
  active = map;
}

export function activeMapCanvas(): HTMLCanvasElement | null {
  return active?.getCanvas() ?? null;
}

/**
 * Resolves once the map on screen has drawn what the store last told it (its next 'idle': tiles of the new data made
 * and drawn), or at once when there is no WebGL map (the SVG map draws as it renders). The playing timeline waits for
 * it, so no month is skipped and the map never trails the label by a month.
 */
export function activeMapDrawn(): Promise<void> {
  const map = active;
  if (!map) return Promise.resolve();
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}
