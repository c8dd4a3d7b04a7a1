// The one Node-side reader of the data folder: `check:data`, the build, the tests and the benchmark read and
// validate data/*.json (and data/stories.json) through it. MAP_DATA_DIR names another copy of the folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, dataFilePath, type Dataset } from '../../src/data/schema';
import { formatProblem, validateDataset, type Problem } from '../../src/data/validate';
import { validateStories, type Story } from '../../src/data/stories';
import { buildModel } from '../../src/data/model';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The data folder in use: MAP_DATA_DIR when set (the benchmark's scaled data, the tests' broken copies), else data/. */
export function dataDir(): string {
  return resolve(process.env['MAP_DATA_DIR'] ?? join(REPO, 'data'));
}

/** The raw JSON of every data file, keyed as the validator expects ("data/<kind>.json"); unparsable files are problems. */
export function readDataFiles(dir = dataDir()): { files: Record<string, unknown>; problems: Problem[] } {
  const files: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const kind of DATA_FILES) {
    const path = join(dir, `${kind}.json`);
    if (!existsSync(path)) continue; // validateDataset reports it as "file missing" (or reads an optional kind as empty)
    try {
      files[dataFilePath(kind)] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file: dataFilePath(kind), id: '-', field: '-', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { files, problems };
}

export interface DataCheck {
  dataset?: Dataset;
  stories: Story[];
  problems: Problem[];
  /** One line: the counts of records of each kind, or the number of problems. */
  summary: string;
}

/** Reads and validates the dataset and the stories once. */
export function checkData(dir = dataDir()): DataCheck {
  const { files, problems: readProblems } = readDataFiles(dir);
  const unreadable = new Set(readProblems.map((p) => p.file));
  const { dataset, problems: dataProblems } = validateDataset(files);
  // A file that could not be parsed is reported once, as unreadable, not also as missing.
  const problems = [...readProblems, ...dataProblems.filter((p) => !(unreadable.has(p.file) && p.message === 'file missing'))];
  let stories: Story[] = [];
  const storiesPath = join(dir, 'stories.json');
  if (dataset && existsSync(storiesPath)) {
    try {
      const checked = validateStories(JSON.parse(readFileSync(storiesPath, 'utf8')), buildModel(dataset));
      stories = checked.stories;
      problems.push(...checked.problems);
    } catch (error) {
      problems.push({ file: 'data/stories.json', id: '-', field: '-', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  const summary =
    problems.length > 0 || !dataset
      ? `check:data: ${problems.length} problem(s) in ${dir}`
      : `check:data: ok: ${DATA_FILES.map((kind) => `${dataset[kind].length} ${kind}`).join(', ')}, ${stories.length} stories`;
  return { dataset: problems.length === 0 ? dataset : undefined, stories, problems, summary };
}

/** The validated dataset, for tests and the benchmark; throws with every problem, one a line, when it is not valid. */
export function readDataset(dir = dataDir()): Dataset {
  const { dataset, problems } = checkData(dir);
  if (!dataset) throw new Error(`The data in ${dir} has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  return dataset;
}
