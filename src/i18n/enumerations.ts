// Human-readable names of the dataset's enumerations, per language (English is the reference; fr/de must have its keys).
import type { Lang } from '../state/types';
import type { Figure, FundingFlow } from '../data/schema';
import type { Model } from '../data/model';
import { countryList } from './countries';
import { t } from './t';
import { formatNumber } from './format';
import { nameIn, regionName } from './names';

export { nameIn };

type Table = Record<string, string>;
type Translated<T extends Table> = Record<Lang, Record<keyof T, string>>;

const GROUPS_EN = {
  'eu-member': 'EU member state',
  candidate: 'Candidate country',
  'potential-candidate': 'Potential candidate',
  'eastern-partnership': 'Eastern Partnership',
  'southern-neighbourhood': 'Southern Neighbourhood',
  'western-balkans': 'Western Balkans',
  sahel: 'Sahel',
  'horn-of-africa': 'Horn of Africa',
  'lake-chad': 'Lake Chad',
  'middle-east': 'Middle East',
  acp: 'African, Caribbean and Pacific (ACP)',
  'strategic-partner': 'Strategic partner',
  'gulf-of-guinea': 'Gulf of Guinea',
  'north-africa': 'North Africa',
  'west-africa': 'West Africa',
  'central-asia': 'Central Asia',
  'south-asia': 'South Asia',
  'east-asia': 'East Asia',
};

const GROUPS: Translated<typeof GROUPS_EN> = {
  en: GROUPS_EN,
  fr: {
    'eu-member': "État membre de l'UE",
    candidate: 'Pays candidat',
    'potential-candidate': 'Candidat potentiel',
    'eastern-partnership': 'Partenariat oriental',
    'southern-neighbourhood': 'Voisinage méridional',
    'western-balkans': 'Balkans occidentaux',
    sahel: 'Sahel',
    'horn-of-africa': "Corne de l'Afrique",
    'lake-chad': 'Lac Tchad',
    'middle-east': 'Moyen-Orient',
    acp: 'Afrique, Caraïbes et Pacifique (ACP)',
    'strategic-partner': 'Partenaire stratégique',
    'gulf-of-guinea': 'Golfe de Guinée',
    'north-africa': 'Afrique du Nord',
    'west-africa': "Afrique de l'Ouest",
    'central-asia': 'Asie centrale',
    'south-asia': 'Asie du Sud',
    'east-asia': "Asie de l'Est",
  },
  de: {
    'eu-member': 'EU-Mitgliedstaat',
    candidate: 'Bewerberland',
    'potential-candidate': 'Potenzieller Bewerber',
    'eastern-partnership': 'Östliche Partnerschaft',
    'southern-neighbourhood': 'Südliche Nachbarschaft',
    'western-balkans': 'Westbalkan',
    sahel: 'Sahel',
    'horn-of-africa': 'Horn von Afrika',
    'lake-chad': 'Tschadsee',
    'middle-east': 'Naher Osten',
    acp: 'Afrika, Karibik und Pazifik (AKP)',
    'strategic-partner': 'Strategischer Partner',
    'gulf-of-guinea': 'Golf von Guinea',
    'north-africa': 'Nordafrika',
    'west-africa': 'Westafrika',
    'central-asia': 'Zentralasien',
    'south-asia': 'Südasien',
    'east-asia': 'Ostasien',
  },
};

const AGREEMENT_TYPES_EN = {
  'readmission-agreement': 'Readmission agreement',
  'readmission-negotiation': 'Readmission negotiations',
  'mobility-partnership': 'Mobility partnership',
  'visa-facilitation': 'Visa facilitation',
  'visa-liberalisation-dialogue': 'Visa liberalisation dialogue',
  'frontex-status-agreement': 'Frontex status agreement',
  'frontex-working-arrangement': 'Frontex working arrangement',
  statement: 'Statement',
  'common-agenda': 'Common Agenda on Migration and Mobility',
  'action-plan': 'Action plan',
  dialogue: 'Dialogue',
  'strategic-framework': 'Strategic framework',
  'joint-communication': 'Joint communication',
};

