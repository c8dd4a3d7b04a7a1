// MapLibre's worker must be addressed through Vite, or the bundled app asks for a file that is not there.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let done = false;
export function configureMapLibreWorker(): void {
  if (done) return;
  setWorkerUrl(workerUrl);
  done = true;
}

/**
 * Starts the map's worker now, before any map exists: the worker fetches and compiles its script while the page
 * creates the WebGL context (a few hundred milliseconds in software WebGL), instead of after it. MapLibre keeps the
 * worker for the page's life, which every later map (a comparison's two sides) shares.
 */
export function startMapWorker(): void {
  configureMapLibreWorker();
  prewarm();
}
