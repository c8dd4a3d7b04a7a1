// The browser's data entry point: the bundled JSON files, validated into the Model (or an error naming each problem).
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
import { formatProblem, validateDataset } from './validate';

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

/** The browser's entry point: validates the bundled JSON and builds the Model, or throws listing the problems. */
export function loadDataset(): Model {
  const { dataset, problems } = validateDataset(BUNDLED_FILES);
  if (!dataset || problems.length > 0) {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > 20 ? [`... and ${problems.length - 20} more`] : [];
    throw new Error(`The dataset has ${problems.length} problem(s):\n${[...shown, ...more].join('\n')}`);
  }
  return buildModel(dataset);
}
