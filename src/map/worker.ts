// MapLibre's worker must be addressed through Vite, or the bundled app asks for a file that is not there.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let done = false;
export function configureMapLibreWorker(): void {
  if (done) return;
  setWorkerUrl(workerUrl);
  done = true;
}
