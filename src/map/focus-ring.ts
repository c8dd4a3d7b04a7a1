// The keyboard focus ring on the WebGL map: layers over the overlays' own sources, filtered to the focused feature
// (a country's outline, a band around a route or arc, a ring around a mission symbol), kept in step with the store.
import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../state/store';
import type { MapFocus } from '../state/types';
import { LAYER, SOURCE } from './ids';
import { themeOf, type MapTheme } from './theme';
import { styleHasLoaded } from './style-loaded';

export const FOCUS_LAYER = {
  routeBand: 'focus-route-band',
  arcBand: 'focus-arc-band',
  countryHalo: 'focus-country-halo',
  countryLine: 'focus-country-line',
  missionRing: 'focus-mission-ring',
} as const;

const RING_IMAGE = 'focus-ring';
const RING_PX = 34;
const RATIO = 2;

function ringImage(theme: MapTheme): { width: number; height: number; data: Uint8ClampedArray } {
  const size = RING_PX * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const ring = (colour: string, width: number): void => {
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, size / 2 - 6, 0, Math.PI * 2);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke();
  };
  ring(theme.focusHalo, 10);
  ring(theme.focusRing, 6);
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data };
}

const byId = (key: string, id: string): FilterSpecification => ['==', ['get', key], id];

/** Which feature each ring layer outlines for a focus ('' outlines nothing). */
function filters(focus: MapFocus | null): Record<string, FilterSpecification> {
  const country = focus?.kind === 'country' ? focus.id : focus?.kind === 'route' && focus.stop !== undefined ? (focus.country ?? '') : '';
  return {
    [FOCUS_LAYER.routeBand]: byId('id', focus?.kind === 'route' ? focus.id : ''),
    [FOCUS_LAYER.arcBand]: byId('id', focus?.kind === 'funding' ? focus.id : ''),
    [FOCUS_LAYER.countryHalo]: byId('iso2', country),
    [FOCUS_LAYER.countryLine]: byId('iso2', country),
    [FOCUS_LAYER.missionRing]: byId('id', focus?.kind === 'mission' ? focus.id : ''),
  };
}

/** Each ring layer with the layer it goes under: bands under their line, outlines and rings under the labels. */
function ringLayers(theme: MapTheme, focus: MapFocus | null): Array<[LayerSpecification, string]> {
  const f = filters(focus);
  const line = (id: string, source: string, colour: string, width: number | unknown[]): LayerSpecification =>
    ({ id, type: 'line', source, filter: f[id], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': colour, 'line-width': width } }) as LayerSpecification;
  return [
    [line(FOCUS_LAYER.routeBand, SOURCE.routes, theme.focusRing, ['+', ['get', 'width'], 12]), LAYER.routesCasing],
    [line(FOCUS_LAYER.arcBand, SOURCE.funding, theme.focusRing, ['+', ['get', 'width'], 9]), LAYER.fundingArcs],
    [line(FOCUS_LAYER.countryHalo, SOURCE.countries, theme.focusHalo, 7), LAYER.countryLabels],
    [line(FOCUS_LAYER.countryLine, SOURCE.countries, theme.focusRing, 3.5), LAYER.countryLabels],
    [
      {
        id: FOCUS_LAYER.missionRing,
        type: 'symbol',
        source: SOURCE.missions,
        filter: f[FOCUS_LAYER.missionRing],
        layout: {
          'icon-image': RING_IMAGE,
          'icon-offset': ['get', 'offset'],
          'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.8, 6, 1.1],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      } as LayerSpecification,
      LAYER.countryLabels,
    ],
  ];
}

const COLOURS: Record<string, (theme: MapTheme) => string> = {
  [FOCUS_LAYER.routeBand]: (th) => th.focusRing,
  [FOCUS_LAYER.arcBand]: (th) => th.focusRing,
  [FOCUS_LAYER.countryHalo]: (th) => th.focusHalo,
  [FOCUS_LAYER.countryLine]: (th) => th.focusRing,
};

/** Adds the ring layers once the style is there (and again to a style rebuilt after a lost context); returns the unbinding. */
export function bindFocusRing(map: MapLibreMap, store: AppStore): () => void {
  let theme = themeOf(store.getState());
  const install = (): void => {
    const s = store.getState();
    theme = themeOf(s);
    if (map.hasImage(RING_IMAGE)) map.updateImage(RING_IMAGE, ringImage(theme));
    else map.addImage(RING_IMAGE, ringImage(theme), { pixelRatio: RATIO });
    for (const [layer, before] of ringLayers(theme, s.focused)) {
      if (!map.getLayer(layer.id) && map.getSource((layer as { source: string }).source)) map.addLayer(layer, map.getLayer(before) ? before : undefined);
    }
  };
  const installed = (): boolean => Boolean(map.getLayer(FOCUS_LAYER.countryLine));
  map.on('style.load', install);
  if (styleHasLoaded(map)) install();
  const offFocus = store.subscribe(
    (s) => s.focused,
    (focus) => {
      if (!installed()) return;
      for (const [id, filter] of Object.entries(filters(focus))) if (map.getLayer(id)) map.setFilter(id, filter);
    },
  );
  const offTheme = store.subscribe(themeOf, (next) => {
    if (!installed() || next === theme) return;
    theme = next;
    map.updateImage(RING_IMAGE, ringImage(theme));
    for (const [id, colour] of Object.entries(COLOURS)) if (map.getLayer(id)) map.setPaintProperty(id, 'line-color', colour(theme));
  });
  return () => {
    map.off('style.load', install);
    offFocus();
    offTheme();
  };
}
