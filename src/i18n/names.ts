// Names of the dataset's records in the UI language: routes, agreements, missions, instruments and processes carry
// `names` (fr, de) beside the English `name`; regions, which the documents name in English ("Syria and the region"),
// are translated here. tests/i18n/names.test.ts fails on any record or region without a name in each UI language.
import type { Lang } from '../state/types';

export const REGION_NAMES: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'World': 'Monde',
    'Worldwide': 'Monde entier',
    'Global': 'Mondial',
    'Sahel, Horn of Africa, Gulf of Guinea': 'Sahel, Corne de l\'Afrique, golfe de Guinée',
    'African, Caribbean and Pacific countries': 'Pays d\'Afrique, des Caraïbes et du Pacifique',
    'From East and Central Asia to South-East and Western Europe': 'De l\'Asie orientale et centrale à l\'Europe du Sud-Est et de l\'Ouest',
    'European Union': 'Union européenne',
    'Syria': 'Syrie',
    'Mediterranean': 'Méditerranée',
    'Main migratory routes': 'Principales routes migratoires',
    'Western Balkans': 'Balkans occidentaux',
    'European Union and partner countries of origin and transit': 'Union européenne et pays partenaires d\'origine et de transit',
    'West Africa': 'Afrique de l\'Ouest',
    'Somalia': 'Somalie',
    'Syria and the region': 'La Syrie et la région',
    'Silk Routes (Asia to Europe)': 'Routes de la soie (de l\'Asie à l\'Europe)',
    'Europe': 'Europe',
    'Candidate and potential candidate countries': 'Pays candidats et candidats potentiels',
    'Syria and the region (Middle East)': 'La Syrie et la région (Moyen-Orient)',
    'Syria, Iraq and the fight against Da\'esh': 'La Syrie, l\'Iraq et la lutte contre Daech',
    'Southern Neighbourhood': 'Voisinage méridional',
    'Eastern Neighbourhood': 'Voisinage oriental',
    'Africa and Europe': 'Afrique et Europe',
    'Horn of Africa and Europe': 'Corne de l\'Afrique et Europe',
  },
  de: {
    'World': 'Welt',
    'Worldwide': 'Weltweit',
    'Global': 'Global',
    'Sahel, Horn of Africa, Gulf of Guinea': 'Sahel, Horn von Afrika, Golf von Guinea',
    'African, Caribbean and Pacific countries': 'Staaten in Afrika, im Karibischen Raum und im Pazifischen Ozean',
    'From East and Central Asia to South-East and Western Europe': 'Von Ost- und Zentralasien bis Südost- und Westeuropa',
    'European Union': 'Europäische Union',
    'Syria': 'Syrien',
    'Mediterranean': 'Mittelmeerraum',
    'Main migratory routes': 'Wichtigste Migrationsrouten',
    'Western Balkans': 'Westbalkan',
    'European Union and partner countries of origin and transit': 'Europäische Union und Herkunfts- und Transitpartnerländer',
    'West Africa': 'Westafrika',
    'Somalia': 'Somalia',
    'Syria and the region': 'Syrien und die Region',
    'Silk Routes (Asia to Europe)': 'Seidenstraßen (von Asien nach Europa)',
    'Europe': 'Europa',
    'Candidate and potential candidate countries': 'Kandidatenländer und potenzielle Kandidatenländer',
    'Syria and the region (Middle East)': 'Syrien und die Region (Naher Osten)',
    'Syria, Iraq and the fight against Da\'esh': 'Syrien, Irak und der Kampf gegen Da\'esh',
    'Southern Neighbourhood': 'Südliche Nachbarschaft',
    'Eastern Neighbourhood': 'Östliche Nachbarschaft',
    'Africa and Europe': 'Afrika und Europa',
    'Horn of Africa and Europe': 'Horn von Afrika und Europa',
  },
};

/** A region as the documents name it, in the UI language (English: the documents' own words). */
export function regionName(lang: Lang, region: string): string {
  return lang === 'en' ? region : (REGION_NAMES[lang][region] ?? region);
}

/** A route's, agreement's, mission's, instrument's or process's name in the UI language (`name` is English). */
export function nameIn(lang: Lang, record: { readonly name: string; readonly names?: Readonly<Record<string, string>> | undefined }): string {
  return lang === 'en' ? record.name : (record.names?.[lang] ?? record.name);
}
