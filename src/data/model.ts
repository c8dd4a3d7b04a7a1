// The validated dataset as an immutable, indexed Model (byId maps, aliases), and the no-double-count funding total.
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
  /** fundingTotal bound to this model's funding records (see the standalone function). */
  fundingTotal(records: readonly FundingFlow[]): number;
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

/**
 * Sum of amountEur over a set of funding records without double counting: a record is left out when one of its
 * partOf ancestors is also in the set (the aggregate already contains it). Ancestors are followed through
 * `all` (every funding record), so a grandchild is left out when only its grandparent is in the set.
 */
export function fundingTotal(records: readonly FundingFlow[], all: readonly FundingFlow[] = records): number {
  const parentOf = new Map<string, string>();
  for (const r of [...all, ...records]) if (r.partOf !== undefined) parentOf.set(r.id, r.partOf);
  const inSet = new Set(records.map((r) => r.id));
  const counted = new Set<string>();
  let total = 0;
  for (const r of records) {
    if (counted.has(r.id)) continue; // the same record twice in the set counts once
    counted.add(r.id);
    let ancestor = r.partOf;
    const seen = new Set<string>([r.id]);
    let covered = false;
    while (ancestor !== undefined && !seen.has(ancestor)) {
      if (inSet.has(ancestor)) {
        covered = true;
        break;
      }
      seen.add(ancestor);
      ancestor = parentOf.get(ancestor);
    }
    if (!covered) total += r.amountEur;
  }
  return total;
}

export function buildModel(dataset: Dataset): Model {
  const frozen = deepFreeze(dataset);
  const sourceBySeed = new Map(frozen.sources.map((s) => [s.seedFile, s]));
  const allFunding = frozen.funding;
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
    fundingTotal: (records: readonly FundingFlow[]) => fundingTotal(records, allFunding),
  });
}
