// Build, dev-server and unit-test configuration. `--mode single` inlines everything into one HTML file.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { strictCsp } from './scripts/csp-plugin';

/**
 * Validates data/*.json and data/stories.json when a build or the dev server starts: a malformed record fails the
 * build with one line per problem (file, record id, field, what is wrong). The browser then trusts the bundled data.
 */
function validateData(): Plugin {
  return {
    name: 'map-validate-data',
    async buildStart() {
      const { readFileSync, readdirSync, existsSync } = await import('node:fs');
      const { validateDataset, formatProblem } = await import('./src/data/validate');
      const { validateStories } = await import('./src/data/stories');
      const { buildModel } = await import('./src/data/model');
      const dir = process.env['MAP_DATA_DIR'] ?? resolve(import.meta.dirname, 'data');
      const files: Record<string, unknown> = {};
      const problems: string[] = [];
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.json') || name === 'stories.json') continue;
        try {
          files[`data/${name}`] = JSON.parse(readFileSync(resolve(dir, name), 'utf8'));
        } catch (error) {
          problems.push(`data/${name} - -: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        }
      }
      const { dataset, problems: dataProblems } = validateDataset(files);
      problems.push(...dataProblems.map(formatProblem));
      const storiesFile = resolve(dir, 'stories.json');
      if (dataset && existsSync(storiesFile)) {
        const { problems: storyProblems } = validateStories(JSON.parse(readFileSync(storiesFile, 'utf8')), buildModel(dataset));
        problems.push(...storyProblems.map(formatProblem));
      }
      if (problems.length) this.error(`The data has ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  };
}

/** The benchmark builds the app on scaled synthetic data: MAP_DATA_DIR replaces data/ at build time. */
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
  return {
    base: './',
    plugins: [validateData(), dataDirOverride(), preact({ prerender: { enabled: false } }), ...(single ? [viteSingleFile()] : []), strictCsp({ single })].filter(Boolean),
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
    build: {
      outDir: process.env['MAP_OUT_DIR'] ?? (single ? 'dist-single' : 'dist'),
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
      assetsInlineLimit: single ? Number.MAX_SAFE_INTEGER : 4096,
      rolldownOptions: {
        output: {
          // Named chunks, so the bundle's parts (and the benchmark's budgets) can be told apart.
          codeSplitting: single
            ? false
            : {
                groups: [
                  { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 30 },
                  { name: 'basemap', test: /geodata[\\/]/, priority: 20 },
                  { name: 'dataset', test: /[\\/]data[\\/][a-z-]+\.json$/, priority: 20 },
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
      server: { deps: { inline: ['zustand'] } },
    },
  };
});
