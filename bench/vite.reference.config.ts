// Builds the benchmark's reference page (bare MapLibre + basemap) the same way as the app.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  root: resolve(import.meta.dirname, 'reference'),
  base: './',
  logLevel: 'warn',
  // One chunk by design (MapLibre, about 1,065 KB, and the basemap, about 400 KB): no chunk-size warning for it.
  build: { outDir: resolve(import.meta.dirname, 'tmp/reference-dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1600, rolldownOptions: { checks: { pluginTimings: false } } },
});
