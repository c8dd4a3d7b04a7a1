// Builds the app with the curated data scaled k times (scripts/bench/synthetic.ts) into bench/tmp/app-<k>x, for the
// bench and the dev profilers. CLI: `tsx scripts/bench/build-scaled.ts reference deployment 1 100 [1000 …]`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as viteBuild } from 'vite';
import { readDataset } from '../data/read-data';
import { scaleDataset } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_TMP = join(ROOT, 'bench/tmp');
const TMP = BENCH_TMP;

/**
 * Builds the app at a scale of the data into bench/tmp/app-<scale>x. The scaled data is validated like the real data.
 * Its dataset chunk is several megabytes at 100x by design: the bench measures chunk sizes itself, so Vite's
 * chunk-size warning is off for these builds.
 */
export async function buildScaled(scale: number): Promise<string> {
  const out = join(TMP, `app-${scale}x`);
  const previousDataDir = process.env['MAP_DATA_DIR'];
  // VITE_TEST_HANDLES: the bench drives the app through window.__store and window.__map, as the e2e tests do.
  process.env['VITE_TEST_HANDLES'] = '1';
  if (scale > 1) {
    // Named …/<scale>x/data/ so the build's `dataset` chunk rule (vite.config.ts) still recognises the files.
    const dataDir = join(TMP, `${scale}x`, 'data');
    mkdirSync(dataDir, { recursive: true });
    const scaled = scaleDataset(readDataset(join(ROOT, 'data')), scale);
    for (const [kind, records] of Object.entries(scaled)) writeFileSync(join(dataDir, `${kind}.json`), JSON.stringify(records));
    writeFileSync(join(dataDir, 'stories.json'), readFileSync(join(ROOT, 'data/stories.json')));
    // Every other data file the app imports, unscaled.
    for (const name of readdirSync(join(ROOT, 'data'))) if (name.endsWith('.json') && !existsSync(join(dataDir, name))) writeFileSync(join(dataDir, name), readFileSync(join(ROOT, 'data', name)));
    readDataset(dataDir);
    process.env['MAP_DATA_DIR'] = dataDir;
  }
  try {
    await viteBuild({ root: ROOT, logLevel: 'warn', build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: Number.POSITIVE_INFINITY } });
  } finally {
    if (previousDataDir === undefined) delete process.env['MAP_DATA_DIR'];
    else process.env['MAP_DATA_DIR'] = previousDataDir;
  }
  return out;
}


/**
 * The single file at 1x, with test handles as the other builds, into bench/tmp/single: the bench holds the JavaScript it
 * parses as it loads to a budget (the code it carries inert, like the slide deck's, left out: scripts/first-parse.ts).
 */
export async function buildSingle(): Promise<string> {
  process.env['VITE_TEST_HANDLES'] = '1';
  return viteSingle(join(TMP, 'single'));
}

/** The single file (one self-contained index.html) into `out`, with or without test handles as the environment says. */
async function viteSingle(out: string): Promise<string> {
  await viteBuild({ root: ROOT, mode: 'single', logLevel: 'warn', build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: Number.POSITIVE_INFINITY } });
  return join(out, 'index.html');
}

/**
 * The deployment build (1x data, no test handles, as `npm run build` makes it) into bench/tmp/app-deployment: what the
 * main-thread lines measure, since a person opens a link in that build, with its embed page (dist/embed.html).
 */
export async function buildDeployment(): Promise<string> {
  const out = join(TMP, 'app-deployment');
  const previous = process.env['VITE_TEST_HANDLES'];
  delete process.env['VITE_TEST_HANDLES'];
  try {
    await viteBuild({ root: ROOT, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
    // Its embed page, as `npm run build` makes it: the single file copied to embed.html (the flood line's embed).
    copyFileSync(await viteSingle(join(TMP, 'single-deployment')), join(out, 'embed.html'));
  } finally {
    if (previous !== undefined) process.env['VITE_TEST_HANDLES'] = previous;
  }
  return out;
}

/** The bare MapLibre page with the same basemap and basemap layers, into bench/tmp/reference-dist. */
export async function buildReference(): Promise<string> {
  await viteBuild({ configFile: join(ROOT, 'bench/vite.reference.config.ts'), logLevel: 'warn' });
  return join(TMP, 'reference-dist');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const arg of process.argv.slice(2)) console.log(arg === 'reference' ? await buildReference() : arg === 'deployment' ? await buildDeployment() : await buildScaled(Number(arg)));
}
