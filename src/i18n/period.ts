// A period as the UI says it, open or closed: "2015–2020", "since 2011", "until June 2016" (the open ends need a message).
import type { Lang } from '../state/types';
import { formatDateRange, formatPartialDate } from './format';
import { t } from './t';

/** The period of a record from its partial dates: a range, "since …", "until …", or '' when neither end is known. */
export function formatPeriod(lang: Lang, from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return formatDateRange(lang, from, to);
  if (from) return t(lang, 'since', { date: formatPartialDate(lang, from) });
  if (to) return t(lang, 'until', { date: formatPartialDate(lang, to) });
  return '';
}
