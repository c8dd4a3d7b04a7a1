// Every number, date and euro amount the UI shows is formatted here, per locale.
import type { Lang, Month } from '../state/types';

// Arabic without a region: CLDR's default for Arabic (Arabic-Indic digits, the month names of most Arab states).
const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', it: 'it-IT', es: 'es-ES', ar: 'ar' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${lang}|n|${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(k, f);
  }
  return f;
}
function dateFormat(lang: Lang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${lang}|d|${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options });
    cache.set(k, f);
  }
  return f;
}

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

export function formatNumber(lang: Lang, n: number): string {
  return numberFormat(lang, 'int', { maximumFractionDigits: 0 }).format(n);
}

export function formatPercent(lang: Lang, percent: number): string {
  return numberFormat(lang, 'pct', { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** Full euro amount: "€175,000,000" (en), "175 000 000 €" (fr). */
export function formatEur(lang: Lang, amount: number): string {
  return numberFormat(lang, 'eur', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

/** Compact euro amount for legends and charts: "€1.8bn", "€175m". */
export function formatEurCompact(lang: Lang, amount: number): string {
  return numberFormat(lang, 'eurc', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 2 }).format(amount);
}

export function formatCompact(lang: Lang, n: number): string {
  return numberFormat(lang, 'compact', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
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
