// The selector chain from (model, state) to everything the map and panels draw at this date with these filters.
import type { FundingFlow } from '../data/schema';
import type { Model } from '../data/model';
import type { AppState } from '../state/types';
import { applyFilters, type FilterResult } from './filters';
import { drawnFunding, summariseFunding, visibleFunding, type FundingSummary } from './funding';
import { missionsAt, type MissionAtDate } from './missions';
import { partnersAt, type PartnerView } from './partners';
import { routesAt, type RouteView } from './routes';
import { displacementAt } from './displacement';
import { euMembersAt } from './membership';
import { hostedFiguresAt } from './figures';
import type { Displacement, Figure } from '../data/schema';

export interface ViewSelectors {
  filtered(s: Pick<AppState, 'filters' | 'time'>): FilterResult;
  routes(s: Pick<AppState, 'filters' | 'time'>): RouteView[];
  partners(s: Pick<AppState, 'filters' | 'time'>): PartnerView[];
  /** Missions shown at the date, each with its standing (current, last reported, planned). */
  missions(s: Pick<AppState, 'filters' | 'time'>): MissionAtDate[];
  funding(s: Pick<AppState, 'filters' | 'time'>): FundingFlow[];
  fundingDrawn(s: Pick<AppState, 'filters' | 'time'>): FundingFlow[];
  /** Totals of one stage, donor and period each, and the amounts left out of any total with the reason. */
  fundingSummary(s: Pick<AppState, 'filters' | 'time'>): FundingSummary;
  displacement(s: Pick<AppState, 'filters' | 'time'>): Displacement[];
  /** The documents' counts of refugees hosted, placed at their hosts. */
  hostedFigures(s: Pick<AppState, 'filters' | 'time'>): Figure[];
  /** EU member states at the date (not filtered: the EU is the map's frame). */
  euMembers(s: Pick<AppState, 'time'>): readonly string[];
  recipientLabel(f: FundingFlow): string;
  /** Whether the drawn layers hold anything drawn apart (last reported or planned): the legend then says what fading means. */
  anyApart(s: Pick<AppState, 'filters' | 'time' | 'view'>): boolean;
}

export function createViewSelectors(model: Model): ViewSelectors {
  const recipientLabel = (f: FundingFlow): string =>
    f.recipients.length ? f.recipients.map((c) => model.countries.get(c)?.name ?? c).join(', ') : (f.region ?? 'Unspecified region');
  const filtered = (s: Pick<AppState, 'filters' | 'time'>): FilterResult => applyFilters(model, s.filters, s.time.date);
  const funding = (s: Pick<AppState, 'filters' | 'time'>): FundingFlow[] => visibleFunding(model, filtered(s), s.time.date);
  const fundingDrawn = (s: Pick<AppState, 'filters' | 'time'>): FundingFlow[] => drawnFunding(model, funding(s), s.time.date);
  return {
    filtered,
    routes: (s) => routesAt(model, filtered(s), s.time.date),
    partners: (s) => partnersAt(model, filtered(s), s.filters, s.time.date),
    missions: (s) => missionsAt(model, filtered(s), s.time.date),
    funding,
    fundingDrawn,
    fundingSummary: (s) => summariseFunding(model, funding(s), s.time.date, recipientLabel),
    displacement: (s) => displacementAt(model, filtered(s), s.time.date),
    euMembers: (s) => euMembersAt(model, s.time.date),
    hostedFigures: (s) => hostedFiguresAt(model, filtered(s), s.time.date),
    recipientLabel,
    anyApart: (s) => (s.view.overlays.partners && partnersAt(model, filtered(s), s.filters, s.time.date).some((p) => p.lastReportedOnly)) || (s.view.overlays.missions && missionsAt(model, filtered(s), s.time.date).some((m) => m.standing !== 'current')),
  };
}
