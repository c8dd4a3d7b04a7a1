// What changed between two months A and B, read from the dated records (never written by hand): agreements,
// missions and offices (opened or closed), EU membership and candidacy, funding that became known (on its document's
// date), and route figures of one measure (known on theirs). What passes its three-year horizon in between is drawn
// faded on map B and labelled "last reported" there, not listed.
import { dateEnd, dateStart, compareDates } from '../data/dates';
import { FUNDING_STAGES } from '../data/kinds';
import type { Model } from '../data/model';
import type { Agreement, AgreementStatus, Citation, CountryGroup, FundingFlow, Mission, Route, RouteFigure } from '../data/schema';
import { monthEndMs, monthIndex } from '../state/month';
import type { Filters, Month, Selection } from '../state/types';
import { applyFilters, type FilterResult } from './filters';
import { fundingKnownFrom } from './funding';
import { memoize } from './memo';
import { missionStart } from './missions';
import { figureAt, routeFigureKnownFrom } from './routes';
import { monthStartMs } from './time';

/** The groups whose dated changes the list reports: EU membership and the two steps towards it. */
export const COMPARED_GROUPS: readonly CountryGroup[] = ['eu-member', 'candidate', 'potential-candidate'];

interface ChangeBase {
  /** Stable key: the record and what happened to it. */
  key: string;
  /** The dataset's date of the change ("2019", "2022-10", "2020-01-31"). */
  date: string;
  /** The document and quote, or the background reference, that states it. */
  citation: Citation;
  /** What the map selects (and flies to) when the change is chosen in the list. */
  target: Selection;
}

export type Change =
  | (ChangeBase & { type: 'agreement'; event: 'started' | 'status' | 'ended'; agreement: Agreement; status: AgreementStatus; previous: AgreementStatus | null })
  | (ChangeBase & { type: 'mission'; event: 'opened' | 'closed'; mission: Mission })
  | (ChangeBase & { type: 'group'; event: 'joined' | 'left'; country: string; group: CountryGroup })
  | (ChangeBase & { type: 'funding'; record: FundingFlow })
  | (ChangeBase & { type: 'route-figure'; route: Route; figure: RouteFigure });

export type ChangeType = Change['type'];
/** The order of the list's sections. */
export const CHANGE_TYPES: readonly ChangeType[] = ['group', 'agreement', 'mission', 'funding', 'route-figure'];

/** A route's count at A and at B: compared only when both count the same thing. */
export interface RouteComparison {
  route: Route;
  a: RouteFigure | undefined;
  b: RouteFigure | undefined;
  /** True when both dates have a figure of the same measure; otherwise the two are not set side by side. */
  comparable: boolean;
}

export interface ChangeList {
  /** The earlier and the later month, whichever order the link gave them in. */
  from: Month;
  to: Month;
  /** Every change the filters keep, oldest first. */
  changes: Change[];
  /** The funding changes by stage of amount, in the schema's order of stages: nothing is added across stages. */
  fundingByStage: Array<{ stage: FundingFlow['stage']; changes: Array<Extract<Change, { type: 'funding' }>> }>;
  routes: RouteComparison[];
  /** How many changes the active filters hide (0 without filters). */
  hidden: number;
}

/** The two months in order: earlier first. */
export function orderedMonths(a: Month, b: Month): [Month, Month] {
  return monthIndex(a) <= monthIndex(b) ? [a, b] : [b, a];
}

/** A dated start the map shows at B and not at A: it starts after the end of A and by the end of B. */
function startsBetween(date: string | null | undefined, from: Month, to: Month): date is string {
  if (!date) return false;
  const t = dateStart(date);
  return t > monthEndMs(from) && t <= monthEndMs(to);
}

/** A dated end the map shows at A and not at B: the record still shows in month A and no longer in month B. */
function endsBetween(date: string | null | undefined, from: Month, to: Month): date is string {
  if (!date) return false;
  const t = dateEnd(date);
  return t >= monthStartMs(from) && t < monthStartMs(to);
}

function agreementChanges(model: Model, from: Month, to: Month): Change[] {
  const out: Change[] = [];
  for (const agreement of model.dataset.agreements) {
    const history = [...agreement.status].sort((x, y) => compareDates(x.from, y.from));
    const partner = agreement.partners[0];
    if (!partner) continue;
    const target: Selection = { kind: 'country', id: partner };
    history.forEach((entry, i) => {
      const previous = i > 0 ? history[i - 1]!.status : null;
      // A later document restating the same status is not a change.
      if (previous === entry.status || !startsBetween(entry.from, from, to)) return;
      const event = previous === null ? 'started' : entry.status === 'ended' ? 'ended' : 'status';
      out.push({ type: 'agreement', event, agreement, status: entry.status, previous, key: `agreement:${agreement.id}:${i}`, date: entry.from, citation: entry.source, target });
    });
  }
  return out;
}

