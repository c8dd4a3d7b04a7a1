// The one way the UI writes numbers, money, compact figures, percentages, dates, periods and lists (i18n/format.ts,
// i18n/period.ts): the project's own scale words and sign placement, the same in every engine (tests/engines checks
// that Firefox and WebKit write the whole table as Chromium does).
import { describe, expect, it } from 'vitest';
import { formatCompact, formatDateRange, formatEur, formatEurCompact, formatList, formatMonth, formatNumber, formatPercent } from '../../src/i18n/format';
import { formatPeriod } from '../../src/i18n/period';
import type { Lang, Month } from '../../src/state/types';

const NB = '\u00a0';

describe('compact figures use the project table of scale words, not the engine', () => {
  const cases: Array<[Lang, number, string, string]> = [
    // language, value, compact count, compact euros
    ['en', 22_800, '22.8k', '€22.8k'],
    ['en', 175_000_000, '175m', '€175m'],
    ['en', 1_800_000_000, '1.8bn', '€1.8bn'],
    ['fr', 22_800, `22,8${NB}k`, `22,8${NB}k${NB}€`],
    ['fr', 175_000_000, `175${NB}M`, `175${NB}M${NB}€`],
    ['fr', 1_800_000_000, `1,8${NB}Md`, `1,8${NB}Md${NB}€`],
    ['de', 22_800, '22.800', `22.800${NB}€`],
    ['de', 175_000_000, `175${NB}Mio.`, `175${NB}Mio.${NB}€`],
    ['de', 1_800_000_000, `1,8${NB}Mrd.`, `1,8${NB}Mrd.${NB}€`],
    ['it', 22_800, '22.800', `22.800${NB}€`],
    ['it', 12_500_000, `12,5${NB}Mln`, `12,5${NB}Mln${NB}€`],
    ['it', 5_000_000_000, `5${NB}Mld`, `5${NB}Mld${NB}€`],
    ['es', 22_800, `22,8${NB}mil`, `22,8${NB}mil${NB}€`],
    ['es', 1_800_000_000, `1.800${NB}M`, `1.800${NB}M${NB}€`],
    ['ar', 22_800, `22.8${NB}ألف`, `\u200f22.8${NB}ألف${NB}€`],
    ['ar', 175_000_000, `175${NB}مليون`, `\u200f175${NB}مليون${NB}€`],
  ];
  it.each(cases)('%s %d → %s / %s', (lang, value, count, money) => {
    expect(formatCompact(lang, value)).toBe(count);
    expect(formatEurCompact(lang, value)).toBe(money);
  });

  it('moves to the next scale word when the rounded figure reaches a thousand, and keeps small figures whole', () => {
    expect(formatCompact('en', 999_960)).toBe('1m');
    expect(formatCompact('en', 950)).toBe('950');
    expect(formatEurCompact('en', 950_000)).toBe('€950k');
    expect(formatCompact('en', -22_800)).toBe('-22.8k');
  });
});

describe('plain numbers, money and percentages state every option engines disagree on', () => {
  it('groups four-digit numbers in every language and writes Latin digits in Arabic', () => {
    expect(formatNumber('it', 9500)).toBe('9.500');
    expect(formatNumber('es', 9500)).toBe('9.500');
    expect(formatNumber('ar', 1_234_567)).toBe('1,234,567');
  });
  it('places the euro sign and the percent sign by language', () => {
    expect(formatEur('en', 175_000_000)).toBe('€175,000,000');
    expect(formatEur('fr', 175_000_000)).toBe(`175\u202f000\u202f000${NB}€`);
    expect(formatEur('de', 1_750_000)).toBe(`1.750.000${NB}€`);
    expect(formatPercent('en', 12.3)).toBe('12.3%');
    expect(formatPercent('fr', 12.3)).toBe(`12,3${NB}%`);
    expect(formatPercent('it', 0.5)).toBe('0,5%');
  });
});

describe('months, periods and lists', () => {
  it('writes a month and a date range in the language', () => {
    expect(formatMonth('es', '2015-09' as Month)).toBe('septiembre de 2015');
    expect(formatMonth('ar', '2015-09' as Month)).toBe('سبتمبر 2015');
    expect(formatDateRange('en', '2015', '2020')).toBe('2015–2020');
    expect(formatDateRange('en', '2014-06', '2016-05')).toBe('June 2014 – May 2016');
    expect(formatDateRange('de', '2015-09-09', '2015-09-09')).toBe('9. September 2015');
  });
  it('says an open period with the language own words', () => {
    expect(formatPeriod('en', '2011', null)).toBe('from 2011');
    expect(formatPeriod('fr', null, '2016-06')).toBe("jusqu'à juin 2016");
    expect(formatPeriod('es', '2011', undefined)).toBe('desde 2011');
    expect(formatPeriod('en', null, null)).toBe('');
  });
  it('says a period that ends in the month of the document stating it as a running total', () => {
    expect(formatPeriod('en', '2011', '2015-09', '2015-09-09')).toBe('since 2011');
    expect(formatPeriod('en', '2011', '2015-09', '2016-01-10')).toBe('2011 – September 2015');
    expect(formatPeriod('en', null, '2015-09', '2015-09-09')).toBe('');
  });
  it('joins a list with the comma of the language script', () => {
    expect(formatList('en', ['Niger', 'Mali'])).toBe('Niger, Mali');
    expect(formatList('ar', ['النيجر', 'مالي'])).toBe('النيجر، مالي');
  });
});
