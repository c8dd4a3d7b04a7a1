// How a dated record's standing and a funding amount read: "last reported September 2015", "planned", an amount with
// its hedge or "amount not stated", a total with what it adds ("at least €1.29 billion") and the period it covers.
import type { FundingFlow } from '../data/schema';
import type { Model } from '../data/model';
import type { FundingTotal, TotalQualifier } from '../selectors/funding';
import { documentDate, type Standing } from '../selectors/time';
import type { Lang } from '../state/types';
import { fundingDonorName, fundingStageName, qualifierName } from './enumerations';
import { formatEur, formatPartialDate } from './format';
import { formatPeriod } from './period';
import { t } from './t';

/** "last reported September 2015" for a record past the horizon, "planned" for one only announced, nothing when current. */
export function standingNote(lang: Lang, standing: Standing, lastReported: string | null): string {
  if (standing === 'planned') return t(lang, 'standingPlanned');
  if (standing === 'last-reported') return lastReported ? t(lang, 'standingLastReported', { date: formatPartialDate(lang, lastReported) }) : t(lang, 'standingLastReportedUndated');
  return '';
}

/** A name with its standing: "EUTM Somalia · last reported September 2015". */
export function standingLabel(lang: Lang, name: string, standing: Standing, lastReported: string | null): string {
  const note = standingNote(lang, standing, lastReported);
  return note ? `${name} · ${note}` : name;
}

/** An amount as the document gives it: its hedge before it ("more than €377,000,000"), or "amount not stated". */
export function amountText(lang: Lang, f: Pick<FundingFlow, 'amountEur' | 'qualifier'>): string {
  if (f.amountEur === null) return t(lang, 'amountNotStated');
  const amount = formatEur(lang, f.amountEur);
  return f.qualifier ? `${qualifierName(lang, f.qualifier)} ${amount}` : amount;
}

const TOTAL_QUALIFIER_KEYS = { 'at-least': 'totalAtLeast', about: 'totalAbout', 'less-than': 'totalLessThan', indicative: 'totalIndicative' } as const satisfies Record<TotalQualifier, string>;

/** A total with the hedge its parts carry: "at least €1,290,000,000". */
export function totalAmountText(lang: Lang, total: Pick<FundingTotal, 'amount' | 'qualifier'>, format: (lang: Lang, n: number) => string = formatEur): string {
  const amount = format(lang, total.amount);
  return total.qualifier ? t(lang, TOTAL_QUALIFIER_KEYS[total.qualifier], { amount }) : amount;
}

/**
 * The period an amount covers and when it was stated: "since 2011, stated 9 September 2015", "2014 – 2016",
 * "to 2024". The statement date is said when the document is later than the period's start (a running total).
 */
export function fundingPeriodText(lang: Lang, model: Model, f: Pick<FundingFlow, 'from' | 'to' | 'source'>): string {
  const stated = documentDate(model, f.source);
  const period = formatPeriod(lang, f.from, f.to, stated);
  if (!stated) return period;
  const statedText = t(lang, 'statedOn', { date: formatPartialDate(lang, stated) });
  return period ? `${period}, ${statedText}` : statedText;
}

/** A total's heading: its stage, its donor and its period ("Allocated by the European Commission · 2015"). */
export function totalHeading(lang: Lang, model: Model, total: FundingTotal): string {
  const first = total.records[0]!;
  const period = formatPeriod(lang, total.from, total.to, documentDate(model, first.source));
  const head = t(lang, 'fundingTotalOf', { stage: fundingStageName(lang, total.stage), donor: fundingDonorName(lang, total.donor) });
  return period ? `${head} · ${period}` : head;
}
