// Everything the documents say about one country, at a date: the country dossier. Each part is read with the rules of
// the map: known from the day a document states it, current while a source says it holds (selectors/time.ts).
import type { Agreement, AppEvent, Displacement, Figure, FundingFlow, Process, Route } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { dateEnd, dateStart } from '../data/dates';
import { monthEndMs } from '../state/month';
import { groupsAt } from './filters';
import { fundingCountries } from './funding-countries';
import { fundingKnownAt, fundingSummaryOf, type FundingSummary } from './funding';
import { figureAt, routeCountryRole, type RouteFigure, type RouteRole } from './routes';
import { citedStandingAt, documentDate } from './time';
import { figureKnownAt } from './figures';
import { agreementStatusAt, type StatusAtDate } from './agreements';
import { missionStandingAt, missionsShownAt, type MissionAtDate } from './missions';
import { displacementKnownAt } from './displacement';

export interface CountryDossier {
  iso2: string;
  name: string;
  aliases: readonly string[];
  footnote: string | undefined;
  groups: string[];
  routes: Array<{ route: Route; role: RouteRole; figure: RouteFigure | undefined }>;
  /** Each agreement with the status a source has stated by the date, and whether it is current or last reported. */
  agreements: Array<{ agreement: Agreement; current: Agreement['status'][number]; status: StatusAtDate }>;
  /** Amounts to this country alone known at the date (current or past), and the totals of the current ones. */
  funding: FundingFlow[];
  fundingSummary: FundingSummary;
  /** Amounts shared with other recipients or given for a region the country is named in: listed, never added to its totals. */
  sharedFunding: FundingFlow[];
  missions: MissionAtDate[];
  /** Events by the date; `announced` when the document that states it was written before it (a plan it does not report done). */
  events: Array<AppEvent & { announced: boolean }>;
  displacement: Displacement[];
  processes: Array<Process & { standing: 'current' | 'last-reported'; lastReported: string | null }>;
  /** The documents' other figures about the country (refugees hosted or fled, asylum applications, shares), once known. */
  figures: Figure[];
}

/** An event stated before it happened ("will bring together"): planned, as far as the documents go. */
export function eventAnnounced(model: Model, e: AppEvent): boolean {
  const stated = documentDate(model, e.source);
  return stated !== null && dateEnd(stated) < dateStart(e.date);
}

export function countryDossier(model: Model, iso2: string, month: Month): CountryDossier | undefined {
  const country = model.countries.get(iso2);
  if (!country) return undefined;
  const d = model.dataset;
  const routes: CountryDossier['routes'] = [];
  for (const route of d.routes) {
    const role = routeCountryRole(route, iso2);
    if (role) routes.push({ route, role, figure: figureAt(model, route, month) });
  }
  const agreements: CountryDossier['agreements'] = [];
  for (const agreement of d.agreements) {
    if (!agreement.partners.includes(iso2)) continue;
    const status = agreementStatusAt(model, agreement, month);
    if (status) agreements.push({ agreement, current: status.entry, status });
  }
  const fundingKnown = d.funding.filter((f) => fundingCountries(f).includes(iso2) && fundingKnownAt(model, f, month));
  const own = fundingKnown.filter((f) => f.recipients.length === 1);
  const shared = fundingKnown.filter((f) => f.recipients.length !== 1);
  const end = monthEndMs(month);
  const processes: CountryDossier['processes'] = [];
  for (const p of d.processes) {
    if (!p.countries.includes(iso2)) continue;
    const at = citedStandingAt(model, p.sources, month);
    if (at) processes.push({ ...p, ...at });
  }
  return {
    iso2,
    name: country.name,
    aliases: country.aliases,
    footnote: country.footnote,
    groups: [...(groupsAt(model, month).get(iso2) ?? [])],
    routes,
    agreements,
    funding: own,
    fundingSummary: fundingSummaryOf(model, own, month, () => country.name),
    sharedFunding: shared,
    missions: missionsShownAt(model, month).filter((m) => m.country === iso2 && missionStandingAt(model, m, month) !== undefined),
    events: d.events.filter((e) => e.countries.includes(iso2) && dateStart(e.date) <= end).map((e) => ({ ...e, announced: eventAnnounced(model, e) })),
    displacement: d.displacement.filter((x) => x.country === iso2 && displacementKnownAt(model, x, month)),
    processes,
    figures: d.figures.filter((f) => f.countries.includes(iso2) && figureKnownAt(model, f, month)),
  };
}
