// The two MapLibre maps of a comparison: their cameras move together, and the PNG export and the tests find them here.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CompareSide } from '../../state/compare-side';
import { exposeForTests, TEST_HANDLES } from '../../debug/test-handles';

/** Keeps two maps on one camera: a move of either (a gesture, a fly-to) is copied to the other at once. */
export function linkCameras(a: MapLibreMap, b: MapLibreMap): () => void {
  // A copied move fires a move event on its target: the flag stops it from being copied back.
  let copying = false;
  const follow = (from: MapLibreMap, to: MapLibreMap) => (): void => {
    if (copying) return;
    copying = true;
    try {
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
    } finally {
      copying = false;
    }
  };
  const fromA = follow(a, b);
  const fromB = follow(b, a);
  a.on('move', fromA);
  b.on('move', fromB);
  return () => {
    a.off('move', fromA);
    b.off('move', fromB);
  };
}

const maps: Partial<Record<CompareSide, MapLibreMap>> = {};
let unlink: (() => void) | undefined;

/** Registers (or, with null, removes) the map of one side; the cameras are linked while both are there. */
export function setCompareMap(side: CompareSide, map: MapLibreMap | null): void {
  unlink?.();
  unlink = undefined;
  if (map) maps[side] = map;
  else delete maps[side];
  if (maps.a && maps.b) unlink = linkCameras(maps.a, maps.b);
  if (TEST_HANDLES) exposeForTests('__compareMaps', maps.a || maps.b ? { ...maps } : undefined);
}

/** The canvases of both sides, A first, when both WebGL maps are on screen (for the PNG export). */
export function compareCanvases(): [HTMLCanvasElement, HTMLCanvasElement] | null {
  return maps.a && maps.b ? [maps.a.getCanvas(), maps.b.getCanvas()] : null;
}
