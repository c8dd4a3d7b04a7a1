// The app's map: the WebGL map on screen, if any (the PNG export reads its canvas; the SVG map has none; the playing
// timeline waits for it to draw each month), and the parts the app draws its map from, so the slide deck draws its
// off-screen maps from the very same parts.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SvgMapProps } from './svg/SvgMap';
import type { MapOverlay } from './layers/overlay';

let active: MapLibreMap | null = null;

export function setActiveMap(map: MapLibreMap | null): void {
  active = map;
}

export function activeMapCanvas(): HTMLCanvasElement | null {
  return active?.getCanvas() ?? null;
}

/** What a map is drawn from: the SVG map's props and, where the page draws the WebGL map, its overlays. */
export type MapParts = Omit<SvgMapProps, 'onPointer'> & { overlays?: readonly MapOverlay[] };

let parts: MapParts | null = null;

export function setMapParts(next: MapParts): void {
  parts = next;
}

/** The parts registered by the page (the app, or the presenter window's preview parts), if any yet. */
export function mapParts(): MapParts | null {
  return parts;
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
