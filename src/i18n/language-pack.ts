// What every language provides, in its folder languages/<lang>/: messages, plural forms, names of the dataset's kinds
// and regions, and the pack that carries them as one chunk. English (languages/en/) is the reference that gives the
// keys; this module reads only its types, and the languages import nothing but this module, so no import runs in a circle.
import type { AGREEMENT_STATUSES, AGREEMENT_TYPES, COUNTRY_GROUPS, FUNDING_DONORS, FUNDING_PURPOSES, FUNDING_STAGES, MISSION_KINDS, ROUTE_METRICS, THEME_IDS } from '../data/schema';
import type { PartnerCategory } from '../selectors/partners';
import type { en } from './languages/en/messages';
import type { enPlurals } from './languages/en/plurals';

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

/**
 * Messages with a count, one form per plural category of the language (Intl.PluralRules: English has one and other,
 * Arabic zero, one, two, few, many and other). `{count}` is the number formatted for the language; a form may leave it
 * out where the language says the number in words ("un montant", "مبلغان").
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };
export type PluralKey = keyof typeof enPlurals;
export type PluralCatalogue = Record<PluralKey, PluralForms>;

/** The documents' hedges before a figure ("more than 100,000"), as the dataset words them. */
export const QUALIFIERS = ['over', 'more than', 'close to', 'almost', 'approximately', 'around', 'less than', 'indicative'] as const;

type Names<List extends readonly string[]> = Readonly<Record<List[number], string>>;

/**
 * One language's names of every enumeration. The keys are typed against the schema's lists of kinds, so a kind added
 * to the schema fails to compile until every language names it.
 */
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

/** Everything a language needs beyond English: the Catalogue and PluralCatalogue types require every key. */
export interface LanguagePack {
  readonly messages: Catalogue;
  readonly plurals: PluralCatalogue;
  readonly enumerations: EnumerationNames;
  /** Regions as the documents name them (in English), translated; English has none. */
  readonly regions: Readonly<Record<string, string>>;
}
