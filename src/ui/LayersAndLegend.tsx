// Layer switcher and legend in one panel: the legend shows only what is visible, with real values.
import { memo } from 'preact/compat';
import { useAppState, useActions } from './context';
import { useModel } from './context';
import { themeOf } from '../map/theme';
import { apartSwatch, partnerSwatch, PARTNER_HATCH } from '../map/style/partners';
import type { FundingStage } from '../selectors/funding';
import { OVERLAY_IDS, type Lang } from '../state/types';
import { t } from '../i18n/t';
import { formatCompact, formatEurCompact, formatNumber } from '../i18n/format';
import { fundingStageName, layerName, metricName, nameIn, partnerCategoryName, missionKindName } from '../i18n/enumerations';
import { PARTNER_CATEGORIES, type PartnerView } from '../selectors/partners';
import { memoize, memoizeList } from '../selectors/memo';
import { FUNDING_STAGES, MISSION_KINDS } from '../data/kinds';
import type { FundingFlow, Mission } from '../data/schema';
import { routeWidthScale, type RouteView } from '../selectors/routes';
import { fundingWidth } from '../map/style/funding';
import { DISPLACEMENT_CIRCLE, displacementRadius, HOSTED_RING } from '../map/style/displacement';
import { routeCentreDash, routeCentreWidth } from '../map/style/routes';
import { MissionShape } from '../map/svg/mission-shape';
import { formatDateRange } from '../i18n/format';

/** The measure and period of each drawn route's figure, as one string so the legend re-renders only when they change. */
const measuresKey = memoize((routes: readonly RouteView[], lang: Lang): string =>
  JSON.stringify(routes.filter((r) => r.figure).map((r) => ({ id: r.route.id, name: nameIn(lang, r.route), metric: r.figure!.metric, from: r.figure!.from, to: r.figure!.to }))),
);
const categoriesKey = memoize((partners: readonly PartnerView[]): string => [...new Set(partners.map((p) => p.category))].join(','));
const kindsKey = memoize((missions: readonly Mission[]): string => [...new Set(missions.map((m) => m.kind))].join(','));
/** Kinds of amount among the drawn arcs, in the schema's order: a new list only when they change. */
const fundingKindsDrawn = memoizeList((drawn: readonly FundingFlow[]): FundingStage[] => FUNDING_STAGES.filter((k) => drawn.some((f) => f.stage === k)));

/**
 * Whether the window is wider than a phone's (the legend then starts open), as of the last resize. Kept from the resize
 * event, not read in render: window.innerWidth forces a layout of the page, mid-render, on every filter change.
 */
let wide: boolean | undefined;
function wideWindow(): boolean {
  if (typeof window === 'undefined') return true;
  if (wide === undefined) {
    wide = window.innerWidth > 720;
    window.addEventListener('resize', () => {
      wide = window.innerWidth > 720;
    });
  }
  return wide;
}

/** The drawn routes' measures and periods (hundreds with large data): re-rendered only when they change, not with the rest of the legend. */
const RouteMeasures = memo(function RouteMeasures({ measures, lang }: { measures: string; lang: Lang }) {
  const list = JSON.parse(measures) as Array<{ id: string; name: string; metric: string; from: string; to: string }>;
  if (list.length === 0) return null;
  return (
    <ul class="legend-measures" data-testid="route-measures">
      {list.map((m) => (
        <li key={m.id}>{t(lang, 'routeMeasure', { route: m.name, measure: metricName(lang, m.metric), period: formatDateRange(lang, m.from, m.to) })}</li>
      ))}
    </ul>
  );
});

