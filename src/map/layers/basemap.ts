// The bundled basemap: sea, land, borders, hover/selection outlines and one label per country.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { BasemapData } from '../../geo/basemap';
import { LAYER, SOURCE } from '../ids';
import type { MapTheme } from '../theme';
import { perFeature, zoomInterpolate } from '../expressions';
import { BASEMAP_STYLE, countryLabelSize, LABEL_MIN_AREA } from '../style/basemap';

/** The label filter from LABEL_MIN_AREA: ['step', ['zoom'], area > a0, z1, area > a1, ...], `true` once nothing is too small. */
function labelAreaFilter(): FilterSpecification {
  const test = (min: number): ExpressionSpecification | boolean => (min > 0 ? ['>', ['get', 'area_km2'], min] : true);
  const [first, ...rest] = LABEL_MIN_AREA;
  return ['step', ['zoom'], test(first![1]), ...rest.flatMap(([zoom, min]) => [zoom, test(min)])] as unknown as FilterSpecification;
}

export function basemapSources(data: BasemapData): Record<string, SourceSpecification> {
  return {
    [SOURCE.countries]: { type: 'geojson', data: data.countries, promoteId: 'iso2', attribution: 'Natural Earth' },
    [SOURCE.borders]: { type: 'geojson', data: data.borders },
    [SOURCE.countryLabels]: { type: 'geojson', data: data.labels },
    [SOURCE.smallStates]: { type: 'geojson', data: data.smallStates, promoteId: 'iso2' },
  };
}

/** Layers drawn below the overlays. */
export function basemapLowerLayers(theme: MapTheme): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': theme.sea } },
    {
      id: LAYER.countryFill,
      type: 'fill',
      source: SOURCE.countries,
      // Land only: the EU members at the date are filled by the eu-members overlay (layers/eu-members.ts).
      // fill-color, fill-opacity and the other per-feature constants below share shader programs with the overlays (see perFeature).
      paint: { 'fill-color': perFeature(theme.land), 'fill-opacity': perFeature(1), 'fill-antialias': true },
    },
  ];
}

/** Layers drawn above the partner fills but below lines and symbols. */
export function basemapMiddleLayers(theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: LAYER.countryHighlight,
      type: 'fill',
      source: SOURCE.countries,
      paint: {
        'fill-color': perFeature(theme.highlight),
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], BASEMAP_STYLE.hoverOpacity, 0],
      },
    },
    {
      id: LAYER.borders,
      type: 'line',
      source: SOURCE.borders,
      paint: { 'line-color': theme.border, 'line-width': zoomInterpolate(BASEMAP_STYLE.borderWidth) },
    },
    {
      id: LAYER.countrySelected,
      type: 'line',
      source: SOURCE.countries,
      paint: {
        'line-color': perFeature(theme.selected),
        'line-opacity': perFeature(1),
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], BASEMAP_STYLE.selectedOutline, 0],
      },
    },
  ];
}

/** Labels on top of everything. Larger countries first; small ones appear as the user zooms in. */
export function basemapLabelLayers(theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: LAYER.smallStates,
      type: 'circle',
      source: SOURCE.smallStates,
      minzoom: 3,
      paint: { 'circle-radius': 2.5, 'circle-color': theme.land, 'circle-stroke-color': theme.border, 'circle-stroke-width': 1 },
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.countryLabels,
      filter: labelAreaFilter(),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['sans-serif'],
        'text-size': zoomInterpolate(countryLabelSize(theme)),
        'text-max-width': 7,
        'symbol-sort-key': ['-', 0, ['get', 'area_km2']],
        'text-padding': BASEMAP_STYLE.labelPadding,
      },
      paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': BASEMAP_STYLE.labelHalo, 'text-opacity': perFeature(1) },
    },
  ];
}
