// The app's map: the WebGL map on screen, if any (the PNG export reads its canvas; the SVG map has none), and the parts
// the app draws its map from, so the slide deck draws its off-screen maps from the very same parts.
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
