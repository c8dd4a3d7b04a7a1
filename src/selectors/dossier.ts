// Everything the documents say about one country, at a date: the country dossier.
import type { Agreement, AppEvent, Displacement, Figure, FundingFlow, Mission, Process, Route } from '../data/schema';
import type { Model } from '../data/model';
import type { Month } from '../state/types';
import { groupsAt } from './filters';
import { fundingCountries, fundingKnownFrom, fundingSummaryOf, type FundingSummary } from './funding';
import { figureAt, type RouteFigure } from './routes';
import { activeAt, statusAt } from './time';
import { figureKnownFrom } from './figures';

export { figureKnownFrom };
import { missionStart } from './missions';

export interface CountryDossier {
  iso2: string;
  name: string;
  aliases: readonly string[];
  footnote: string | undefined;
  groups: string[];
  routes: Array<{ route: Route; role: 'origin' | 'transit' | 'destination'; figure: RouteFigure | undefined }>;
  agreements: Array<{ agreement: Agreement; current: Agreement['status'][number] | undefined }>;
  /** Amounts to this country alone known at the date (current or past), and one total per kind of the current ones. */
  funding: FundingFlow[];
  fundingSummary: FundingSummary;
  /** Amounts shared with other recipients or given for a region the country is named in: listed, never added to its totals. */
  sharedFunding: FundingFlow[];
  missions: Mission[];
  events: AppEvent[];
  displacement: Displacement[];
  processes: Process[];
  /** The documents' other figures about the country (refugees hosted or fled, asylum applications, shares), once known. */
  figures: Figure[];
}

export function countryDossier(model: Model, iso2: string, month: Month): CountryDossier | undefined {
  const country = model.countries.get(iso2);
  if (!country) return undefined;
  const d = model.dataset;
  const routes: CountryDossier['routes'] = [];
  for (const route of d.routes) {
    const role = route.countries.origin.includes(iso2) ? 'origin' : route.countries.transit.includes(iso2) ? 'transit' : route.countries.destination.includes(iso2) ? 'destination' : undefined;
    if (role) routes.push({ route, role, figure: figureAt(route, month) });
  }
  const agreements = d.agreements
    .filter((a) => a.partners.includes(iso2))
    .map((agreement) => ({ agreement, current: statusAt(agreement.status, month) }))
    .filter((a) => a.current !== undefined);
  const fundingKnown = d.funding.filter((f) => fundingCountries(f).includes(iso2) && activeAt(fundingKnownFrom(model, f), null, month));
  const own = fundingKnown.filter((f) => f.recipients.length === 1);
  const shared = fundingKnown.filter((f) => f.recipients.length !== 1);
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
    missions: d.missions.filter((m) => m.country === iso2 && activeAt(missionStart(model, m), m.to ?? null, month)),
    events: d.events.filter((e) => e.countries.includes(iso2) && activeAt(e.date, null, month)),
    displacement: d.displacement.filter((x) => x.country === iso2),
    processes: d.processes.filter((p) => p.countries.includes(iso2)),
    figures: d.figures.filter((f) => f.countries.includes(iso2) && activeAt(figureKnownFrom(model, f), null, month)),
  };
}