const AGREEMENT_TYPES: Translated<typeof AGREEMENT_TYPES_EN> = {
  en: AGREEMENT_TYPES_EN,
  fr: {
    'readmission-agreement': 'Accord de réadmission',
    'readmission-negotiation': 'Négociations sur la réadmission',
    'mobility-partnership': 'Partenariat pour la mobilité',
    'visa-facilitation': 'Assouplissement du régime des visas',
    'visa-liberalisation-dialogue': 'Dialogue sur la libéralisation du régime des visas',
    'frontex-status-agreement': 'Accord sur le statut (Frontex)',
    'frontex-working-arrangement': 'Arrangement de travail avec Frontex',
    statement: 'Déclaration',
    'common-agenda': 'Programme commun pour les migrations et la mobilité',
    'action-plan': "Plan d'action",
    dialogue: 'Dialogue',
    'strategic-framework': 'Cadre stratégique',
    'joint-communication': 'Communication conjointe',
  },
  de: {
    'readmission-agreement': 'Rückübernahmeabkommen',
    'readmission-negotiation': 'Verhandlungen über ein Rückübernahmeabkommen',
    'mobility-partnership': 'Mobilitätspartnerschaft',
    'visa-facilitation': 'Visaerleichterung',
    'visa-liberalisation-dialogue': 'Dialog über die Visaliberalisierung',
    'frontex-status-agreement': 'Statusvereinbarung (Frontex)',
    'frontex-working-arrangement': 'Arbeitsvereinbarung mit Frontex',
    statement: 'Erklärung',
    'common-agenda': 'Gemeinsame Agenda für Migration und Mobilität',
    'action-plan': 'Aktionsplan',
    dialogue: 'Dialog',
    'strategic-framework': 'Strategischer Rahmen',
    'joint-communication': 'Gemeinsame Mitteilung',
  },
};

const STATUSES_EN = {
  negotiating: 'negotiating',
  signed: 'signed',
  'in-force': 'in force',
  suspended: 'suspended',
  'partially-suspended': 'partially suspended',
  ended: 'ended',
  ongoing: 'ongoing',
};

const STATUSES: Translated<typeof STATUSES_EN> = {
  en: STATUSES_EN,
  fr: {
    negotiating: 'en négociation',
    signed: 'signé',
    'in-force': 'en vigueur',
    suspended: 'suspendu',
    'partially-suspended': 'partiellement suspendu',
    ended: 'terminé',
    ongoing: 'en cours',
  },
  de: {
    negotiating: 'in Verhandlung',
    signed: 'unterzeichnet',
    'in-force': 'in Kraft',
    suspended: 'ausgesetzt',
    'partially-suspended': 'teilweise ausgesetzt',
    ended: 'beendet',
    ongoing: 'laufend',
  },
};

const MISSION_KINDS_EN = {
  'csdp-civilian': 'CSDP civilian mission',
  'csdp-military': 'CSDP military operation or mission',
  frontex: 'Frontex deployment',
  'eu-office': 'EU office',
  centre: 'Centre',
  'liaison-officer': 'Liaison officers',
};

const MISSION_KINDS: Translated<typeof MISSION_KINDS_EN> = {
  en: MISSION_KINDS_EN,
  fr: {
    'csdp-civilian': 'Mission civile PSDC',
    'csdp-military': 'Opération ou mission militaire PSDC',
    frontex: 'Déploiement de Frontex',
    'eu-office': "Bureau de l'UE",
    centre: 'Centre',
    'liaison-officer': 'Officiers de liaison',
  },
  de: {
    'csdp-civilian': 'Zivile GSVP-Mission',
    'csdp-military': 'Militärische GSVP-Operation oder -Mission',
    frontex: 'Frontex-Einsatz',
    'eu-office': 'EU-Büro',
    centre: 'Zentrum',
    'liaison-officer': 'Verbindungsbeamte',
  },
};

const PARTNER_CATEGORIES_EN = {
  suspended: 'Cooperation suspended (hatched)',
  candidate: 'Candidate for EU membership',
  'mobility-partnership': 'Mobility partnership',
  readmission: 'Readmission agreement in force',
  dialogue: 'Other agreement or dialogue',
};

const PARTNER_CATEGORIES: Translated<typeof PARTNER_CATEGORIES_EN> = {
  en: PARTNER_CATEGORIES_EN,
  fr: {
    suspended: 'Coopération suspendue (hachuré)',
    candidate: "Candidat à l'adhésion à l'UE",
    'mobility-partnership': 'Partenariat pour la mobilité',
    readmission: 'Accord de réadmission en vigueur',
    dialogue: 'Autre accord ou dialogue',
  },
  de: {
    suspended: 'Zusammenarbeit ausgesetzt (schraffiert)',
    candidate: 'Kandidat für den EU-Beitritt',
    'mobility-partnership': 'Mobilitätspartnerschaft',
    readmission: 'Rückübernahmeabkommen in Kraft',
    dialogue: 'Anderes Abkommen oder anderer Dialog',
  },
};

const FUNDING_KINDS_EN = {
  allocated: 'allocated',
  committed: 'committed',
  pledged: 'pledged',
  mobilised: 'mobilised',
  humanitarian: 'humanitarian',
  planned: 'planned',
};

const FUNDING_KINDS: Translated<typeof FUNDING_KINDS_EN> = {
  en: FUNDING_KINDS_EN,
  fr: { allocated: 'alloué', committed: 'engagé', pledged: 'promis', mobilised: 'mobilisé', humanitarian: 'humanitaire', planned: 'prévu' },
  de: { allocated: 'zugewiesen', committed: 'gebunden', pledged: 'zugesagt', mobilised: 'mobilisiert', humanitarian: 'humanitär', planned: 'geplant' },
};

