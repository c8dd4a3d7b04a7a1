// Names of the dataset's records in the UI language: routes, agreements, missions, instruments and processes carry
// `names` (one per UI language) beside the English `name`; regions, which the documents name in English ("Syria and the region"),
// are translated in languages/<lang>/regions.ts, loaded with the language's pack. tests/i18n/names.test.ts fails on any record
// or region without a name in each UI language.
import type { Lang } from '../state/types';
import { languagePack } from './catalogues';

/** A region as the documents name it, in the UI language (English: the documents' own words). */
export function regionName(lang: Lang, region: string): string {
  return languagePack(lang).regions[region] ?? region;
}

/** A route's, agreement's, mission's, instrument's or process's name in the UI language (`name` is English). */
export function nameIn(lang: Lang, record: { readonly name: string; readonly names?: Readonly<Record<string, string>> | undefined }): string {
  return lang === 'en' ? record.name : (record.names?.[lang] ?? record.name);
}
