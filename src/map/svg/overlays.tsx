// The SVG map's drawing of each overlay of the registry (../overlays.ts), by id: SvgMap.tsx draws them in the
// registry's order. Each reads its own selector, so an overlay that is off reads nothing.
import type { FunctionComponent } from 'preact';
import type { LineString, MultiPolygon, Polygon, Position, FeatureCollection } from 'geojson';
import { useAppState, useModel } from '../../context';
import { t } from '../../i18n/t';
import { fundingStageName, hostedFigureLabel, instrumentName, recipientName } from '../../i18n/enumerations';
import { amountText } from '../../i18n/standing';
import type { Lang, Selection } from '../../state/types';
import type { OverlayKey } from '../layers/overlay';
import { partnerFeatures } from '../layers/partners';
import { fundingFeatures } from '../layers/funding';
import { missionFeatures } from '../layers/missions';
import { displacementFeatures, hostedFigureFeatures } from '../layers/displacement';
import type { RouteProperties } from '../style/routes';
import type { SvgFrame } from './common';
import { SvgPartners } from './partners';
import { SvgFunding } from './funding';
import { SvgRoutes, type RouteLayout } from './routes';
import { SvgDisplacement } from './displacement';
import { SvgMissions } from './missions';

/** What every overlay is drawn in: the frame, the countries' outlines and points, and the routes as laid out. */
export interface SvgScene {
  frame: SvgFrame;
  lang: Lang;
  selection: Selection | null;
  countryPaths: ReadonlyMap<string, string>;
  countryPoints: ReadonlyMap<string, Position>;
  geometries: ReadonlyMap<string, Polygon | MultiPolygon>;
  /** Laid out by the map, whose country labels keep clear of the route labels; null when routes are off. */
  routes: { features: FeatureCollection<LineString, RouteProperties>; layout: RouteLayout } | null;
}

export type SvgOverlay = FunctionComponent<{ scene: SvgScene }>;

const Partners: SvgOverlay = ({ scene }) => {
  const { views } = useModel();
  const partners = useAppState((s) => views.partners(s));
  return <SvgPartners features={partnerFeatures(partners, scene.geometries, scene.selection)} countryPaths={scene.countryPaths} theme={scene.frame.theme} />;
};

const Funding: SvgOverlay = ({ scene }) => {
  const { model, views } = useModel();
  const drawn = useAppState((s) => views.fundingDrawn(s));
  const { lang } = scene;
  const labelOf = (id: string): string => {
    const flow = model.funding.get(id);
    return flow ? t(lang, 'fundingArcLabel', { amount: amountText(lang, flow), kind: fundingStageName(lang, flow.stage), recipients: recipientName(lang, model, flow), instrument: instrumentName(lang, model, flow.instrument) }) : id;
  };
  return <SvgFunding features={fundingFeatures(drawn, scene.countryPoints, scene.selection)} frame={scene.frame} labelOf={labelOf} />;
};

const Routes: SvgOverlay = ({ scene }) => (scene.routes ? <SvgRoutes features={scene.routes.features} frame={scene.frame} layout={scene.routes.layout} /> : null);

const Displacement: SvgOverlay = ({ scene }) => {
  const { views } = useModel();
  const displacement = useAppState((s) => views.displacement(s));
  const hosted = useAppState((s) => views.hostedFigures(s));
  const { lang } = scene;
  return <SvgDisplacement circles={displacementFeatures(displacement, scene.countryPoints)} hosted={hostedFigureFeatures(hosted, scene.countryPoints, (f) => hostedFigureLabel(lang, f))} frame={scene.frame} />;
};

const Missions: SvgOverlay = ({ scene }) => {
  const { views } = useModel();
  const missions = useAppState((s) => views.missions(s));
  return <SvgMissions features={missionFeatures(missions, scene.selection, scene.lang)} frame={scene.frame} />;
};

/** Null: drawn with the countries' own fills (basemap.tsx), which take the members at the date. */
export const SVG_OVERLAYS: Readonly<Record<OverlayKey, SvgOverlay | null>> = {
  'eu-members': null,
  partners: Partners,
  funding: Funding,
  routes: Routes,
  displacement: Displacement,
  missions: Missions,
};
