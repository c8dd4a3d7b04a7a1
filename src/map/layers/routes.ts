// Routes overlay: curved schematic lines through waypoints, width by the period's figure, arrowheads and labels.
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { pointAlong } from '../../geo/curves';
import type { AppStore } from '../../state/store';
import type { ViewSelectors } from '../../selectors/view';
import type { RouteView } from '../../selectors/routes';
import type { Lang, Selection } from '../../state/types';
import { memoize } from '../../selectors/memo';
import { LAYER, SOURCE } from '../ids';
import type { MapOverlay } from './overlay';
import { emphasisOpacity, perFeature } from '../expressions';
import { bindVisibility, derivedSource, emphasis } from './common';

export function routeFeatures(routes: readonly RouteView[], selection: Selection | null, figureLabel: (r: RouteView) => string): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: routes.map(
      (r): Feature<LineString> => ({
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

/** One label point per route, half-way along it. */
export function routeLabelFeatures(lines: FeatureCollection<LineString>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: lines.features.map((f) => ({ type: 'Feature', id: f.id, properties: f.properties, geometry: { type: 'Point', coordinates: midpoint(f.geometry) } })),
  };
}

export function routesOverlay(views: ViewSelectors, figureLabel: (r: RouteView) => string): MapOverlay {
  const layerIds = [LAYER.routesCasing, LAYER.routesLine, LAYER.routesSchematic, LAYER.routesArrows, LAYER.routesLabel, LAYER.routesHit];
  // Lines and label points come from the same features: built once per change, not once per source.
  const features = memoize((routes: readonly RouteView[], selection: Selection | null, _lang: Lang) => routeFeatures(routes, selection, figureLabel));
  const lines = derivedSource(SOURCE.routes, views.routes, (routes, s) => features(routes, s.selection, s.view.lang));
  const labels = derivedSource(SOURCE.routeLabels, views.routes, (routes, s) => routeLabelFeatures(features(routes, s.selection, s.view.lang)));
  return {
    id: 'routes',
    slot: 'lines',
    sources: (s) => ({ [SOURCE.routes]: lines.spec(s), [SOURCE.routeLabels]: labels.spec(s) }),
    layers: (theme) => {
      const opacity = emphasisOpacity(theme.dimOpacity);
      return [
        {
          id: LAYER.routesCasing,
          type: 'line',
          source: SOURCE.routes,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': perFeature(theme.routeCasing), 'line-width': ['+', ['get', 'width'], 3], 'line-opacity': ['*', 0.9, opacity] },
        },
        {
          id: LAYER.routesLine,
          type: 'line',
          source: SOURCE.routes,
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': perFeature(theme.route), 'line-width': ['get', 'width'], 'line-opacity': opacity },
        },
        {
          // Schematic routes (all routes so far) carry a dotted centre line: they show a direction, not a road.
          id: LAYER.routesSchematic,
          type: 'line',
          source: SOURCE.routes,
          filter: ['==', ['get', 'schematic'], true],
          layout: { 'line-cap': 'butt', 'line-join': 'round' },
          paint: {
            'line-color': perFeature(theme.routeCasing),
            'line-width': ['max', 1, ['*', 0.18, ['get', 'width']]],
            'line-opacity': ['*', 0.9, opacity],
            'line-dasharray': ['literal', theme.routeSchematicDash],
          },
        },
        {
          id: LAYER.routesArrows,
          type: 'symbol',
          source: SOURCE.routes,
          layout: {
            'symbol-placement': 'line',
            'symbol-spacing': 90,
            'text-field': '▶',
            'text-font': ['sans-serif'],
            'text-size': ['+', 10, ['get', 'width']],
            'text-keep-upright': false,
            'text-rotation-alignment': 'map',
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          },
          paint: { 'text-color': theme.route, 'text-halo-color': theme.routeCasing, 'text-halo-width': 1, 'text-opacity': opacity },
        },
        {
          id: LAYER.routesLabel,
          type: 'symbol',
          source: SOURCE.routeLabels,
          layout: {
            'text-field': ['get', 'label'],
            'text-font': ['sans-serif'],
            'text-size': theme.labelSize,
            'text-max-width': 12,
            'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
            'text-radial-offset': ['+', 0.6, ['/', ['get', 'width'], 12]],
            'text-justify': 'auto',
          },
          paint: { 'text-color': theme.routeLabel, 'text-halo-color': theme.labelHalo, 'text-halo-width': 2, 'text-opacity': opacity },
        },
        {
          id: LAYER.routesHit,
          type: 'line',
          source: SOURCE.routes,
          paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': ['+', ['get', 'width'], 12] },
        },
      ];
    },
    hitLayers: [{ layer: LAYER.routesHit, kind: 'route' }],
    bind(map, store: AppStore) {
      const offSource = lines.bind(map, store);
      const offLabels = labels.bind(map, store);
      const offVisible = bindVisibility(map, store, 'routes', layerIds);
      return () => {
        offSource();
        offLabels();
        offVisible();
      };
    },
  };
}
