// Build, dev-server and unit-test configuration. `--mode single` inlines everything into one HTML file, the code run
// only when asked for (the slide deck) as inert data blocks outside its first parse (scripts/inert-plugin.ts).
// It imports no app code: the data is checked before a build by scripts/build.ts (and before `npm run dev`).
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { strictCsp } from './scripts/csp-plugin.ts';
import { mapPreload } from './scripts/map-preload-plugin.ts';
import { jsonStrings } from './scripts/json-strings-plugin.ts';
import { pptxWithoutCommonJs } from './scripts/pptx-plugin.ts';
import { DECK_PART, inertParts } from './scripts/inert-plugin.ts';

/** The benchmark builds the app on scaled synthetic data: MAP_DATA_DIR replaces data/ at build time (as in scripts/data/read-data.ts). */
function dataDirOverride(): Plugin | undefined {
  const dir = process.env['MAP_DATA_DIR'];
  if (!dir) return undefined;
  const dataRoot = resolve(import.meta.dirname, 'data');
  return {
    name: 'map-data-dir',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.json') || !importer) return null;
      const target = resolve(importer, '..', source);
      if (target.startsWith(`${dataRoot}/`) && !target.includes('/schema/')) return resolve(dir, target.slice(dataRoot.length + 1));
      return null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  // The single file's inert parts (scripts/inert-plugin.ts) are built in this mode: one script each, no chunks.
  const inert = mode === 'inert';
  return {
    base: './',
    plugins: [dataDirOverride(), pptxWithoutCommonJs(), preact({ prerender: { enabled: false } }), jsonStrings(), ...(single ? [viteSingleFile(), inertParts([DECK_PART])] : []), mapPreload({ single }), strictCsp({ single })].filter(Boolean),
    // Every imported JSON file (data, stories, basemap) as JSON.parse of a string: V8 parses that faster than the
    // same data as an object literal (scripts/json-strings-plugin.ts keeps the string quoted).
    json: { stringify: true, namedExports: false },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
    build: {
      outDir: single ? 'dist-single' : 'dist',
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 4096,
      rolldownOptions: {
        // The plugin-timing notice reports a busy machine, not a fault of the build: it would make the build log noisy.
        checks: { pluginTimings: false },
        output: {
          // A language's pack (src/i18n/languages/<lang>/pack.ts) is named for its language: language-fr-<hash>.js.
          chunkFileNames: (chunk) => {
            const lang = /i18n[\\/]languages[\\/](\w+)[\\/]pack\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
            return lang ? `assets/language-${lang}-[hash].js` : 'assets/[name]-[hash].js';
          },
          // Named chunks, so the bundle's parts (and the benchmark's budgets) can be told apart.
          codeSplitting: single || inert
            ? false
            : {
                groups: [
                  { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 30 },
                  { name: 'basemap', test: /geodata[\\/]/, priority: 20 },
                  { name: 'dataset', test: /[\\/]data[\\/][a-z-]+\.json$/, priority: 20 },
                  // The map's colours, symbols and kind names, shared by the map, its legend, the PNG export and the slide deck:
                  // one chunk, so a new part that reads them (the deck) does not split them into several small ones.
                  { name: 'map-common', test: /src[\\/](map[\\/](theme|style[\\/]\w+)|selectors[\\/](scales|partners)|geo[\\/]curves)\.ts$/, priority: 10 },
                ],
              },
        },
      },
    },
    preview: { host: '127.0.0.1' },
    test: {
      include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx', 'src/**/*.test.ts'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      environment: 'node',
      setupFiles: ['tests/setup-languages.ts'],
      server: { deps: { inline: ['zustand'] } },
    },
  };
});
