// The legend drawn into the PNG export: the same entries as the on-screen legend, for what the view shows.
import { FUNDING_STAGES, MISSION_KINDS } from '../data/kinds';
import type { Figure, FundingFlow } from '../data/schema';
import type { MissionAtDate } from '../selectors/missions';
import type { Model } from '../data/model';
import type { LegendEntry } from '../export/png';
import { t } from '../i18n/t';
import type { MapTheme } from '../map/theme';
import { apartSwatch, partnerSwatch } from '../map/style/partners';
import { missionSymbol, paintMissionSymbol } from '../map/style/missions';
import { fundingColour } from '../map/style/funding';
import { PARTNER_CATEGORIES, type PartnerView } from '../selectors/partners';
import type { Lang, OverlayId } from '../state/types';
import { fundingStageName, missionKindName, partnerCategoryName } from '../i18n/enumerations';

export interface LegendInput {
  lang: Lang;
  theme: MapTheme;
  model: Model;
  overlays: Readonly<Record<OverlayId, boolean>>;
  partners: readonly PartnerView[];
  missions: readonly MissionAtDate[];
  fundingDrawn: readonly FundingFlow[];
  /** The documents' counts of refugees hosted that the map places at their hosts. */
  hostedFigures?: readonly Figure[];
}

export function pngLegend({ lang, theme, overlays, partners, missions, fundingDrawn, hostedFigures = [] }: LegendInput): LegendEntry[] {
  const entries: LegendEntry[] = [{ label: t(lang, 'euMembers'), colour: theme.eu, shape: 'fill' }];
  if (overlays.partners) {
    const present = new Set(partners.map((p) => p.category));
    for (const c of PARTNER_CATEGORIES) if (present.has(c)) entries.push({ label: partnerCategoryName(lang, c), colour: partnerSwatch(theme, c), shape: 'fill' });
  }
  if (overlays.routes) entries.push({ label: t(lang, 'layerRoutes'), colour: theme.route, shape: 'line' });
  if (overlays.missions) {
    const present = new Set(missions.map((m) => m.kind));
    for (const k of MISSION_KINDS) {
      if (!present.has(k)) continue;
      // The map's symbol (style/missions.ts), drawn at the legend's size.
      const symbol = (ctx: CanvasRenderingContext2D, size: number): void => paintMissionSymbol(ctx, missionSymbol(k, theme, size));
      entries.push({ label: missionKindName(lang, k), colour: theme.mission[k], shape: 'dot', symbol });
    }
  }
  const apart = (overlays.partners && partners.some((p) => p.lastReportedOnly)) || (overlays.missions && missions.some((m) => m.standing !== 'current'));
  if (apart) entries.push({ label: t(lang, 'legendApart'), colour: apartSwatch(theme), shape: 'fill' });
  if (overlays.funding) {
    for (const kind of FUNDING_STAGES) {
      if (fundingDrawn.some((f) => f.stage === kind)) entries.push({ label: t(lang, 'fundingLegendKind', { kind: fundingStageName(lang, kind) }), colour: fundingColour(theme, kind), shape: 'line' });
    }
  }
  if (overlays.displacement) entries.push({ label: t(lang, 'layerDisplacement'), colour: theme.displacement, shape: 'dot' });
  if (overlays.displacement && hostedFigures.length > 0) entries.push({ label: t(lang, 'hostedFiguresLegend'), colour: theme.displacementStroke, shape: 'dot' });
  return entries;
}
