// Country names in the UI language: the dataset's EU short names in English, i18n-iso-countries (fr, de) with EU usage on top.
import { getName, registerLocale } from 'i18n-iso-countries';
import frLocale from 'i18n-iso-countries/langs/fr.json';
import deLocale from 'i18n-iso-countries/langs/de.json';
import type { Lang } from '../state/types';

// Only the two locales the UI offers are registered: the other 70-odd would multiply the bundle's share of names.
registerLocale(frLocale);
registerLocale(deLocale);

/**
 * Where the package's name differs from the short name in the EU Interinstitutional Style Guide, or is missing
 * (Kosovo has no ISO 3166 code; XK is the user-assigned code the EU uses).
 */
const EU_NAMES: Record<'fr' | 'de', Record<string, string>> = {
  fr: {
    TR: 'Türkiye',
    MK: 'Macédoine du Nord',
    CZ: 'Tchéquie',
    XK: 'Kosovo',
    CI: "Côte d'Ivoire",
    CG: 'Congo',
    CV: 'Cabo Verde',
    CF: 'République centrafricaine',
    DO: 'République dominicaine',
    AE: 'Émirats arabes unis',
    SA: 'Arabie saoudite',
    SZ: 'Eswatini',
    TZ: 'Tanzanie',
    US: 'États-Unis',
    BN: 'Brunei',
    VA: 'Saint-Siège',
    MM: 'Myanmar/Birmanie',
  },
  de: {
    TR: 'Türkiye',
    MK: 'Nordmazedonien',
    CZ: 'Tschechien',
    XK: 'Kosovo',
    CI: "Côte d'Ivoire",
    CD: 'Demokratische Republik Kongo',
    CG: 'Kongo',
    CV: 'Cabo Verde',
    PS: 'Palästina',
    SY: 'Syrien',
    RU: 'Russland',
    TZ: 'Tansania',
    US: 'Vereinigte Staaten',
    MD: 'Moldau',
    VA: 'Heiliger Stuhl',
    HK: 'Hongkong',
    TL: 'Timor-Leste',
    MM: 'Myanmar/Birma',
    UM: 'Amerikanische Überseeinseln',
  },
};

/**
 * The name of a country in the UI language. English keeps the dataset's or basemap's EU name (Türkiye, Czechia),
 * passed as `englishName`; an unknown code falls back to that name, then to the code itself.
 */
export function countryName(lang: Lang, iso2: string, englishName?: string): string {
  if (lang === 'en') return englishName ?? iso2;
  return EU_NAMES[lang][iso2] ?? getName(iso2, lang) ?? englishName ?? iso2;
}

/** Every name of the country in a language (official name and aliases), for the search. */
export function countryNamesForSearch(lang: Lang, iso2: string): string[] {
  if (lang === 'en') return [];
  const names = getName(iso2, lang, { select: 'all' }) ?? [];
  const eu = EU_NAMES[lang][iso2];
  return eu ? [eu, ...names] : names;
}

/** A list of countries in the UI language: "Niger, Mali". */
export function countryList(lang: Lang, ids: readonly string[], englishName: (iso2: string) => string | undefined): string {
  return ids.map((c) => countryName(lang, c, englishName(c))).join(', ');
}
