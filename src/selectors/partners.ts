// Partner countries at a date: the cooperation frameworks in force and the one category that colours each.
import type { Agreement } from '../data/schema';
import type { Model } from '../data/model';
import type { Filters, Month } from '../state/types';
import type { FilterResult } from './filters';
import { groupsAt } from './filters';
import { memoizeList } from './memo';
import { agreementStatusAt } from './agreements';

/** The categories that colour a partner, in order of precedence when a country has several frameworks: the first that applies colours it. */
export const PARTNER_CATEGORIES = ['suspended', 'candidate', 'mobility-partnership', 'readmission', 'dialogue'] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

export interface PartnerFramework {
  agreement: Agreement;
  status: Agreement['status'][number];
  /** 'last-reported' once the latest source stating the status is older than the horizon: never counted as current. */
  standing: 'current' | 'last-reported';
  lastReported: string;
}

export interface PartnerView {
  iso2: string;
  category: PartnerCategory;
  frameworks: PartnerFramework[];
  /** No framework of the country is current at the date (all last reported): drawn apart, with that label. */
  lastReportedOnly: boolean;
}


function categoryOf(frameworks: readonly PartnerFramework[], isCandidate: boolean): PartnerCategory {
  if (frameworks.some((f) => f.status.status === 'suspended' || f.status.status === 'partially-suspended')) return 'suspended';
  if (isCandidate) return 'candidate';
  const live = (f: PartnerFramework): boolean => f.status.status === 'in-force' || f.status.status === 'signed' || f.status.status === 'ongoing';
  if (frameworks.some((f) => f.agreement.type === 'mobility-partnership' && live(f))) return 'mobility-partnership';
  if (frameworks.some((f) => f.agreement.type === 'readmission-agreement' && f.status.status === 'in-force')) return 'readmission';
  return 'dialogue';
}

const samePartner = (a: PartnerView, b: PartnerView): boolean =>
  a.iso2 === b.iso2 &&
  a.category === b.category &&
  a.lastReportedOnly === b.lastReportedOnly &&
  a.frameworks.length === b.frameworks.length &&
  a.frameworks.every((f, i) => f.agreement === b.frameworks[i]!.agreement && f.status === b.frameworks[i]!.status && f.standing === b.frameworks[i]!.standing);

export const partnersAt = memoizeList((model: Model, filtered: FilterResult, filters: Filters, month: Month): PartnerView[] => {
  const groups = groupsAt(model, month);
  const byCountry = new Map<string, PartnerFramework[]>();
  for (const agreement of model.dataset.agreements) {
    if (!filtered.kept.agreement.has(agreement.id)) continue;
    const at = agreementStatusAt(model, agreement, month);
    if (!at || at.entry.status === 'ended') continue;
    for (const iso2 of agreement.partners) {
      let list = byCountry.get(iso2);
      if (!list) byCountry.set(iso2, (list = []));
      list.push({ agreement, status: at.entry, standing: at.standing, lastReported: at.lastReported });
    }
  }
  // Candidate status is a framework of its own, unless the user narrowed the view to agreement types.
  const candidatesCount = filters.agreementTypes.length === 0;
  const out: PartnerView[] = [];
  const codes = new Set([...byCountry.keys(), ...(candidatesCount ? [...groups].filter(([, g]) => g.has('candidate')).map(([c]) => c) : [])]);
  for (const iso2 of codes) {
    const g = groups.get(iso2);
    if (g?.has('eu-member')) continue;
    if (filters.groups.length && !filters.groups.some((x) => g?.has(x))) continue;
    const frameworks = byCountry.get(iso2) ?? [];
    const candidate = candidatesCount && Boolean(g?.has('candidate'));
    // Only current frameworks colour a country; one with none current keeps the colour of what was last reported, drawn apart.
    const current = frameworks.filter((f) => f.standing === 'current');
    const lastReportedOnly = !candidate && current.length === 0;
    out.push({ iso2, category: categoryOf(lastReportedOnly ? frameworks : current, candidate), frameworks, lastReportedOnly });
  }
  return out.sort((a, b) => a.iso2.localeCompare(b.iso2));
}, samePartner);
