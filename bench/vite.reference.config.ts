// Builds the benchmark's reference page (bare MapLibre + basemap) the same way as the app.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  root: resolve(import.meta.dirname, 'reference'),
  base: './',
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, 'tmp/reference-dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
});
