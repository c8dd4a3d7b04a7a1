// Country names in the UI language: the dataset's EU short names in English; in the other languages the browser's own
// CLDR names (Intl.DisplayNames: no data in the bundle, nothing to fetch), with EU usage on top.
import type { Lang } from '../state/types';
import { formatList } from './format';

const displayNames = new Map<Lang, Intl.DisplayNames | null>();
function regionNames(lang: Lang): Intl.DisplayNames | null {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      names = null; // a browser without Intl.DisplayNames shows the English (EU) names
    }
    displayNames.set(lang, names);
  }
  return names;
}

// Codes ISO 3166 leaves to private use ("Unknown Region", "Outlying Oceania" in CLDR): never a country's name.
const PRIVATE_USE = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;

function cldrName(lang: Lang, iso2: string): string | undefined {
  if (PRIVATE_USE.test(iso2)) return undefined;
  try {
    return regionNames(lang)?.of(iso2) ?? undefined;
  } catch {
    return undefined; // not a well-formed region code
  }
}

/**
 * Where CLDR's name differs from the short name in the EU Interinstitutional Style Guide, or is missing, or where the
 * engines' CLDR data disagree (Firefox 153 and WebKitGTK 2.50 carry older names than Chromium 156: the newer one is
 * written here, and tests/engines compares every basemap country's name across the three engines) (Kosovo has no
 * ISO 3166 code; XK is the user-assigned code the EU uses). Arabic is not an official language of the EU and the guide
 * has no Arabic list: there the names are the United Nations' Arabic short names where CLDR's differ.
 */
const EU_NAMES: Record<Exclude<Lang, 'en'>, Record<string, string>> = {
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
    PS: 'Palestine',
    HK: 'Hong Kong',
    MO: 'Macao',
    FK: 'Îles Malouines (Îles Falkland)',
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
    MO: 'Macau',
    FK: 'Falklandinseln (Malwinen)',
  },
  it: {
    TR: 'Türkiye',
    XK: 'Kosovo',
    CI: "Côte d'Ivoire",
    CD: 'Repubblica democratica del Congo',
    CG: 'Congo',
    PS: 'Palestina',
    MD: 'Moldova',
    HK: 'Hong Kong',
    MO: 'Macao',
    VA: 'Santa Sede',
    TL: 'Timor-Leste',
    MM: 'Myanmar/Birmania',
    FK: 'Isole Falkland (Isole Malvine)',
    AS: 'Samoa Americane',
    EH: 'Sahara Occidentale',
    IO: 'Territorio Britannico dell’Oceano Indiano',
    MP: 'Isole Marianne Settentrionali',
    PF: 'Polinesia Francese',
    SZ: 'Eswatini',
    TF: 'Terre Australi Francesi',
  },
  es: {
    TR: 'Türkiye',
    XK: 'Kosovo',
    CI: "Côte d'Ivoire",
    PS: 'Palestina',
    HK: 'Hong Kong',
    MO: 'Macao',
    VA: 'Santa Sede',
    MM: 'Myanmar/Birmania',
    FK: 'Islas Malvinas (Islas Falkland)',
  },
  ar: {
    CZ: 'تشيكيا',
    XK: 'كوسوفو',
    CI: 'كوت ديفوار',
    CD: 'جمهورية الكونغو الديمقراطية',
    CG: 'الكونغو',
    PS: 'فلسطين',
    HK: 'هونغ كونغ',
    MO: 'ماكاو',
    VA: 'الكرسي الرسولي',
    MM: 'ميانمار',
    FK: 'جزر فوكلاند - جزر مالفيناس',
    VI: 'جزر فيرجن الأمريكية',
  },
};

/**
 * The name of a country in the UI language. English keeps the dataset's or basemap's EU name (Türkiye, Czechia),
 * passed as `englishName`; an unknown code falls back to that name, then to the code itself.
 */
export function countryName(lang: Lang, iso2: string, englishName?: string): string {
  if (lang === 'en') return englishName ?? iso2;
  return EU_NAMES[lang][iso2] ?? cldrName(lang, iso2) ?? englishName ?? iso2;
}

/** Every name of the country in a language (official name and aliases), for the search. */
export function countryNamesForSearch(lang: Lang, iso2: string): string[] {
  if (lang === 'en') return [];
  return [EU_NAMES[lang][iso2], cldrName(lang, iso2)].filter((n): n is string => n !== undefined);
}

/** A list of countries in the UI language: "Niger, Mali". */
export function countryList(lang: Lang, ids: readonly string[], englishName: (iso2: string) => string | undefined): string {
  return formatList(lang, ids.map((c) => countryName(lang, c, englishName(c))));
}