function missionChanges(model: Model, from: Month, to: Month): Change[] {
  const out: Change[] = [];
  for (const mission of model.dataset.missions) {
    const citation = mission.sources[0];
    if (!citation) continue;
    const target: Selection = { kind: 'mission', id: mission.id };
    const start = missionStart(model, mission);
    if (startsBetween(start, from, to)) out.push({ type: 'mission', event: 'opened', mission, key: `mission:${mission.id}:opened`, date: start, citation, target });
    if (endsBetween(mission.to, from, to)) out.push({ type: 'mission', event: 'closed', mission, key: `mission:${mission.id}:closed`, date: mission.to, citation: mission.ended ?? citation, target });
  }
  return out;
}

function groupChanges(model: Model, from: Month, to: Month): Change[] {
  const out: Change[] = [];
  for (const country of model.dataset.countries) {
    const target: Selection = { kind: 'country', id: country.id };
    for (const g of country.groups) {
      if (!COMPARED_GROUPS.includes(g.group)) continue;
      // A group left without a source of its own (a potential candidate becoming a candidate) is said by the next step.
      if (!g.source) continue;
      if (startsBetween(g.from, from, to)) out.push({ type: 'group', event: 'joined', country: country.id, group: g.group, key: `group:${country.id}:${g.group}:joined`, date: g.from, citation: g.source, target });
      if (endsBetween(g.to, from, to)) out.push({ type: 'group', event: 'left', country: country.id, group: g.group, key: `group:${country.id}:${g.group}:left`, date: g.to, citation: g.source, target });
    }
  }
  return out;
}

function fundingChanges(model: Model, from: Month, to: Month): Change[] {
  const out: Change[] = [];
  for (const record of model.dataset.funding) {
    const known = fundingKnownFrom(model, record);
    if (!startsBetween(known, from, to)) continue;
    out.push({ type: 'funding', record, key: `funding:${record.id}`, date: known, citation: record.source, target: { kind: 'funding', id: record.id } });
  }
  return out;
}

function routeFigureChanges(model: Model, from: Month, to: Month): Change[] {
  const out: Change[] = [];
  for (const route of model.dataset.routes) {
    for (const figure of route.figures) {
      const known = routeFigureKnownFrom(model, figure);
      if (!startsBetween(known, from, to)) continue;
      out.push({ type: 'route-figure', route, figure, key: `route:${route.id}:${figure.id}`, date: known, citation: figure.source, target: { kind: 'route', id: route.id } });
    }
  }
  return out;
}

/** Every change between the two months, before filters, oldest first. */
export const allChangesBetween = memoize((model: Model, a: Month, b: Month): Change[] => {
  const [from, to] = orderedMonths(a, b);
  const changes = [...groupChanges(model, from, to), ...agreementChanges(model, from, to), ...missionChanges(model, from, to), ...fundingChanges(model, from, to), ...routeFigureChanges(model, from, to)];
  return changes.sort((x, y) => compareDates(x.date, y.date) || CHANGE_TYPES.indexOf(x.type) - CHANGE_TYPES.indexOf(y.type) || x.key.localeCompare(y.key));
});

/** A change the filters keep at either date. EU membership is the map's frame and is never filtered out. */
function kept(change: Change, results: readonly FilterResult[]): boolean {
  const keeps = (r: FilterResult): boolean => {
    switch (change.type) {
      case 'agreement':
        return r.kept.agreement.has(change.agreement.id);
      case 'mission':
        return r.kept.mission.has(change.mission.id);
      case 'funding':
        return r.kept.funding.has(change.record.id);
      case 'route-figure':
        return r.kept.route.has(change.route.id);
      case 'group':
        return true;
    }
  };
  return results.some(keeps);
}

function routeComparisons(model: Model, results: readonly FilterResult[], from: Month, to: Month): RouteComparison[] {
  return model.dataset.routes
    .filter((r) => results.some((res) => res.kept.route.has(r.id)))
    .map((route) => {
      const a = figureAt(model, route, from);
      const b = figureAt(model, route, to);
      return { route, a, b, comparable: a !== undefined && b !== undefined && a.metric === b.metric };
    })
    .filter((c) => c.a !== undefined || c.b !== undefined);
}

/** The change list between A and B with the filters: what it shows, by kind of amount for funding, and what the filters hide. */
export const changesBetween = memoize((model: Model, filters: Filters, a: Month, b: Month): ChangeList => {
  const [from, to] = orderedMonths(a, b);
  const all = allChangesBetween(model, from, to);
  const results = [applyFilters(model, filters, from), applyFilters(model, filters, to)];
  const changes = all.filter((c) => kept(c, results));
  const funding = changes.filter((c): c is Extract<Change, { type: 'funding' }> => c.type === 'funding');
  const fundingByStage = FUNDING_STAGES.map((stage) => ({ stage, changes: funding.filter((c) => c.record.stage === stage) })).filter((g) => g.changes.length > 0);
  return { from, to, changes, fundingByStage, routes: routeComparisons(model, results, from, to), hidden: all.length - changes.length };
});
