// The WebGL map on screen, if any: the PNG export reads its canvas (the SVG map has none).
import type { Map as MapLibreMap } from 'maplibre-gl';

let active: MapLibreMap | null = null;

export function setActiveMap(map: MapLibreMap | null): void {
  active = map;
}

export function activeMapCanvas(): HTMLCanvasElement | null {
  return active?.getCanvas() ?? null;
}
