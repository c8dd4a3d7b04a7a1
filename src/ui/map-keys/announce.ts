// What the live region says when the map's keyboard focus moves: name, what it is, its status or figure at the date.
// Pure (no DOM): the same text for both renderers and the "Map as text" list, and unit-tested.
import type { Model } from '../../data/model';
import type { FundingFlow } from '../../data/schema';
import { countryName } from '../../i18n/countries';
import { formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import type { MessageKey } from '../../i18n/language-pack';
import { pluralCategory, t } from '../../i18n/t';
import { countryFacts, routeStops, type MapContent, type RouteStop, type StopRole } from '../../selectors/map-features';
import type { RouteFigure } from '../../selectors/routes';
import type { Lang, MapFocus, Month } from '../../state/types';
import { fundingStageName, instrumentName, metricName, missionKindName, nameIn, partnerCategoryName, qualifierName, recipientName } from '../../i18n/enumerations';
import { amountText } from '../../i18n/standing';
import { formatList } from '../../i18n/format';

const ROLE_ON: Record<StopRole, MessageKey> = { origin: 'focusOriginOn', transit: 'focusTransitOn', destination: 'focusDestinationOn' };
const STOP: Record<StopRole, MessageKey> = { origin: 'focusStopOrigin', transit: 'focusStopTransit', destination: 'focusStopDestination' };

/** Parts of one announcement, read as a list ("a, b, c" in the language). */
function list(lang: Lang, parts: readonly string[]): string {
  return formatList(lang, parts);
}

function hedged(lang: Lang, qualifier: string | undefined, value: string): string {
  return qualifier ? `${qualifierName(lang, qualifier)} ${value}` : value;
}

export function routeCountText(lang: Lang, f: RouteFigure): string {
  return t(lang, 'focusRouteCount', { value: hedged(lang, f.qualifier, formatNumber(lang, f.value)), metric: metricName(lang, f.metric), from: formatPartialDate(lang, f.from), to: formatPartialDate(lang, f.to) });
}

export function fundingText(lang: Lang, model: Model, f: FundingFlow): string {
  const amount = amountText(lang, f);
  return t(lang, 'fundingArcLabel', { amount, kind: fundingStageName(lang, f.stage), recipients: recipientName(lang, model, f), instrument: instrumentName(lang, model, f.instrument) });
}

function country(lang: Lang, model: Model, iso2: string): string {
  return countryName(lang, iso2, model.countries.get(iso2)?.name);
}

/** "Niger, Other agreement or dialogue, transit country on the Sahel route…, EUCAP Sahel Niger (CSDP civilian mission), 2 funding amounts". */
export function countryText(lang: Lang, model: Model, content: MapContent, iso2: string): string {
  const facts = countryFacts(content, iso2);
  const parts = [country(lang, model, iso2)];
  if (facts.partner) parts.push(partnerCategoryName(lang, facts.partner.category));
  for (const { route, role } of facts.routes) parts.push(t(lang, ROLE_ON[role], { route: nameIn(lang, route) }));
  for (const m of facts.missions) parts.push(`${nameIn(lang, m)} (${missionKindName(lang, m.kind)})`);
  if (facts.funding.length) {
    const plural = pluralCategory(lang, facts.funding.length);
    parts.push(t(lang, plural === 'one' ? 'focusAmountsOne' : 'focusAmountsOther', { count: formatNumber(lang, facts.funding.length) }));
  }
  return list(lang, parts);
}

export function stopText(lang: Lang, model: Model, stops: readonly RouteStop[], index: number): string {
  const stop = stops[index]!;
  const parts = [t(lang, STOP[stop.role], { name: country(lang, model, stop.iso2), n: formatNumber(lang, index + 1), total: formatNumber(lang, stops.length) })];
  if (stop.share) {
    const s = stop.share;
    parts.push(t(lang, 'focusStopShare', { share: hedged(lang, s.qualifier, formatPercent(lang, s.percent)), from: formatPartialDate(lang, s.from), to: formatPartialDate(lang, s.to) }));
  }
  if (stop.count) parts.push(routeCountText(lang, stop.count));
  return list(lang, parts);
}

/** The announcement for a focus at the date, or '' when the focused thing is not on the map. */
export function focusText(lang: Lang, model: Model, content: MapContent, month: Month, focus: MapFocus): string {
  switch (focus.kind) {
    case 'country':
      return countryText(lang, model, content, focus.id);
    case 'route': {
      const view = content.routes.find((r) => r.route.id === focus.id);
      if (!view) return '';
      if (focus.stop !== undefined) {
        const stops = routeStops(model, view.route, month);
        return focus.stop < stops.length ? stopText(lang, model, stops, focus.stop) : '';
      }
      const name = nameIn(lang, view.route);
      return view.figure ? t(lang, 'focusRouteFigure', { name, figure: routeCountText(lang, view.figure) }) : t(lang, 'focusRoute', { name });
    }
    case 'mission': {
      const m = model.missions.get(focus.id);
      return m ? t(lang, 'focusMissionAt', { name: nameIn(lang, m), kind: missionKindName(lang, m.kind), place: m.location.name }) : '';
    }
    case 'funding': {
      const f = model.funding.get(focus.id);
      return f ? t(lang, 'focusFunding', { label: fundingText(lang, model, f) }) : '';
    }
  }
}

/** The focused thing's name alone ("EUCAP Sahel Niger", "Niger"), for saying that it has left the map. */
export function focusName(lang: Lang, model: Model, focus: MapFocus): string {
  switch (focus.kind) {
    case 'country':
      return country(lang, model, focus.id);
    case 'route': {
      const route = model.routes.get(focus.id);
      return route ? nameIn(lang, route) : focus.id;
    }
    case 'mission': {
      const m = model.missions.get(focus.id);
      return m ? nameIn(lang, m) : focus.id;
    }
    case 'funding': {
      const f = model.funding.get(focus.id);
      return f ? t(lang, 'focusFunding', { label: fundingText(lang, model, f) }) : focus.id;
    }
  }
}
