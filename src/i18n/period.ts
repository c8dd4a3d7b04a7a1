// A period as the UI says it, open or closed: "2015–2020", "from 2011", "until June 2016" (the open ends need a
// message), and, for a running total, "since 2011". The one formatter of periods: the dossier, the data table and the
// funding texts (standing.ts) all say a period through it.
import type { Lang } from '../state/types';
import { formatDateRange, formatPartialDate } from './format';
import { t } from './t';

/**
 * The period of a record from its partial dates: a range, "from …", "until …", or '' when neither end is known. Given
 * the date of the document that states it, a period that ends in the statement's own month is a running total to date
 * and reads "since {from}".
 */
export function formatPeriod(lang: Lang, from: string | null | undefined, to: string | null | undefined, stated?: string | null): string {
  const runningToDate = !!to && !!stated && stated.startsWith(to);
  if (from && to && !runningToDate) return formatDateRange(lang, from, to);
  if (from) return t(lang, runningToDate ? 'periodSince' : 'since', { date: formatPartialDate(lang, from) });
  if (to && !runningToDate) return t(lang, 'until', { date: formatPartialDate(lang, to) });
  return '';
}
