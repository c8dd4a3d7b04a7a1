// One sentence per change of the comparison, in the reader's language: the list, the data table, the CSV, the PNG and
// the handout all say a change the same way.
import type { Model } from '../../data/model';
import type { Change, ChangeType, RouteComparison } from '../../selectors/changes';
import type { Lang } from '../../state/types';
import { countryName } from '../../i18n/countries';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { MessageKey } from '../../i18n/language-pack';
import { agreementTypeName, fundingStageName, groupName, instrumentName, metricName, missionKindName, nameIn, recipientName, statusName } from '../../i18n/enumerations';
import { amountText } from '../../i18n/standing';
import { formatDateRange } from '../../i18n/format';

export const SECTION_TITLES: Record<ChangeType, MessageKey> = {
  group: 'compareSectionGroup',
  agreement: 'compareSectionAgreement',
  mission: 'compareSectionMission',
  funding: 'compareSectionFunding',
  'route-figure': 'compareSectionRoutes',
};

export function changeText(lang: Lang, model: Model, change: Change): string {
  switch (change.type) {
    case 'group': {
      const country = countryName(lang, change.country, model.countries.get(change.country)?.name);
      if (change.group === 'eu-member') return t(lang, change.event === 'joined' ? 'compareJoinedEu' : 'compareLeftEu', { country });
      return t(lang, change.event === 'joined' ? 'compareJoined' : 'compareLeft', { country, group: groupName(lang, change.group).toLowerCase() });
    }
    case 'agreement': {
      const name = `${nameIn(lang, change.agreement)} (${agreementTypeName(lang, change.agreement.type)})`;
      const status = statusName(lang, change.status);
      if (change.previous === null) return t(lang, 'compareAgreementStarted', { name, status });
      return t(lang, 'compareAgreementStatus', { name, previous: statusName(lang, change.previous), status });
    }
    case 'mission':
      return t(lang, change.event === 'opened' ? 'compareMissionOpened' : 'compareMissionClosed', { name: nameIn(lang, change.mission), kind: missionKindName(lang, change.mission.kind) });
    case 'funding': {
      const f = change.record;
      return t(lang, 'compareFunding', { amount: amountText(lang, f), kind: fundingStageName(lang, f.stage).toLowerCase(), place: recipientName(lang, model, f), instrument: instrumentName(lang, model, f.instrument) });
    }
    case 'route-figure': {
      const f = change.figure;
      const period = formatDateRange(lang, f.from, f.to);
      return t(lang, 'compareRouteFigure', { route: nameIn(lang, change.route), value: formatNumber(lang, f.value), metric: metricName(lang, f.metric), period });
    }
  }
}

/** A route's figures at the two dates: set side by side only when they count the same thing. */
export function routeComparisonText(lang: Lang, r: RouteComparison): string {
  const route = nameIn(lang, r.route);
  if (!r.comparable || !r.a || !r.b) return t(lang, 'compareRouteNotComparable', { route });
  return t(lang, 'compareRouteCompared', { route, a: formatNumber(lang, r.a.value), b: formatNumber(lang, r.b.value), metric: metricName(lang, r.a.metric) });
}
