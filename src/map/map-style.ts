// The MapLibre style: basemap and overlay layers in their z-order, the first style with its data, and theme switches.
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Store } from '../state/store';
import type { BasemapData } from '../geo/basemap';
import { LAYER } from './ids';
import { basemapLabelLayers, basemapLowerLayers, basemapMiddleLayers, basemapSources } from './layers/basemap';
import { EU_MEMBERS_OVERLAY, type MapOverlay } from './layers/overlay';
import type { MapTheme } from './theme';
import { labelTextField } from './labels-lang';

/** Overlay layers start hidden when their overlay is off, so the first frame neither tiles nor draws them. */
function withVisibility(layer: LayerSpecification, visible: boolean): LayerSpecification {
  if (visible || layer.type === 'background') return layer;
  return { ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification;
}

export function styleLayers(theme: MapTheme, overlays: readonly MapOverlay[], visible: (o: MapOverlay) => boolean = () => true): LayerSpecification[] {
  const inSlot = (slot: MapOverlay['slot']): LayerSpecification[] =>
    overlays.filter((o) => o.slot === slot).flatMap((o) => o.layers(theme).map((l) => withVisibility(l, visible(o))));
  return [...basemapLowerLayers(theme), ...inSlot('fills'), ...basemapMiddleLayers(theme), ...inSlot('lines'), ...inSlot('symbols'), ...basemapLabelLayers(theme)];
}

/** The state the map starts with, applied to a layer: derived filters and the labels' language. */
function initialLayer(layer: LayerSpecification, overlays: readonly MapOverlay[], initial: Store): LayerSpecification {
  const derived = overlays.flatMap((o) => o.filters ?? []).find((f) => f.layer === layer.id);
  if (derived && layer.type !== 'background') return { ...layer, filter: derived.at(initial) } as LayerSpecification;
  if (layer.id === LAYER.countryLabels && layer.type === 'symbol') return { ...layer, layout: { ...layer.layout, 'text-field': labelTextField(initial.view.lang) } };
  return layer;
}

function overlaySources(overlays: readonly MapOverlay[], initial: Store): Record<string, SourceSpecification> {
  return Object.fromEntries(overlays.flatMap((o) => Object.entries(o.sources).map(([id, source]) => [id, source.spec(initial)])));
}

function firstLayers(theme: MapTheme, overlays: readonly MapOverlay[], initial: Store): LayerSpecification[] {
  return styleLayers(theme, overlays, (o) => o.id === EU_MEMBERS_OVERLAY || initial.view.overlays[o.id]).map((l) => initialLayer(l, overlays, initial));
}

/** The whole first style, overlay data included: the worker tiles basemap and overlays in one pass. */
export function buildStyle(basemap: BasemapData, overlays: readonly MapOverlay[], theme: MapTheme, initial: Store): StyleSpecification {
  return {
    version: 8,
    name: 'EU external action on migration',
    sources: { ...basemapSources(basemap), ...overlaySources(overlays, initial) },
    // No glyphs, sprite or remote source: labels are drawn from local fonts and nothing leaves the page.
    layers: firstLayers(theme, overlays, initial),
  };
}

/**
 * Adds the overlays to a map whose style has the basemap alone (a map created before the data arrived): their sources,
 * and each layer under the basemap layer that follows it in the whole style, so the z-order is the same as buildStyle's.
 */
export function addOverlays(map: MapLibreMap, overlays: readonly MapOverlay[], theme: MapTheme, initial: Store): void {
  for (const [id, source] of Object.entries(overlaySources(overlays, initial))) map.addSource(id, source);
  const layers = firstLayers(theme, overlays, initial);
  const inMap = new Set(layers.filter((l) => map.getLayer(l.id)).map((l) => l.id));
  layers.forEach((layer, i) => {
    if (inMap.has(layer.id)) return;
    map.addLayer(layer, layers.slice(i + 1).find((l) => inMap.has(l.id))?.id);
  });
}

/** Re-applies every paint property of the theme (and the text sizes, which are layout properties). */
export function applyTheme(map: MapLibreMap, layers: LayerSpecification[]): void {
  for (const layer of layers) {
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    for (const [name, value] of Object.entries(paint)) map.setPaintProperty(layer.id, name as never, value as never);
    const size = (layer as { layout?: Record<string, unknown> }).layout?.['text-size'];
    if (size !== undefined) map.setLayoutProperty(layer.id, 'text-size', size as never);
  }
}

/** Overlay images (icons, patterns) for a theme: added before the first render, updated when the theme changes. */
export function registerOverlayImages(map: MapLibreMap, overlays: readonly MapOverlay[], theme: MapTheme): void {
  for (const overlay of overlays) {
    for (const [name, image] of Object.entries(overlay.images?.(theme) ?? {})) {
      if (map.hasImage(name)) map.updateImage(name, image);
      else map.addImage(name, image, { pixelRatio: image.pixelRatio ?? 1 });
    }
  }
}
