// Names of the dataset's enumerations in the UI language. The keys are typed against the schema's lists of kinds
// (EnumerationNames, language-pack.ts); the names live in languages/<lang>/enumerations.ts (each language but English
// loaded with its pack, catalogues.ts).
import { OVERLAY_IDS, type Lang, type OverlayId } from '../state/types';
import type { EnumerationNames, MessageKey } from './language-pack';
import type { Figure, FundingFlow } from '../data/schema';
import type { Model } from '../data/model';
import { countryList } from './countries';
import { t } from './t';
import { formatList, formatNumber } from './format';
import { nameIn, regionName } from './names';
import { languagePack } from './catalogues';

export { nameIn };

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
