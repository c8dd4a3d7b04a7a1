// Every number, date, euro amount, period and list the UI shows is formatted here, per language, so that it reads the
// same in every browser engine: each Intl formatter gets explicit options (digits, grouping, numbering system) that
// Chromium, Firefox and WebKit implement alike, and compact figures ("22.8k", "€175m") use the project's own table of
// scale words instead of the engine's compact-notation data (WebKit writes "22.8K" and "€175.00M" from the same options).
import type { Lang, Month } from '../state/types';

// Latin digits in Arabic too, said explicitly: the engines' default for a bare "ar" differs (WebKitGTK 2.50 writes
// Arabic-Indic digits, Chromium and Firefox Latin ones).
const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', it: 'it-IT', es: 'es-ES', ar: 'ar-u-nu-latn' };

const NBSP = '\u00a0';
const RLM = '\u200f';

/** One step of a language's compact scale: amounts from `from` are divided by it and followed by `word`. */
interface Scale {
  readonly from: number;
  readonly word: string;
}

/**
 * Thousand, million and billion as each language abbreviates them in running text and legends. German and Italian do
 * not abbreviate thousands ("22.800"), Spanish counts billions in millions ("1.800 M"): as in CLDR's short forms.
 */
const SCALES: Readonly<Record<Lang, readonly Scale[]>> = {
  en: [{ from: 1e9, word: 'bn' }, { from: 1e6, word: 'm' }, { from: 1e3, word: 'k' }],
  fr: [{ from: 1e9, word: `${NBSP}Md` }, { from: 1e6, word: `${NBSP}M` }, { from: 1e3, word: `${NBSP}k` }],
  de: [{ from: 1e9, word: `${NBSP}Mrd.` }, { from: 1e6, word: `${NBSP}Mio.` }],
  it: [{ from: 1e9, word: `${NBSP}Mld` }, { from: 1e6, word: `${NBSP}Mln` }],
  es: [{ from: 1e6, word: `${NBSP}M` }, { from: 1e3, word: `${NBSP}mil` }],
  ar: [{ from: 1e9, word: `${NBSP}مليار` }, { from: 1e6, word: `${NBSP}مليون` }, { from: 1e3, word: `${NBSP}ألف` }],
};

/** Where the euro sign goes around an amount already written in the language. */
const EURO: Readonly<Record<Lang, (amount: string) => string>> = {
  en: (amount) => `€${amount}`,
  fr: (amount) => `${amount}${NBSP}€`,
  de: (amount) => `${amount}${NBSP}€`,
  it: (amount) => `${amount}${NBSP}€`,
  es: (amount) => `${amount}${NBSP}€`,
  ar: (amount) => `${RLM}${amount}${NBSP}€`,
};

/** The percent sign after a number: French, German and Spanish set it off by a no-break space. */
const PERCENT: Readonly<Record<Lang, (n: string) => string>> = {
  en: (n) => `${n}%`,
  fr: (n) => `${n}${NBSP}%`,
  de: (n) => `${n}${NBSP}%`,
  it: (n) => `${n}%`,
  es: (n) => `${n}${NBSP}%`,
  ar: (n) => `${n}\u200e%\u200e`,
};

/** Items of a list: a comma in the language's script, no "and" (announcements, subtitles, names). */
const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { en: ', ', fr: ', ', de: ', ', it: ', ', es: ', ', ar: '، ' };

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A plain decimal formatter with every option that varies between engines stated. */
function decimals(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}|${maximumFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    // Grouping always, also in four-digit numbers: engines disagree on Italian and Spanish "9500" vs "9.500" otherwise.
    f = new Intl.NumberFormat(LOCALES[lang], { numberingSystem: 'latn', useGrouping: 'always', minimumFractionDigits: 0, maximumFractionDigits } as Intl.NumberFormatOptions);
    numberFormats.set(key, f);
  }
  return f;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${lang}|${key}`;
  let f = dateFormats.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn', ...options });
    dateFormats.set(k, f);
  }
  return f;
}

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

export function formatNumber(lang: Lang, n: number): string {
  return decimals(lang, 0).format(n);
}

export function formatPercent(lang: Lang, percent: number): string {
  return PERCENT[lang](decimals(lang, 1).format(percent));
}

/** Full euro amount: "€175,000,000" (en), "175 000 000 €" (fr). */
export function formatEur(lang: Lang, amount: number): string {
  return EURO[lang](decimals(lang, 0).format(amount));
}

/** A figure in the language's own short scale words with at most `digits` decimals: "22.8k", "1,5 Mio.". */
function compact(lang: Lang, n: number, digits: number): string {
  const size = Math.abs(n);
  const scales = SCALES[lang];
  const at = scales.findIndex((scale) => size >= scale.from);
  if (at < 0) return decimals(lang, digits).format(n);
  const round = (scale: Scale): number => Math.round((size / scale.from) * 10 ** digits) / 10 ** digits;
  // A mantissa that rounds up to 1,000 moves to the next scale word: 999,960 reads "1m", not "1,000k".
  const larger = scales[at - 1];
  const scale = larger && round(scales[at]!) >= larger.from / scales[at]!.from ? larger : scales[at]!;
  return `${decimals(lang, digits).format(Math.sign(n) * round(scale))}${scale.word}`;
}

/** Compact euro amount for legends and charts: "€1.8bn", "€175m", "175 Mio. €". */
export function formatEurCompact(lang: Lang, amount: number): string {
  return EURO[lang](compact(lang, amount, 2));
}

/** Compact count for legends: "22.8k", "1.5m", "22.800" (de). */
export function formatCompact(lang: Lang, n: number): string {
  return compact(lang, n, 1);
}

/** "September 2015". */
export function formatMonth(lang: Lang, month: Month): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return dateFormat(lang, 'month', { year: 'numeric', month: 'long' }).format(Date.UTC(y, m - 1, 1));
}

/** A partial date as the documents give it: "2015", "June 2014", "9 September 2015". */
export function formatPartialDate(lang: Lang, date: string): string {
  const parts = date.split('-').map(Number);
  const [y, m, d] = parts as [number, number | undefined, number | undefined];
  if (m === undefined) return String(y);
  if (d === undefined) return dateFormat(lang, 'month', { year: 'numeric', month: 'long' }).format(Date.UTC(y, m - 1, 1));
  return dateFormat(lang, 'day', { year: 'numeric', month: 'long', day: 'numeric' }).format(Date.UTC(y, m - 1, d));
}

/** A calendar day of the reader's clock: "7 December 2026" (the day a deck was made). */
export function formatDay(lang: Lang, day: Date): string {
  return formatPartialDate(lang, `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`);
}

/**
 * A closed period of partial dates: "2015–2020" between two years, "June 2014 – May 2016" otherwise, one date when
 * both ends are the same. Open periods ("since 2011") need a message: see period() in i18n/period.ts.
 */
export function formatDateRange(lang: Lang, from: string, to: string): string {
  if (from === to) return formatPartialDate(lang, from);
  const years = /^\d{4}$/.test(from) && /^\d{4}$/.test(to);
  return years ? `${from}–${to}` : `${formatPartialDate(lang, from)} – ${formatPartialDate(lang, to)}`;
}

/** Items as a list in the language: "Niger, Mali, Libya"; "الطرق، البلدان الشريكة". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return items.join(LIST_SEPARATOR[lang]);
}
