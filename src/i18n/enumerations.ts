// Names of the dataset's enumerations in the UI language. The keys are typed against the schema's lists of kinds, so a
// kind added to the schema fails to compile until every language names it; the names live in enumerations/<lang>.ts
// (each language but English loaded with its pack, catalogues.ts).
import { OVERLAY_IDS, type Lang, type OverlayId } from '../state/types';
import type { MessageKey } from './messages';
import type { AGREEMENT_STATUSES, AGREEMENT_TYPES, COUNTRY_GROUPS, FUNDING_DONORS, FUNDING_PURPOSES, FUNDING_STAGES, MISSION_KINDS, ROUTE_METRICS, THEME_IDS, Figure, FundingFlow } from '../data/schema';
import type { PartnerCategory } from '../selectors/partners';
import type { Model } from '../data/model';
import { countryList } from './countries';
import { t } from './t';
import { formatList, formatNumber } from './format';
import { nameIn, regionName } from './names';
import { languagePack } from './catalogues';

export { nameIn };

/** The documents' hedges before a figure ("more than 100,000"), as the dataset words them. */
export const QUALIFIERS = ['over', 'more than', 'close to', 'almost', 'approximately', 'around', 'less than', 'indicative'] as const;

type Names<List extends readonly string[]> = Readonly<Record<List[number], string>>;

/** One language's names of every enumeration. */
export interface EnumerationNames {
  readonly groups: Names<typeof COUNTRY_GROUPS>;
  readonly agreementTypes: Names<typeof AGREEMENT_TYPES>;
  readonly statuses: Names<typeof AGREEMENT_STATUSES>;
  readonly missionKinds: Names<typeof MISSION_KINDS>;
  readonly partnerCategories: Readonly<Record<PartnerCategory, string>>;
  readonly fundingStages: Names<typeof FUNDING_STAGES>;
  readonly fundingDonors: Names<typeof FUNDING_DONORS>;
  readonly fundingPurposes: Names<typeof FUNDING_PURPOSES>;
  readonly metrics: Names<typeof ROUTE_METRICS>;
  readonly themes: Names<typeof THEME_IDS>;
  readonly qualifiers: Names<typeof QUALIFIERS>;
}

/** A name by id; an id the tables do not know (a value outside the schema's list) shows as itself. */
function lookup(table: keyof EnumerationNames, lang: Lang, id: string): string {
  const names: Readonly<Record<string, string>> = languagePack(lang).enumerations[table];
  return names[id] ?? id;
}

export const groupName = (lang: Lang, id: string): string => lookup('groups', lang, id);
export const agreementTypeName = (lang: Lang, id: string): string => lookup('agreementTypes', lang, id);
export const statusName = (lang: Lang, id: string): string => lookup('statuses', lang, id);
export const missionKindName = (lang: Lang, id: string): string => lookup('missionKinds', lang, id);
export const partnerCategoryName = (lang: Lang, id: string): string => lookup('partnerCategories', lang, id);
export const fundingStageName = (lang: Lang, id: string): string => lookup('fundingStages', lang, id);
export const fundingDonorName = (lang: Lang, id: string): string => lookup('fundingDonors', lang, id);
export const fundingPurposeName = (lang: Lang, id: string): string => lookup('fundingPurposes', lang, id);
export const metricName = (lang: Lang, id: string): string => lookup('metrics', lang, id);
/** Falls back to the dataset's (English) theme name for an id the tables do not know. */
export const themeName = (lang: Lang, id: string, fallback: string): string => {
  const names: Readonly<Record<string, string>> = languagePack(lang).enumerations.themes;
  return names[id] ?? fallback;
};
/** A figure's hedge in the current language; unknown hedges stay as the documents word them. */
export const qualifierName = (lang: Lang, qualifier: string): string => lookup('qualifiers', lang, qualifier);

/** A funding amount's recipients in the UI language, or its region (translated, see i18n/names.ts). */
export function recipientName(lang: Lang, model: Model, f: FundingFlow): string {
  if (f.recipients.length) return countryList(lang, f.recipients, (c) => model.countries.get(c)?.name);
  return f.region ? regionName(lang, f.region) : t(lang, 'unspecifiedRegion');
}

/** A count of people hosted as the map labels it: the document's qualifier and the number ("around 3,100,000 hosted"). */
export function hostedFigureLabel(lang: Lang, f: Figure): string {
  const value = formatNumber(lang, f.value);
  return t(lang, 'hostedFigureLabel', { value: f.qualifier ? `${qualifierName(lang, f.qualifier)} ${value}` : value });
}

/** An instrument's name in the UI language, by id. */
export function instrumentName(lang: Lang, model: Model, id: string): string {
  const instrument = model.instruments.get(id);
  return instrument ? nameIn(lang, instrument) : id;
}

/** The same for a row of the funding totals, keyed by `recipientKey` ("NE+ML" or "region:…"). */
export function recipientKeyName(lang: Lang, model: Model, key: string, englishLabel: string): string {
  if (lang === 'en') return englishLabel;
  if (key.startsWith('region:')) return key === 'region:unspecified' ? t(lang, 'unspecifiedRegion') : regionName(lang, key.slice('region:'.length));
  return countryList(lang, key.split('+'), (c) => model.countries.get(c)?.name);
}

const LAYER_LABEL: Readonly<Record<OverlayId, MessageKey>> = {
  routes: 'layerRoutes',
  partners: 'layerPartners',
  missions: 'layerMissions',
  funding: 'layerFunding',
  displacement: 'layerDisplacement',
};

/** A map layer's name as the layer switcher shows it. */
export function layerName(lang: Lang, id: OverlayId): string {
  return t(lang, LAYER_LABEL[id]);
}

/** The names of the layers that are on, in the switcher's order, as a list in the language (the PNG's subtitle). */
export function visibleLayerNames(lang: Lang, overlays: Readonly<Record<OverlayId, boolean>>): string {
  return formatList(lang, OVERLAY_IDS.filter((id) => overlays[id]).map((id) => layerName(lang, id)));
}
