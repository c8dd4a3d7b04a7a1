// A table of values formatted in every UI language by the app's own formatters (i18n/): money, counts, compact
// figures, percentages, months, dates, periods, lists, plural categories and country names. The engine test runs it
// inside each browser engine and compares the strings; the unit test runs it in Node.
import { loadLanguage } from '../../src/i18n/catalogues';
import { countryName } from '../../src/i18n/countries';
import { formatCompact, formatEur, formatEurCompact, formatList, formatMonth, formatNumber, formatPartialDate, formatPercent } from '../../src/i18n/format';
import { formatPeriod } from '../../src/i18n/period';
import { pluralCategory } from '../../src/i18n/t';
import { LANGS, type Lang, type Month } from '../../src/state/types';
import labels from '../../geodata/labels.json';

/** One row per (language, kind, value): "fr eurCompact 175000000" → "175 M €". */
export type FormatTable = Record<string, string>;

const NUMBERS = [0, 7, 950, 9500, 22_800, 1_234_567, -42];
const PERCENTS = [0.5, 12.3, 100];
const EUROS = [950, 9500, 175_000_000];
const EUROS_COMPACT = [950_000, 8_000_000, 12_500_000, 100_000_000, 175_000_000, 999_960_000, 1_800_000_000, 5_000_000_000];
const COMPACT = [950, 22_800, 182_700, 999_960, 1_500_000, 5_000_000];
const MONTHS: Month[] = ['2015-09', '2026-01'] as Month[];
const DATES = ['2015', '2014-06', '2015-09-09'];
const PERIODS: [string | null, string | null][] = [['2015', '2020'], ['2014-06', '2016-05'], ['2011', null], [null, '2016-06'], ['2015-09-09', '2015-09-09']];
const COUNTS = [0, 1, 2, 3, 11, 100];
// Every country the basemap labels, Kosovo's user-assigned code included.
const COUNTRIES: string[] = labels.features.map((f) => f.properties.iso2);

function rows(lang: Lang): [string, string][] {
  return [
    ...NUMBERS.map((n): [string, string] => [`number ${n}`, formatNumber(lang, n)]),
    ...PERCENTS.map((n): [string, string] => [`percent ${n}`, formatPercent(lang, n)]),
    ...EUROS.map((n): [string, string] => [`eur ${n}`, formatEur(lang, n)]),
    ...EUROS_COMPACT.map((n): [string, string] => [`eurCompact ${n}`, formatEurCompact(lang, n)]),
    ...COMPACT.map((n): [string, string] => [`compact ${n}`, formatCompact(lang, n)]),
    ...MONTHS.map((m): [string, string] => [`month ${m}`, formatMonth(lang, m)]),
    ...DATES.map((d): [string, string] => [`date ${d}`, formatPartialDate(lang, d)]),
    ...PERIODS.map(([from, to]): [string, string] => [`period ${from}/${to}`, formatPeriod(lang, from, to)]),
    ['list 3', formatList(lang, ['Niger', 'Mali', 'Libya'])],
    ...COUNTS.map((n): [string, string] => [`plural ${n}`, pluralCategory(lang, n)]),
    ...COUNTRIES.map((c): [string, string] => [`country ${c}`, countryName(lang, c)]),
  ];
}

/** Every row of the table in the six languages, once each language's messages are loaded. */
export async function formatTable(): Promise<FormatTable> {
  await Promise.all(LANGS.map((lang) => loadLanguage(lang)));
  const table: FormatTable = {};
  for (const lang of LANGS) for (const [key, value] of rows(lang)) table[`${lang} ${key}`] = value;
  return table;
}
