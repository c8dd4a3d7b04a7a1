// Creates the MapLibre map from the bundled basemap and overlays, and keeps it in step with the store.
import { AttributionControl, Map as MapLibreMap, NavigationControl, type LayerSpecification, type MapGeoJSONFeature, type StyleSpecification } from 'maplibre-gl';
import type { AppStore, Store } from '../state/store';
import type { Selection } from '../state/types';
import { LAYER, SOURCE } from './ids';
import { basemapLabelLayers, basemapLowerLayers, basemapMiddleLayers, basemapSources, type BasemapData } from './layers/basemap';
import { EU_MEMBERS_OVERLAY, type MapOverlay } from './layers/overlay';
import { themeOf, type MapTheme } from './theme';
import { configureMapLibreWorker } from './worker';
import { t } from '../i18n/t';
import { CONTEXT_RESTORE_GRACE_MS } from './renderer';
import { labelTextField } from './labels-lang';
import { bindCooperativeGestures, cooperativeLocale } from './cooperative';

export interface MapController {
  map: MapLibreMap;
  destroy(): void;
}

/** Overlay layers start hidden when their overlay is off, so the first frame neither tiles nor draws them. */
function withVisibility(layer: LayerSpecification, visible: boolean): LayerSpecification {
  if (visible || layer.type === 'background') return layer;
  return { ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification;
}

function styleLayers(theme: MapTheme, overlays: readonly MapOverlay[], visible: (o: MapOverlay) => boolean = () => true): LayerSpecification[] {
  const inSlot = (slot: MapOverlay['slot']): LayerSpecification[] =>
    overlays.filter((o) => o.slot === slot).flatMap((o) => o.layers(theme).map((l) => withVisibility(l, visible(o))));
  return [
    ...basemapLowerLayers(theme),
    ...inSlot('fills'),
    ...basemapMiddleLayers(theme),
    ...inSlot('lines'),
    ...inSlot('symbols'),
    ...basemapLabelLayers(theme),
  ];
}

/** The whole first style, overlay data included: the worker tiles basemap and overlays in one pass. */
export function buildStyle(basemap: BasemapData, overlays: readonly MapOverlay[], theme: MapTheme, initial: Store): StyleSpecification {
  return {
    version: 8,
    name: 'EU external action on migration',
    sources: { ...basemapSources(basemap), ...Object.assign({}, ...overlays.map((o) => o.sources(initial))) },
    // No glyphs, sprite or remote source: labels are drawn from local fonts and nothing leaves the page.
    layers: styleLayers(theme, overlays, (o) => o.id === EU_MEMBERS_OVERLAY || initial.view.overlays[o.id]).map((l) => (l.id === LAYER.countryLabels && l.type === 'symbol' ? { ...l, layout: { ...l.layout, 'text-field': labelTextField(initial.view.lang) } } : l)),
  };
}

/** Re-applies every paint property of the theme: a theme switch never rebuilds the map. */
function applyTheme(map: MapLibreMap, layers: LayerSpecification[]): void {
  for (const layer of layers) {
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    for (const [name, value] of Object.entries(paint)) map.setPaintProperty(layer.id, name as never, value as never);
    const size = (layer as { layout?: Record<string, unknown> }).layout?.['text-size'];
    if (size !== undefined) map.setLayoutProperty(layer.id, 'text-size', size as never);
  }
}

export interface MapCallbacks {
  /** Pointer position over the map (for the tooltip), or null when it leaves. */
  onPointer?(point: { x: number; y: number } | null): void;
  /** The WebGL context was lost and did not come back in time: the app should show the SVG map instead. */
  onContextLost?(): void;
  /** The map failed before its first load (its worker did not start, say): it will never draw, the app should show the SVG map. */
  onFailedStart?(error: unknown): void;
}

export function createMapController(container: HTMLElement, store: AppStore, basemap: BasemapData, overlays: readonly MapOverlay[], callbacks: MapCallbacks = {}): MapController {
  performance.mark('map-create');
  configureMapLibreWorker();
  const initial = store.getState();
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The theme the style was built with or last switched to: a paint or layout call with the same values is skipped
  // (MapLibre reloads a source on any layout change, even to the same value).
  let styledWith = themeOf(initial);
  const style = buildStyle(basemap, overlays, styledWith, initial);
  performance.mark('map-style-built');
  const map = new MapLibreMap({
    container,
    style,
    center: [initial.view.camera.lon, initial.view.camera.lat],
    zoom: initial.view.camera.zoom,
    minZoom: 1,
    maxZoom: 9,
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    cooperativeGestures: initial.view.mode === 'embed',
    locale: cooperativeLocale(initial.view.lang),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new AttributionControl({ compact: false, customAttribution: 'Natural Earth' }), 'bottom-right');
  if (initial.view.mode !== 'embed') map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', 'Map of migratory routes and EU external action. Use the country search or the data table for the same information as text.');

  const unsubscribers: Array<() => void> = [bindCooperativeGestures(map, store)];
  // Overlay bindings write into the style's sources; a lost context drops the style, so they are bound again to the rebuilt one.
  let overlayBindings: Array<() => void> = [];
  const bindOverlays = (): void => {
    for (const off of overlayBindings) off();
    overlayBindings = overlays.map((o) => o.bind(map, store));
  };
  // While the context is lost the map has no style: feature state and paint changes wait for the rebuilt style.
  let contextLost = false;
  let lostTimer: ReturnType<typeof setTimeout> | undefined;
  map.on('webglcontextlost', () => {
    contextLost = true;
    clearTimeout(lostTimer);
    lostTimer = setTimeout(() => callbacks.onContextLost?.(), CONTEXT_RESTORE_GRACE_MS);
  });
  map.on('webglcontextrestored', () => {
    contextLost = false;
    clearTimeout(lostTimer);
  });
  const hitLayers = [...overlays.flatMap((o) => o.hitLayers), { layer: LAYER.countryFill, kind: 'country' as const }];

  const hitAt = (point: { x: number; y: number }): { selection: Selection; feature: MapGeoJSONFeature } | null => {
    const layers = hitLayers.map((h) => h.layer).filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
    const features = map.queryRenderedFeatures([point.x, point.y], { layers });
    // Overlays are listed first, so a mission dot wins over the country beneath it.
    for (const hit of hitLayers) {
      const feature = features.find((f) => f.layer.id === hit.layer);
      if (!feature) continue;
      const id = hit.kind === 'country' ? String(feature.properties['iso2'] ?? '') : String(feature.properties['id'] ?? '');
      if (id) return { selection: { kind: hit.kind, id }, feature };
    }
    return null;
  };

  // Overlay images are registered before the first render and again when the theme changes.
  const registerImages = (theme: MapTheme): void => {
    for (const overlay of overlays) {
      for (const [name, image] of Object.entries(overlay.images?.(theme) ?? {})) {
        const options = { pixelRatio: image.pixelRatio ?? 1 };
        if (map.hasImage(name)) map.updateImage(name, image);
        else map.addImage(name, image, options);
      }
    }
  };
  map.on('style.load', () => registerImages(themeOf(store.getState())));

  map.on('load', () => {
    performance.mark('map-load');
    bindOverlays();
    // The camera may have changed (a story step, a link) between creating the map and its load.
    const c = store.getState().view.camera;
    const here = map.getCenter();
    if (Math.abs(here.lng - c.lon) > 1e-6 || Math.abs(here.lat - c.lat) > 1e-6 || Math.abs(map.getZoom() - c.zoom) > 1e-6) map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom });

    map.on('mousemove', (e) => {
      const hit = hitAt(e.point);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
      store.getState().hover(hit ? hit.selection : null);
      callbacks.onPointer?.(hit ? { x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseout', () => {
      store.getState().hover(null);
      callbacks.onPointer?.(null);
    });
    map.on('click', (e) => {
      const hit = hitAt(e.point);
      store.getState().select(hit ? hit.selection : null);
    });

    // Hover and selection outlines on countries, through feature-state.
    const setCountryState = (iso2: string | undefined, key: 'hover' | 'selected', value: boolean): void => {
      if (iso2 && !contextLost) map.setFeatureState({ source: SOURCE.countries, id: iso2 }, { [key]: value });
    };
    const countryOf = (s: Selection | null): string | undefined => (s?.kind === 'country' ? s.id : undefined);
    unsubscribers.push(
      store.subscribe(
        (s) => countryOf(s.hovered),
        (next, prev) => {
          setCountryState(prev, 'hover', false);
          setCountryState(next, 'hover', true);
        },
        { fireImmediately: true },
      ),
      store.subscribe(
        (s) => countryOf(s.selection),
        (next, prev) => {
          setCountryState(prev, 'selected', false);
          setCountryState(next, 'selected', true);
        },
        { fireImmediately: true },
      ),
      store.subscribe(
        (s) => themeOf(s),
        (theme) => {
          // Fired at once too: the scheme may have changed (prefers-color-scheme read) before the map loaded.
          if (contextLost || theme === styledWith) return;
          styledWith = theme;
          registerImages(theme);
          applyTheme(map, styleLayers(theme, overlays));
        },
        { fireImmediately: true },
      ),
      store.subscribe(
        (s) => s.view.camera,
        (camera) => {
          if (store.getState().view.cameraOrigin !== 'app') return;
          const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
          if (reduceMotion) map.jumpTo(target);
          else map.flyTo({ ...target, duration: 1200, essential: false });
        },
      ),
    );
    // The style rebuilt after a restored context (the only later style load) gets the app's current data, theme and outlines.
    map.on('style.load', () => {
      const s = store.getState();
      bindOverlays();
      styledWith = themeOf(s);
      applyTheme(map, styleLayers(styledWith, overlays));
      setCountryState(countryOf(s.hovered), 'hover', true);
      setCountryState(countryOf(s.selection), 'selected', true);
    });
    map.on('moveend', (e) => {
      // Only user gestures write back to the store; app-driven moves already came from it.
      if (!('originalEvent' in e) || !e.originalEvent) return;
      const c = map.getCenter();
      store.getState().setCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom() }, 'map');
    });
  });

  // Read by the tests and the benchmark: time from navigation to the first fully drawn map.
  map.once('idle', () => performance.mark('map-first-idle'));

  let loaded = false;
  map.once('load', () => {
    loaded = true;
  });
  map.on('error', (e) => {
    if (!loaded) {
      callbacks.onFailedStart?.(e.error);
      return;
    }
    const message = e.error instanceof Error ? e.error.message : 'unknown map error';
    store.getState().notify(t(store.getState().view.lang, 'mapError', { message }));
  });

  return {
    map,
    destroy() {
      clearTimeout(lostTimer);
      for (const off of [...unsubscribers, ...overlayBindings]) off();
      map.remove();
    },
  };
}