export function LayersAndLegend({ compact = false }: { compact?: boolean }) {
  const overlays = useAppState((s) => s.view.overlays);
  const lang = useAppState((s) => s.view.lang);
  const { toggleOverlay } = useActions();
  const { model, views } = useModel();
  // The legend re-renders when what it lists changes, not whenever the lists behind it do.
  const presentCategories = new Set(useAppState((s) => categoriesKey(views.partners(s))).split(','));
  const presentKinds = new Set(useAppState((s) => kindsKey(views.missions(s))).split(','));
  const kindsDrawn = useAppState((s) => fundingKindsDrawn(views.fundingDrawn(s)));
  const routeMeasures = useAppState((s) => measuresKey(views.routes(s), s.view.lang));
  // The EU of the selected date (28 members from July 2013 to January 2020).
  const memberCount = useAppState((s) => views.euMembers(s).length);
  const hostedCount = useAppState((s) => views.hostedFigures(s).length);
  const anyApart = useAppState((s) => views.anyApart(s));
  const theme = useAppState(themeOf);
  const routeScale = routeWidthScale(model);
  const maxRoute = routeScale.domain()[1] ?? 1;
  // The wide sample line carries the dotted centre of a schematic route, as drawn on the map.
  const centreDash = routeCentreDash({ schematic: true }, theme);
  const centreWidth = routeCentreWidth(routeScale(maxRoute));

  return (
    <details class={`legend${compact ? ' legend-compact' : ''}`} open={wideWindow()} aria-label={t(lang, 'legend')}>
      <summary class="legend-summary">
        {t(lang, 'layers')} · {t(lang, 'legend')}
      </summary>
      <fieldset class="layer-switcher">
        <legend class="visually-hidden">{t(lang, 'layers')}</legend>
        {OVERLAY_IDS.map((id) => (
          <label key={id} class="layer-toggle">
            <input type="checkbox" checked={overlays[id]} onChange={() => toggleOverlay(id)} data-layer={id} />
            {layerName(lang, id)}
          </label>
        ))}
      </fieldset>
      <ul class="legend-entries">
        <li class="legend-entry" data-legend="eu">
          <span class="swatch" style={{ background: theme.eu, borderColor: theme.euBorder }} />
          {t(lang, 'euMembers')} ({formatNumber(lang, memberCount)})
        </li>
        {overlays.partners &&
          PARTNER_CATEGORIES.filter((c) => presentCategories.has(c)).map((c) => (
            <li key={c} class="legend-entry" data-legend={`partners-${c}`}>
              <span class={`swatch${c === PARTNER_HATCH.category ? ' hatched' : ''}`} style={{ background: partnerSwatch(theme, c) }} />
              {partnerCategoryName(lang, c)}
            </li>
          ))}
        {overlays.routes && (
          <li class="legend-entry" data-legend="routes">
            <svg width="64" height="22" aria-hidden="true">
              <line x1="2" y1="6" x2="62" y2="6" stroke={theme.route} stroke-width={routeScale(maxRoute / 8)} />
              <line x1="2" y1="17" x2="62" y2="17" stroke={theme.route} stroke-width={routeScale(maxRoute)} />
              {centreDash && <line x1="2" y1="17" x2="62" y2="17" stroke={theme.routeCasing} stroke-width={centreWidth} stroke-dasharray={`${centreDash[0] * centreWidth} ${centreDash[1] * centreWidth}`} />}
            </svg>
            <span>
              {t(lang, 'routeWidth')}: {formatCompact(lang, maxRoute / 8)} / {formatCompact(lang, maxRoute)}
              <RouteMeasures measures={routeMeasures} lang={lang} />
            </span>
          </li>
        )}
        {overlays.missions &&
          MISSION_KINDS.filter((k) => presentKinds.has(k)).map((k) => (
            <li key={k} class="legend-entry" data-legend={`missions-${k}`}>
              <MissionShape kind={k} theme={theme} />
              {missionKindName(lang, k)}
            </li>
          ))}
        {anyApart && (
          <li class="legend-entry" data-legend="apart">
            <span class="swatch" style={{ background: apartSwatch(theme) }} />
            {t(lang, 'legendApart')}
          </li>
        )}
        {overlays.funding && kindsDrawn.length > 0 && (
          <>
            {kindsDrawn.map((kind) => (
              <li key={kind} class="legend-entry" data-legend={`funding-${kind}`}>
                <span class="swatch line" style={{ background: theme.fundingStage[kind] }} />
                {t(lang, 'fundingLegendKind', { kind: fundingStageName(lang, kind) })}
              </li>
            ))}
            <li class="legend-entry" data-legend="funding-width">
              <svg width="64" height="22" aria-hidden="true">
                <line x1="2" y1="5" x2="62" y2="5" stroke={theme.fundingArc} stroke-width={fundingWidth(1e8)} />
                <line x1="2" y1="15" x2="62" y2="15" stroke={theme.fundingArc} stroke-width={fundingWidth(5e9)} />
              </svg>
              <span>
                {t(lang, 'fundingWidth')}: {formatEurCompact(lang, 1e8)} / {formatEurCompact(lang, 5e9)}
              </span>
            </li>
          </>
        )}
        {overlays.displacement && (
          <li class="legend-entry" data-legend="displacement">
            <svg width="64" height={displacementRadius(5e6) * 2 + 2} aria-hidden="true">
              <circle cx="20" cy={displacementRadius(5e6) + 1} r={displacementRadius(5e6)} fill={theme.displacement} fill-opacity={DISPLACEMENT_CIRCLE.fillOpacity} stroke={theme.displacementStroke} stroke-width={DISPLACEMENT_CIRCLE.strokeWidth} />
              <circle cx="52" cy={displacementRadius(5e6) + 1} r={displacementRadius(1e6)} fill={theme.displacement} fill-opacity={DISPLACEMENT_CIRCLE.fillOpacity} stroke={theme.displacementStroke} stroke-width={DISPLACEMENT_CIRCLE.strokeWidth} />
            </svg>
            <span>
              {t(lang, 'displacementSize')}: {formatCompact(lang, 5e6)} / {formatCompact(lang, 1e6)}
            </span>
          </li>
        )}
        {overlays.displacement && hostedCount > 0 && (
          <li class="legend-entry" data-legend="hosted">
            <svg width="64" height="20" aria-hidden="true">
              <circle cx="20" cy="10" r={HOSTED_RING.radius} fill={theme.labelHalo} stroke={theme.displacementStroke} stroke-width={HOSTED_RING.strokeWidth} />
            </svg>
            <span>{t(lang, 'hostedFiguresLegend')}</span>
          </li>
        )}
      </ul>
    </details>
  );
}
