// The panel of a comparison: what changed between A and B, by section, each change with its date, its source and a
// button that selects it on the map and flies there; funding by kind of amount; says what the filters hide.
import type { Model } from '../../data/model';
import { changesBetween, CHANGE_TYPES, type Change, type ChangeList as Changes } from '../../selectors/changes';
import { fundingCountries } from '../../selectors/funding-countries';
import { formatMonth, formatPartialDate } from '../../i18n/format';
import { t } from '../../i18n/t';
import { useActions, useAppState } from '../context';
import { useModel } from '../context';
import { SourceQuote } from '../SourceQuote';
import { fundingStageName } from '../../i18n/enumerations';
import { changeText, routeComparisonText, SECTION_TITLES } from './change-text';

type Point = readonly number[];

/** Where the map goes for a change: the mission's place, the route's middle, or the country (first recipient). */
export function changeFocus(model: Model, countryPoints: ReadonlyMap<string, Point>, change: Change): { lon: number; lat: number } | null {
  const at = (p: Point | undefined): { lon: number; lat: number } | null => (p && p.length >= 2 ? { lon: p[0]!, lat: p[1]! } : null);
  switch (change.type) {
    case 'mission':
      return { lon: change.mission.location.lon, lat: change.mission.location.lat };
    case 'route-figure': {
      const w = change.route.waypoints[Math.floor(change.route.waypoints.length / 2)];
      return w ? { lon: w.lon, lat: w.lat } : null;
    }
    case 'funding':
      return at(countryPoints.get(fundingCountries(change.record)[0] ?? ''));
    default:
      return at(countryPoints.get(change.target.id));
  }
}

function ChangeItem({ change, countryPoints }: { change: Change; countryPoints: ReadonlyMap<string, Point> }) {
  const { model } = useModel();
  const lang = useAppState((s) => s.view.lang);
  const { select, setCamera } = useActions();
  const show = (): void => {
    select(change.target);
    const focus = changeFocus(model, countryPoints, change);
    if (focus) setCamera({ ...focus, zoom: 4 }, 'app');
  };
  return (
    <li class="compare-change" data-change-key={change.key} data-change-type={change.type}>
      <time class="compare-change-date">{formatPartialDate(lang, change.date)}</time> <span class="compare-change-text">{changeText(lang, model, change)}</span>{' '}
      <button type="button" class="link-button" onClick={show}>
        {t(lang, 'compareShowOnMap')}
      </button>{' '}
      <SourceQuote citation={change.citation} />
    </li>
  );
}

/** The change list of the current comparison with the current filters (null without a comparison). */
export function useChangeList(): Changes | null {
  const { model } = useModel();
  const compare = useAppState((s) => s.compare);
  const filters = useAppState((s) => s.filters);
  return compare ? changesBetween(model, filters, compare.a, compare.b) : null;
}

export function ChangeList({ countryPoints }: { countryPoints: ReadonlyMap<string, Point> }) {
  const lang = useAppState((s) => s.view.lang);
  const list = useChangeList();
  if (!list) return null;
  const sections = CHANGE_TYPES.filter((type) => type !== 'funding' && type !== 'route-figure').map((type) => ({ type, changes: list.changes.filter((c) => c.type === type) }));
  const routeFigures = list.changes.filter((c) => c.type === 'route-figure');
  const items = (changes: readonly Change[]) => (
    <ul class="compare-changes-list">
      {changes.map((c) => (
        <ChangeItem key={c.key} change={c} countryPoints={countryPoints} />
      ))}
    </ul>
  );
  return (
    <section class="compare-changes" data-testid="compare-changes" aria-labelledby="compare-changes-title">
      <h2 id="compare-changes-title">{t(lang, 'compareTitle', { a: formatMonth(lang, list.from), b: formatMonth(lang, list.to) })}</h2>
      {list.hidden > 0 && (
        <p class="compare-hidden" role="status" data-testid="compare-hidden">
          {t(lang, 'compareHidden', { count: list.hidden })}
        </p>
      )}
      {list.changes.length === 0 && <p>{t(lang, 'compareNone')}</p>}
      {sections.map(
        ({ type, changes }) =>
          changes.length > 0 && (
            <section key={type} data-section={type}>
              <h3>{t(lang, SECTION_TITLES[type])}</h3>
              {items(changes)}
            </section>
          ),
      )}
      {list.fundingByStage.length > 0 && (
        <section data-section="funding">
          <h3>{t(lang, SECTION_TITLES.funding)}</h3>
          {list.fundingByStage.map((group) => (
            <div key={group.stage} data-funding-stage={group.stage}>
              <h4>{fundingStageName(lang, group.stage)}</h4>
              {items(group.changes)}
            </div>
          ))}
        </section>
      )}
      {(routeFigures.length > 0 || list.routes.length > 0) && (
        <section data-section="route-figure">
          <h3>{t(lang, SECTION_TITLES['route-figure'])}</h3>
          {items(routeFigures)}
          <ul class="compare-changes-list">
            {list.routes.map((r) => (
              <li key={r.route.id}>{routeComparisonText(lang, r)}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
