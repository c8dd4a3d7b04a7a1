// The browser's data entry point: the bundled JSON files as the Model. They are validated when the app is built
// (the data-validation plugin in vite.config.ts fails the build naming file, record id and field), so the browser
// does not ship the validator.
import agreements from '../../data/agreements.json';
import countries from '../../data/countries.json';
import displacement from '../../data/displacement.json';
import events from '../../data/events.json';
import figures from '../../data/figures.json';
import funding from '../../data/funding.json';
import instruments from '../../data/instruments.json';
import missions from '../../data/missions.json';
import organisations from '../../data/organisations.json';
import processes from '../../data/processes.json';
import routes from '../../data/routes.json';
import sources from '../../data/sources.json';
import themes from '../../data/themes.json';
import { buildModel, type Model } from './model';
import type { Dataset } from './schema';

/** The raw files as bundled, keyed by their path (what validateDataset expects). */
export const BUNDLED_FILES: Readonly<Record<string, unknown>> = {
  'data/sources.json': sources,
  'data/themes.json': themes,
  'data/countries.json': countries,
  'data/routes.json': routes,
  'data/agreements.json': agreements,
  'data/missions.json': missions,
  'data/instruments.json': instruments,
  'data/funding.json': funding,
  'data/organisations.json': organisations,
  'data/processes.json': processes,
  'data/events.json': events,
  'data/displacement.json': displacement,
  'data/figures.json': figures,
};

/** The browser's entry point: the bundled JSON, already validated at build time, as the indexed Model. */
export function loadDataset(): Model {
  return buildModel(BUNDLED_FILES_AS_DATASET());
}

function BUNDLED_FILES_AS_DATASET(): Dataset {
  const out: Record<string, unknown> = {};
  for (const [path, records] of Object.entries(BUNDLED_FILES)) out[path.replace(/^data\/|\.json$/g, '')] = records;
  return out as unknown as Dataset;
}
