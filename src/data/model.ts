// The validated dataset as an immutable, indexed Model (byId maps, aliases). Totals are selectors' work (selectors/funding.ts).
import type {
  AppEvent,
  Agreement,
  Country,
  Dataset,
  Displacement,
  Figure,
  FundingFlow,
  Instrument,
  Mission,
  Organisation,
  Process,
  Route,
  Source,
  Theme,
} from './schema';

export interface Model {
  readonly dataset: Readonly<Dataset>;
  readonly countries: ReadonlyMap<string, Country>;
  readonly routes: ReadonlyMap<string, Route>;
  readonly agreements: ReadonlyMap<string, Agreement>;
  readonly missions: ReadonlyMap<string, Mission>;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly funding: ReadonlyMap<string, FundingFlow>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly processes: ReadonlyMap<string, Process>;
  readonly events: ReadonlyMap<string, AppEvent>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly displacement: ReadonlyMap<string, Displacement>;
  /** Other figures of the documents (refugees hosted, asylum applications, shares); empty when data/figures.json is absent. */
  readonly figures: ReadonlyMap<string, Figure>;
  /** seed file name ("002_af82631bf566b641.txt") -> its source document */
  readonly sourceBySeed: ReadonlyMap<string, Source>;
}

function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function buildModel(dataset: Dataset): Model {
  const frozen = deepFreeze(dataset);
  const sourceBySeed = new Map(frozen.sources.map((s) => [s.seedFile, s]));
  return Object.freeze({
    dataset: frozen,
    countries: byId(frozen.countries),
    routes: byId(frozen.routes),
    agreements: byId(frozen.agreements),
    missions: byId(frozen.missions),
    instruments: byId(frozen.instruments),
    funding: byId(frozen.funding),
    organisations: byId(frozen.organisations),
    processes: byId(frozen.processes),
    events: byId(frozen.events),
    themes: byId(frozen.themes),
    sources: byId(frozen.sources),
    displacement: byId(frozen.displacement),
    figures: byId(frozen.figures),
    sourceBySeed,
  });
}
