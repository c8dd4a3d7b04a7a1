// Displacement overlay: internally displaced persons as proportional circles at each country's label point.
import { scaleSqrt } from 'd3';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { Displacement } from '../../data/schema';
import type { ViewSelectors } from '../../selectors/view';
import { LAYER, SOURCE } from '../ids';
import type { MapOverlay } from './overlay';
import { bindVisibility, derivedSource } from './common';

export const displacementRadius = scaleSqrt().domain([0, 8e6]).range([0, 34]);

export function displacementFeatures(records: readonly Displacement[], countryPoints: ReadonlyMap<string, Position>): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const d of records) {
    const at = countryPoints.get(d.country);
    if (!at) continue;
    features.push({
      type: 'Feature',
      id: d.id,
      properties: { id: d.id, country: d.country, idps: d.idps, radius: Math.round(displacementRadius(d.idps) * 10) / 10 },
      geometry: { type: 'Point', coordinates: [...at] },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function displacementOverlay(views: ViewSelectors, countryPoints: ReadonlyMap<string, Position>): MapOverlay {
  const layerIds = [LAYER.displacementCircles];
  const circles = derivedSource(SOURCE.displacement, views.displacement, (records) => displacementFeatures(records, countryPoints));
  return {
    id: 'displacement',
    slot: 'symbols',
    sources: (s) => ({ [SOURCE.displacement]: circles.spec(s) }),
    layers: (theme) => [
      {
        id: LAYER.displacementCircles,
        type: 'circle',
        source: SOURCE.displacement,
        layout: { 'circle-sort-key': ['-', 0, ['get', 'idps']] },
        paint: {
          'circle-radius': ['get', 'radius'],
          'circle-color': theme.displacement,
          'circle-opacity': 0.45,
          'circle-stroke-color': theme.displacementStroke,
          'circle-stroke-width': 1.2,
        },
      },
    ],
    hitLayers: [],
    bind(map, store) {
      const offSource = circles.bind(map, store);
      const offVisible = bindVisibility(map, store, 'displacement', layerIds);
      return () => {
        offSource();
        offVisible();
      };
    },
  };
}
