// A WebGL program is compiled and linked the first time a layer of its kind is drawn, inside that frame. Software WebGL
// (and slow GPUs) link the circle program in about 200 ms, and the first view does not draw it: the small states' dots
// appear from zoom 3, so the first story step or zoom that reaches it froze the page for that long (issue 38's story
// link). Once the map is idle, an invisible layer of the same program is drawn for one idle cycle and removed.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER, SOURCE } from './ids';

/** The layer that asks for the program: the small states' dots' paint (all constants: the same program), all but transparent. */
export const WARM_CIRCLES_LAYER = 'warm-circles';

/** Marked once the warm-up is over (done, or not needed): the work counts read the load's programs after it. */
export const PROGRAMS_WARMED_MARK = 'map-programs-warmed';

/** After the first idle, when the page has nothing else to do (or after this many ms at most). */
const IDLE_TIMEOUT_MS = 2_000;

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 500);
  return () => clearTimeout(timer);
};

/**
 * Called at the map's first idle: schedules the warm-up for when the page is idle too. Returns a function that cancels
 * it (or removes the layer if it is on).
 */
export function warmProgramsWhenIdle(map: MapLibreMap): () => void {
  const remove = (): void => {
    if (map.getLayer(WARM_CIRCLES_LAYER)) map.removeLayer(WARM_CIRCLES_LAYER);
  };
  const done = (): void => {
    remove();
    performance.mark(PROGRAMS_WARMED_MARK);
  };
  const warm = (): void => {
    // Already drawn at this zoom: nothing to warm. A style rebuilt meanwhile, without the source: nothing to draw with.
    const smallStates = map.getLayer(LAYER.smallStates);
    if (map.getLayer(WARM_CIRCLES_LAYER) || !map.getSource(SOURCE.smallStates) || (smallStates && map.getZoom() >= smallStates.minzoom)) {
      done();
      return;
    }
    map.addLayer({
      id: WARM_CIRCLES_LAYER,
      type: 'circle',
      source: SOURCE.smallStates,
      paint: { 'circle-radius': 1, 'circle-color': '#000', 'circle-opacity': 0.001, 'circle-stroke-color': '#000', 'circle-stroke-width': 1, 'circle-stroke-opacity': 0.001 },
    });
    map.once('idle', done);
  };
  const cancel = whenIdle(warm);
  return () => {
    map.off('idle', done);
    cancel();
    remove();
  };
}
