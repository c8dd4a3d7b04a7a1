// How a figure reads wherever it is shown: the document's hedge word ("around", "more than") before the number.
import { formatNumber } from '../i18n/format';
import type { RouteFigure, RouteView } from '../selectors/routes';
import type { Lang } from '../state/types';
import { metricName, nameIn, qualifierName } from './labels';

/** `text` (a formatted number or amount) after the document's qualifier, if it has one. */
export function hedged(lang: Lang, qualifier: string | undefined, text: string): string {
  return qualifier ? `${qualifierName(lang, qualifier)} ${text}` : text;
}

/** A route's figure with its measure: "around 885,000 detections". */
export function routeFigureText(lang: Lang, f: RouteFigure): string {
  return hedged(lang, f.qualifier, `${formatNumber(lang, f.value)} ${metricName(lang, f.metric)}`);
}

/** A route as the map labels it: its name and the period's figure. */
export function routeLabelText(lang: Lang, r: RouteView): string {
  const name = nameIn(lang, r.route);
  return r.figure ? `${name}: ${routeFigureText(lang, r.figure)}` : name;
}
