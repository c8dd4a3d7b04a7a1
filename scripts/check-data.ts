// `npm run check:data`: validates data/*.json (one line per problem, exit 1) and refreshes data/schema/<kind>.schema.json.
// DATA_DIR=<folder> checks another copy of the data folder (the tests use it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DATA_FILES, dataFilePath, recordSchemas, type DataKind } from '../src/data/schema';
import { formatProblem, validateDataset, type Problem } from '../src/data/validate';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.env.DATA_DIR ?? join(repo, 'data'));

function readFiles(): { files: Record<string, unknown>; problems: Problem[] } {
  const files: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const kind of DATA_FILES) {
    const key = dataFilePath(kind);
    const path = join(dataDir, `${kind}.json`);
    if (!existsSync(path)) continue; // validateDataset reports it as "file missing"
    try {
      files[key] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.push({ file: key, id: '-', field: '-', message: `not valid JSON: ${(err as Error).message}` });
    }
  }
  return { files, problems };
}

/** JSON Schema of one file (an array of records), for editors and outside readers. */
function jsonSchemaOf(kind: DataKind): string {
  const schema = z.toJSONSchema(z.array(recordSchemas[kind]), { unrepresentable: 'any' });
  const doc = { title: `data/${kind}.json`, description: `Generated from src/data/schema.ts by scripts/check-data.ts; do not edit.`, ...schema };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function writeSchemas(): number {
  const dir = join(dataDir, 'schema');
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const kind of DATA_FILES) {
    const path = join(dir, `${kind}.schema.json`);
    const content = jsonSchemaOf(kind);
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    writeFileSync(path, content);
    written++;
  }
  return written;
}

const { files, problems: readProblems } = readFiles();
const unreadable = new Set(readProblems.map((p) => p.file));
const { dataset, problems: checkProblems } = validateDataset(files);
// A file that could not be parsed is reported once, as unreadable, not also as missing.
const problems = [...readProblems, ...checkProblems.filter((p) => !(unreadable.has(p.file) && p.message === 'file missing'))];

const written = writeSchemas();

if (problems.length > 0 || !dataset) {
  for (const p of problems) console.log(formatProblem(p));
  console.log(`check:data: ${problems.length} problem(s) in ${dataDir}`);
  process.exit(1);
}
const counts = DATA_FILES.map((kind) => `${dataset[kind].length} ${kind}`).join(', ');
console.log(`check:data: ok: ${counts}${written > 0 ? ` (${written} JSON Schema file(s) updated)` : ''}`);
