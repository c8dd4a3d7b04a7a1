// Funding flows overlay: arcs from Brussels to each recipient (or the centre of a group of recipients or of a region's
// named countries), width by amount, colour by stage of amount. Only amounts current at the date, never a context
// envelope, and an aggregate hides its parts. The WebGL source leaves out arcs buried under their path (buried-arcs.ts).
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { FundingFlow } from '../../data/schema';
import { fundingArcLine } from '../../selectors/funding-arcs';
import type { ViewSelectors } from '../../selectors/view';
import type { Selection } from '../../state/types';
import { LAYER, SOURCE } from '../ids';
import type { OverlayLayers } from './overlay';
import { emphasisOpacity, matchExpression } from '../expressions';
import { derivedSource } from '../sync';
import { emphasis, type Emphasis } from '../style/common';
import { FUNDING_STYLE, fundingColour, fundingOpacity, fundingWidth, type FundingArcProperties } from '../style/funding';
import { FUNDING_STAGES } from '../../data/kinds';
import { MAP_THEMES } from '../theme';
import { coveringDepth, withoutBuriedArcs } from './buried-arcs';

type ArcFeature = Feature<LineString, FundingArcProperties>;
/**
 * An amount's arc feature, rebuilt only when its emphasis changes (its record, and so its end and width, never do):
 * a filter change or a step hands the map's diff the same objects for the arcs that stay, which it skips at once.
 */
const arcFeatures = new WeakMap<ReadonlyMap<string, Position>, WeakMap<FundingFlow, ArcFeature | null>>();
function arcFeature(f: FundingFlow, countryPoints: ReadonlyMap<string, Position>, selection: Selection | null): ArcFeature | null {
  const wanted = emphasis(selection, 'funding', f.id);
  let cache = arcFeatures.get(countryPoints);
  if (!cache) arcFeatures.set(countryPoints, (cache = new WeakMap()));
  const held = cache.get(f);
  if (held !== undefined && (held === null || held.properties.emphasis === wanted)) return held;
  const line = fundingArcLine(f, countryPoints);
  // Worldwide or regional amounts without a place: listed in the panel, not drawn.
  const feature: ArcFeature | null = line
    ? {
        type: 'Feature',
        id: f.id,
        properties: { id: f.id, instrument: f.instrument, stage: f.stage, amount: f.amountEur ?? 0, width: Math.round(fundingWidth(f.amountEur ?? 0) * 10) / 10, emphasis: wanted },
        geometry: line,
      }
    : null;
  cache.set(f, feature);
  return feature;
}

export function fundingFeatures(
  drawn: readonly FundingFlow[],
  countryPoints: ReadonlyMap<string, Position>,
  selection: Selection | null,
): FeatureCollection<LineString, FundingArcProperties> {
  const features: ArcFeature[] = [];
  for (const f of drawn) {
    const feature = arcFeature(f, countryPoints, selection);
    if (feature) features.push(feature);
  }
  // Widest first, so thin arcs are drawn on top and stay clickable.
  features.sort((a, b) => b.properties.amount - a.properties.amount);
  return { type: 'FeatureCollection', features };
}

/**
 * How deep a stack of arcs of one look buries the next, at each emphasis: from the faintest opacity of any theme, as a
 * theme switch repaints without rebuilding the source.
 */
const BURYING_DEPTH: Readonly<Record<Emphasis, number>> = (() => {
  const levels = MAP_THEMES.map(fundingOpacity);
  const at = (e: Emphasis): number => coveringDepth(Math.min(...levels.map((l) => l[e])));
  return { normal: at('normal'), selected: at('selected'), dimmed: at('dimmed') };
})();

export function fundingOverlay(views: ViewSelectors, countryPoints: ReadonlyMap<string, Position>): OverlayLayers {
  const arcs = derivedSource(
    SOURCE.funding,
    views.fundingDrawn,
    (drawn, s) => ({ type: 'FeatureCollection', features: withoutBuriedArcs(fundingFeatures(drawn, countryPoints, s.selection).features, BURYING_DEPTH) }),
    { tolerance: 1 },
  );
  return {
    sources: { [SOURCE.funding]: arcs },
    layers: (theme) => [
      {
        id: LAYER.fundingArcs,
        type: 'line',
        source: SOURCE.funding,
        // Widest first, so thin arcs are drawn on top and stay visible: updateData appends new features at the end.
        layout: { 'line-cap': 'round', 'line-sort-key': ['-', 0, ['get', 'amount']] },
        paint: {
          'line-color': matchExpression(['get', 'stage'], FUNDING_STAGES.map((k) => [k, fundingColour(theme, k)] as const), theme.fundingArc),
          'line-width': ['get', 'width'],
          'line-opacity': emphasisOpacity(fundingOpacity(theme)),
        },
      },
      {
        // Invisible and wider, for the pointer: the arcs' own layout, so both layers share one bucket (cut once).
        id: LAYER.fundingArcsHit,
        type: 'line',
        source: SOURCE.funding,
        layout: { 'line-cap': 'round', 'line-sort-key': ['-', 0, ['get', 'amount']] },
        paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': ['+', ['get', 'width'], FUNDING_STYLE.hitExtra] },
      },
    ],
    hitLayers: [{ layer: LAYER.fundingArcsHit, kind: 'funding' }],
  };
}
