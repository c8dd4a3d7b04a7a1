// `npm run build`: checks the data once, builds the app (dist/), the single file (dist-single/index.html) and the
// embed page (dist/embed.html, a copy of the single file), and prints one summary (with the JavaScript the single file
// parses as it loads: scripts/first-parse.ts). `--single` builds the single file only;
// `--out DIR` writes DIR/dist and DIR/dist-single instead (the test run's deployment build, beside the test build).
// A data problem stops the build with one line per problem naming file, record id and field.
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { formatProblem } from '../src/data/validate';
import { checkData, REPO } from './data/read-data';
import { firstParseSize } from './first-parse';

const singleOnly = process.argv.includes('--single');
const outAt = process.argv.indexOf('--out');
const out = outAt >= 0 ? resolve(process.argv[outAt + 1] ?? '') : REPO;
const appDir = join(out, 'dist');
const singleDir = join(out, 'dist-single');

const check = checkData();
for (const p of check.problems) console.log(formatProblem(p));
console.log(check.summary);
if (check.problems.length > 0) process.exit(1);

const started = Date.now();
if (!singleOnly) await build({ root: REPO, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
await build({ root: REPO, mode: 'single', logLevel: 'warn', build: { outDir: singleDir, emptyOutDir: true } });

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : [join(dir, e.name)]));
}
const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const single = join(singleDir, 'index.html');
const parsed = firstParseSize(readFileSync(single, 'utf8'));
const singleLine = `dist-single/index.html ${kb(statSync(single).size)} (${kb(gzipSync(readFileSync(single)).length)} gzip; JavaScript in its first parse ${kb(parsed.bytes)}, ${kb(parsed.gzip)} gzip)`;
if (singleOnly) {
  console.log(`build: ${singleLine} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else {
  copyFileSync(single, join(appDir, 'embed.html'));
  const files = filesOf(appDir).filter((f) => !f.endsWith('embed.html'));
  const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  console.log(`build: ${out === REPO ? 'dist/' : `${appDir}/`} ${files.length} files, ${kb(total)} (${kb(gzip)} gzip); ${singleLine}, copied to dist/embed.html; in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
