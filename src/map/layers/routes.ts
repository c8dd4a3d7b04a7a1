// Routes overlay: curved schematic lines through waypoints, width by the period's figure, arrowheads and labels.
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import { pointAlong } from '../../geo/curves';
import type { ViewSelectors } from '../../selectors/view';
import type { RouteView } from '../../selectors/routes';
import type { Lang, Selection } from '../../state/types';
import { memoize } from '../../selectors/memo';
import { LAYER, SOURCE } from '../ids';
import type { OverlayLayers } from './overlay';
import { emphasisOpacity, perFeature } from '../expressions';
import { derivedSource } from '../sync';
import { emphasis } from '../style/common';
import { ROUTE_STYLE, routeLabelBudget, routeLabelRanks, routeOpacity, type RouteLabelProperties, type RouteProperties } from '../style/routes';

export function routeFeatures(routes: readonly RouteView[], selection: Selection | null, figureLabel: (r: RouteView) => string): FeatureCollection<LineString, RouteProperties> {
  return {
    type: 'FeatureCollection',
    features: routes.map(
      (r): Feature<LineString, RouteProperties> => ({
        type: 'Feature',
        id: r.route.id,
        properties: {
          id: r.route.id,
          name: r.route.name,
          label: figureLabel(r),
          width: r.width,
          schematic: r.route.schematic,
          emphasis: emphasis(selection, 'route', r.route.id),
        },
        geometry: r.geometry,
      }),
    ),
  };
}

// A route's curve is built once per model, so its half-way point is computed once too.
const midpoints = new WeakMap<LineString, Position>();
function midpoint(line: LineString): Position {
  let p = midpoints.get(line);
  if (!p) midpoints.set(line, (p = pointAlong(line, 0.5)));
  return p;
}

/** One label point per route, half-way along it, with its place in the queue for a label (routeLabelRanks). */
export function routeLabelFeatures(lines: FeatureCollection<LineString, RouteProperties>): FeatureCollection<Point, RouteLabelProperties> {
  const ranks = routeLabelRanks(lines.features.map((f) => f.properties));
  return {
    type: 'FeatureCollection',
    features: lines.features.map((f, i) => ({ type: 'Feature', id: f.id, properties: { ...f.properties, rank: ranks[i]! }, geometry: { type: 'Point', coordinates: midpoint(f.geometry) } })),
  };
}

/** The label budget of each zoom level as a layer filter: a route keeps its label while its rank is within it. */
function labelBudgetFilter(): ExpressionSpecification {
  const stops: Array<number> = [];
  for (let zoom = 5; zoom <= 9; zoom++) stops.push(zoom, routeLabelBudget(zoom));
  return ['<', ['get', 'rank'], ['step', ['zoom'], routeLabelBudget(4), ...stops]];
}

export function routesOverlay(views: ViewSelectors, figureLabel: (r: RouteView) => string): OverlayLayers {
  // Lines and label points come from the same features: built once per change, not once per source.
  const features = memoize((routes: readonly RouteView[], selection: Selection | null, _lang: Lang) => routeFeatures(routes, selection, figureLabel));
  const lines = derivedSource(SOURCE.routes, views.routes, (routes, s) => features(routes, s.selection, s.view.lang), { tolerance: 1 });
  const labels = derivedSource(SOURCE.routeLabels, views.routes, (routes, s) => routeLabelFeatures(features(routes, s.selection, s.view.lang)));
  return {
    sources: { [SOURCE.routes]: lines, [SOURCE.routeLabels]: labels },
    layers: (theme) => {
      const opacity = emphasisOpacity(routeOpacity(theme));
      const width: ExpressionSpecification = ['get', 'width'];
      return [
        {
          id: LAYER.routesCasing,
          type: 'line',
          source: SOURCE.routes,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': perFeature(theme.routeCasing), 'line-width': ['+', width, ROUTE_STYLE.casingExtra], 'line-opacity': ['*', ROUTE_STYLE.casingOpacity, opacity] },
        },
        {
          id: LAYER.routesLine,
          type: 'line',
          source: SOURCE.routes,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': perFeature(theme.route), 'line-width': width, 'line-opacity': opacity },
        },
        {
          // Schematic routes (all routes so far) carry a dotted centre line: they show a direction, not a road (routeCentreDash).
          id: LAYER.routesSchematic,
          type: 'line',
          source: SOURCE.routes,
          filter: ['==', ['get', 'schematic'], true],
          layout: { 'line-cap': 'butt', 'line-join': 'round' },
          paint: {
            'line-color': perFeature(theme.routeCasing),
            'line-width': ['max', ROUTE_STYLE.centreMin, ['*', ROUTE_STYLE.centreShare, width]],
            'line-opacity': ['*', ROUTE_STYLE.centreOpacity, opacity],
            'line-dasharray': ['literal', theme.routeSchematicDash],
          },
        },
        {
          id: LAYER.routesArrows,
          type: 'symbol',
          source: SOURCE.routes,
          layout: {
            'symbol-placement': 'line',
            'symbol-spacing': ROUTE_STYLE.arrowSpacing,
            'text-field': '▶',
            'text-font': ['sans-serif'],
            'text-size': ['+', ROUTE_STYLE.arrowBase, width],
            'text-keep-upright': false,
            'text-rotation-alignment': 'map',
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          },
          paint: { 'text-color': theme.route, 'text-halo-color': theme.routeCasing, 'text-halo-width': ROUTE_STYLE.arrowHalo, 'text-opacity': opacity },
        },
        {
          id: LAYER.routesLabel,
          type: 'symbol',
          source: SOURCE.routeLabels,
          filter: labelBudgetFilter(),
          layout: {
            'text-field': ['get', 'label'],
            'text-font': ['sans-serif'],
            'text-size': theme.labelSize,
            'text-max-width': 12,
            'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
            'text-radial-offset': ['+', 0.6, ['/', width, 12]],
            'text-justify': 'auto',
          },
          paint: { 'text-color': theme.routeLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': ROUTE_STYLE.labelHalo, 'text-opacity': opacity },
        },
        {
          // Invisible and wider than the route, for the pointer. The same layout as the drawn lines, so MapLibre cuts
          // the lines once for all three layers (layers that differ only in paint share one bucket).
          id: LAYER.routesHit,
          type: 'line',
          source: SOURCE.routes,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': ['+', width, ROUTE_STYLE.hitExtra] },
        },
      ];
    },
    hitLayers: [{ layer: LAYER.routesHit, kind: 'route' }],
  };
}
