// Displacement overlay: internally displaced persons as proportional circles at each country's label point, and the
// documents' counts of refugees hosted as labelled rings at their hosts (another measure: not on the circles' scale).
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { Displacement, Figure } from '../../data/schema';
import type { ViewSelectors } from '../../selectors/view';
import type { Lang } from '../../state/types';
import { LAYER, SOURCE } from '../ids';
import type { OverlayLayers } from './overlay';
import { derivedSource } from '../sync';
import { DISPLACEMENT_CIRCLE, displacementRadius, HOSTED_RING, type DisplacementProperties, type HostedFigureProperties } from '../style/displacement';

export function displacementFeatures(records: readonly Displacement[], countryPoints: ReadonlyMap<string, Position>): FeatureCollection<Point, DisplacementProperties> {
  const features: Feature<Point, DisplacementProperties>[] = [];
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

/** One ring per place (the centre of the host countries), labelled with each figure hosted there (`label`, in the UI language). */
export function hostedFigureFeatures(figures: readonly Figure[], countryPoints: ReadonlyMap<string, Position>, label: (f: Figure) => string): FeatureCollection<Point, HostedFigureProperties> {
  const places = new Map<string, { at: Position; figures: Figure[] }>();
  for (const f of figures) {
    const points = (f.hosts ?? []).map((c) => countryPoints.get(c)).filter((p): p is Position => p !== undefined);
    if (points.length === 0) continue;
    const key = [...(f.hosts ?? [])].sort().join('+');
    const place = places.get(key) ?? places.set(key, { at: [points.reduce((s, p) => s + p[0]!, 0) / points.length, points.reduce((s, p) => s + p[1]!, 0) / points.length], figures: [] }).get(key)!;
    place.figures.push(f);
  }
  const features: Feature<Point, HostedFigureProperties>[] = [];
  for (const [key, place] of places) {
    features.push({
      type: 'Feature',
      id: key,
      properties: { id: key, figures: place.figures.map((f) => f.id).join(','), label: place.figures.map(label).join('\n') },
      geometry: { type: 'Point', coordinates: place.at },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function displacementOverlay(views: ViewSelectors, countryPoints: ReadonlyMap<string, Position>, hostedLabel: (f: Figure, lang: Lang) => string): OverlayLayers {
  const circles = derivedSource(SOURCE.displacement, views.displacement, (records) => displacementFeatures(records, countryPoints));
  const hosted = derivedSource(SOURCE.hostedFigures, views.hostedFigures, (figures, s) => hostedFigureFeatures(figures, countryPoints, (f) => hostedLabel(f, s.view.lang)));
  return {
    sources: { [SOURCE.displacement]: circles, [SOURCE.hostedFigures]: hosted },
    layers: (theme) => [
      {
        id: LAYER.displacementCircles,
        type: 'circle',
        source: SOURCE.displacement,
        layout: { 'circle-sort-key': ['-', 0, ['get', 'idps']] },
        paint: {
          'circle-radius': ['get', 'radius'],
          'circle-color': theme.displacement,
          'circle-opacity': DISPLACEMENT_CIRCLE.fillOpacity,
          'circle-stroke-color': theme.displacementStroke,
          'circle-stroke-width': DISPLACEMENT_CIRCLE.strokeWidth,
        },
      },
      {
        id: LAYER.hostedFigures,
        type: 'circle',
        source: SOURCE.hostedFigures,
        paint: { 'circle-radius': HOSTED_RING.radius, 'circle-color': theme.labelHalo, 'circle-stroke-color': theme.displacementStroke, 'circle-stroke-width': HOSTED_RING.strokeWidth },
      },
      {
        id: LAYER.hostedFiguresLabel,
        type: 'symbol',
        source: SOURCE.hostedFigures,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': ['sans-serif'],
          'text-size': theme.labelSize + HOSTED_RING.labelSizeDelta,
          'text-anchor': 'top',
          'text-offset': ['literal', [0, 0.9]],
          'text-max-width': 12,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': theme.displacementStroke, 'text-halo-color': theme.labelHalo, 'text-halo-width': HOSTED_RING.labelHalo },
      },
    ],
    hitLayers: [],
  };
}
