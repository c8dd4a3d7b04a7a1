// Dev tool: the selector chain's own time for the bench's filter change and timeline step, in Node on scaled data
// (no page, no noise from rendering): `npm run node-time -- selectors <data dir> [iterations]`.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDataset } from '../../data/read-data';
import { buildModel } from '../../../src/data/model';
import { createViewSelectors } from '../../../src/selectors/view';
import { defaultState } from '../../../src/state/defaults';
import type { AppState } from '../../../src/state/types';
import { addMonths } from '../../../src/state/month';
import { median } from '../../bench/harness';

const model = buildModel(readDataset(resolve(process.argv[2] ?? 'data')));
const n = Number(process.argv[3] ?? 400);
const views = createViewSelectors(model);
const all = (s: AppState): void => {
  views.routes(s);
  views.partners(s);
  views.missions(s);
  views.fundingDrawn(s);
  views.fundingSummary(s);
  views.displacement(s);
  views.hostedFigures(s);
};
const base = defaultState();
let s: AppState = { ...base, time: { ...base.time, date: '2010-01' } };
all(s);
const filter: number[] = [];
for (let i = 0; i < n; i++) {
  const current = s.filters.instruments;
  const next = current.includes('humanitarian-aid') ? [] : ['humanitarian-aid'];
  s = { ...s, filters: { ...s.filters, instruments: next } };
  const t0 = performance.now();
  all(s);
  filter.push(performance.now() - t0);
}
const step: number[] = [];
for (let i = 0; i < n; i++) {
  // As the bench steps: 60 months forward, 60 back.
  s = { ...s, time: { ...s.time, date: addMonths(s.time.date, i % 120 < 60 ? 1 : -1) } };
  const t0 = performance.now();
  all(s);
  step.push(performance.now() - t0);
}
console.log(`selectors: filter change ${median(filter).toFixed(3)} ms, timeline step ${median(step).toFixed(3)} ms (medians of ${n})`);