const METRICS_EN = {
  detections: 'detections',
  'irregular-entries': 'irregular entries',
  crossings: 'crossings',
  'percent-decrease': 'percent decrease',
};

const METRICS: Translated<typeof METRICS_EN> = {
  en: METRICS_EN,
  fr: { detections: 'détections', 'irregular-entries': 'entrées irrégulières', crossings: 'traversées', 'percent-decrease': 'pour cent de baisse' },
  de: { detections: 'Aufdeckungen', 'irregular-entries': 'irreguläre Einreisen', crossings: 'Überfahrten', 'percent-decrease': 'Prozent Rückgang' },
};

const THEMES_EN = {
  'legal-migration': 'Legal migration and mobility',
  'irregular-migration': 'Irregular migration and trafficking in human beings',
  'migration-development': 'Migration and development',
  'international-protection': 'International protection and asylum',
  security: 'Security',
};

const THEMES: Translated<typeof THEMES_EN> = {
  en: THEMES_EN,
  fr: {
    'legal-migration': 'Migration légale et mobilité',
    'irregular-migration': 'Migration irrégulière et traite des êtres humains',
    'migration-development': 'Migration et développement',
    'international-protection': 'Protection internationale et asile',
    security: 'Sécurité',
  },
  de: {
    'legal-migration': 'Legale Migration und Mobilität',
    'irregular-migration': 'Irreguläre Migration und Menschenhandel',
    'migration-development': 'Migration und Entwicklung',
    'international-protection': 'Internationaler Schutz und Asyl',
    security: 'Sicherheit',
  },
};

/** The documents' hedges before a figure ("more than 100,000"). */
const QUALIFIERS_EN = {
  over: 'over',
  'more than': 'more than',
  'close to': 'close to',
  almost: 'almost',
  approximately: 'approximately',
  indicative: 'indicative',
};

const QUALIFIERS: Translated<typeof QUALIFIERS_EN> = {
  en: QUALIFIERS_EN,
  fr: { over: 'plus de', 'more than': 'plus de', 'close to': 'près de', almost: 'presque', approximately: 'environ', indicative: 'à titre indicatif' },
  de: { over: 'über', 'more than': 'mehr als', 'close to': 'nahezu', almost: 'fast', approximately: 'etwa', indicative: 'indikativ' },
};

/** Every per-language table, for the catalogue tests. */
export const ENUMERATION_TABLES = { GROUPS, AGREEMENT_TYPES, STATUSES, MISSION_KINDS, PARTNER_CATEGORIES, FUNDING_KINDS, METRICS, THEMES, QUALIFIERS } as const;

function lookup(tables: Record<Lang, Table>, lang: Lang, id: string): string {
  return tables[lang][id] ?? tables.en[id] ?? id;
}

export const groupName = (lang: Lang, id: string): string => lookup(GROUPS, lang, id);
export const agreementTypeName = (lang: Lang, id: string): string => lookup(AGREEMENT_TYPES, lang, id);
export const statusName = (lang: Lang, id: string): string => lookup(STATUSES, lang, id);
export const missionKindName = (lang: Lang, id: string): string => lookup(MISSION_KINDS, lang, id);
export const partnerCategoryName = (lang: Lang, id: string): string => lookup(PARTNER_CATEGORIES, lang, id);
export const fundingKindName = (lang: Lang, id: string): string => lookup(FUNDING_KINDS, lang, id);
export const metricName = (lang: Lang, id: string): string => lookup(METRICS, lang, id);
/** Falls back to the dataset's (English) theme name for an id the tables do not know. */
export const themeName = (lang: Lang, id: string, fallback: string): string => THEMES[lang][id as keyof typeof THEMES_EN] ?? fallback;
/** A figure's hedge in the current language; unknown hedges stay as the documents word them. */
export const qualifierName = (lang: Lang, qualifier: string): string => lookup(QUALIFIERS, lang, qualifier);

/** A funding amount's recipients in the UI language, or its region (translated, see i18n/regions.ts). */
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

// English records, for code that has no language at hand.
export const GROUP_NAMES: Table = GROUPS_EN;
export const AGREEMENT_TYPE_NAMES: Table = AGREEMENT_TYPES_EN;
export const STATUS_NAMES: Table = STATUSES_EN;
export const MISSION_KIND_NAMES: Table = MISSION_KINDS_EN;
export const PARTNER_CATEGORY_NAMES: Table = PARTNER_CATEGORIES_EN;
export const FUNDING_KIND_NAMES: Table = FUNDING_KINDS_EN;
export const METRIC_NAMES: Table = METRICS_EN;
