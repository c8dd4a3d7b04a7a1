// Creates the MapLibre map from the bundled basemap and overlays, and handles its camera and input; sync.ts keeps it in step with the store.
import { AttributionControl, Map as MapLibreMap, NavigationControl, type MapGeoJSONFeature } from 'maplibre-gl';
import type { AppStore } from '../state/store';
import type { Selection } from '../state/types';
import { LAYER } from './ids';
import type { BasemapData } from '../geo/basemap';
import type { MapOverlay } from './layers/overlay';
import { themeOf } from './theme';
import { configureMapLibreWorker } from './worker';
import { t } from '../i18n/t';
import { CONTEXT_RESTORE_GRACE_MS } from './renderer';
import { bindCooperativeGestures, cooperativeLocale } from './cooperative';
import { addOverlays, buildStyle, registerOverlayImages } from './map-style';
import { applyOverlayStates, syncMap, type MapSync } from './sync';
import { watchLegendInset } from './legend-inset';
import { warmProgramsWhenIdle } from './warm-programs';

export interface MapController {
  map: MapLibreMap;
  destroy(): void;
}

export interface MapCallbacks {
  /** Pointer position over the map (for the tooltip), or null when it leaves. */
  onPointer?(point: { x: number; y: number } | null): void;
  /** The WebGL context was lost and did not come back in time: the app should show the SVG map instead. */
  onContextLost?(): void;
  /** The map failed before its first load (its worker did not start, say): it will never draw, the app should show the SVG map. */
  onFailedStart?(error: unknown): void;
}

/** A map created before its overlays: the WebGL set-up and the basemap's tiling start while the data and panels arrive. */
export interface MapAhead {
  /** Moves the map into the app's element and adds the overlays: from then on it is the app's map, as if created there. */
  adopt(container: HTMLElement, overlays: readonly MapOverlay[], callbacks?: MapCallbacks): MapController;
  /** Removes a map that was never adopted (the app could not start). */
  discard(): void;
}

export function createMapController(container: HTMLElement, store: AppStore, basemap: BasemapData, overlays: readonly MapOverlay[], callbacks: MapCallbacks = {}): MapController {
  const opened = openMap(container, store, basemap, overlays, callbacks);
  opened.attach(overlays, 'in-first-style');
  return opened.controller;
}

/**
 * The map started ahead draws, hidden, the frames of its basemap while it waits: its shaders, tiles and symbols are
 * what the shown map needs, its pixels are not. At a sixteenth of the pixels, software WebGL rasterizes those frames
 * for almost nothing.
 */
const HIDDEN_PIXEL_RATIO = 0.25;

/**
 * Creates the map with the basemap alone in a hidden element of the page's size, before the app has its data. The app
 * then adopts it into its map element (same centre and zoom: the tiles the smaller element needs are already there).
 */
export function startMapAhead(store: AppStore, basemap: BasemapData): MapAhead {
  const holder = document.createElement('div');
  holder.className = 'map-ahead';
  document.body.append(holder);
  const callbacks: MapCallbacks = {};
  const opened = openMap(holder, store, basemap, [], callbacks, HIDDEN_PIXEL_RATIO);
  return {
    adopt(container, overlays, given = {}) {
      Object.assign(callbacks, given);
      holder.className = 'map-adopted';
      container.append(holder);
      // The overlays' data goes to the worker first, to be tiled while the resize waits for the GPU process.
      opened.attach(overlays, 'added');
      // Back to the screen's pixel ratio, followed as it changes (another screen, the browser's zoom); one resize to
      // the container and to that ratio.
      const { map } = opened.controller;
      map._overridePixelRatio = null;
      map.resize();
      return opened.controller;
    },
    discard() {
      opened.controller.destroy();
      holder.remove();
    },
  };
}

interface OpenedMap {
  controller: MapController;
  /** Binds the overlays to the map and the store: already in its first style, or added now (once the style is loaded). */
  attach(overlays: readonly MapOverlay[], how: 'in-first-style' | 'added'): void;
}

function openMap(container: HTMLElement, store: AppStore, basemap: BasemapData, firstOverlays: readonly MapOverlay[], callbacks: MapCallbacks, pixelRatio?: number): OpenedMap {
  performance.mark('map-create');
  configureMapLibreWorker();
  const initial = store.getState();
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const styledWith = themeOf(initial);
  const style = buildStyle(basemap, firstOverlays, styledWith, initial);
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
    ...(pixelRatio === undefined ? {} : { pixelRatio }),
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    cooperativeGestures: initial.view.mode === 'embed',
    locale: cooperativeLocale(initial.view.lang),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new AttributionControl({ compact: false, customAttribution: 'Natural Earth' }), 'bottom-right');
  if (initial.view.mode !== 'embed') map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', 'Map of migratory routes and EU external action. Use the country search or the data table for the same information as text.');

  const unsubscribers: Array<() => void> = [bindCooperativeGestures(map, store)];
  // The store's hold on the map, from its load (and its overlays) on.
  let sync: MapSync | undefined;
  let lostTimer: ReturnType<typeof setTimeout> | undefined;
  map.on('webglcontextlost', () => {
    sync?.setContextLost(true);
    clearTimeout(lostTimer);
    lostTimer = setTimeout(() => callbacks.onContextLost?.(), CONTEXT_RESTORE_GRACE_MS);
  });
  map.on('webglcontextrestored', () => {
    sync?.setContextLost(false);
    clearTimeout(lostTimer);
  });

  let styleLoaded = false;
  let loaded = false;
  // A failure before the first load, kept until the app is there to hear it (a map created ahead of the app).
  let failedStart: { error: unknown } | undefined;
  map.once('style.load', () => {
    styleLoaded = true;
  });
  map.once('load', () => {
    performance.mark('map-load');
    loaded = true;
  });
  map.on('error', (e) => {
    if (!loaded) {
      failedStart = { error: e.error };
      callbacks.onFailedStart?.(e.error);
      return;
    }
    const message = e.error instanceof Error ? e.error.message : 'unknown map error';
    store.getState().notify(t(store.getState().view.lang, 'mapError', { message }));
  });

  const attach = (overlays: readonly MapOverlay[], how: 'in-first-style' | 'added'): void => {
    if (failedStart) {
      const { error } = failedStart;
      queueMicrotask(() => callbacks.onFailedStart?.(error));
      return;
    }
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
    // Overlay images and feature states are set before the overlays' first render (and again in every rebuilt style).
    const prepareStyle = (): void => {
      registerOverlayImages(map, overlays, themeOf(store.getState()));
      applyOverlayStates(map, overlays, store.getState());
    };
    const bindToStore = (): void => {
      sync = syncMap(map, store, overlays, styledWith);
      // The camera may have changed (a story step, a link) between creating the map and its load.
      const c = store.getState().view.camera;
      const here = map.getCenter();
      if (Math.abs(here.lng - c.lon) > 1e-6 || Math.abs(here.lat - c.lat) > 1e-6 || Math.abs(map.getZoom() - c.zoom) > 1e-6) map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom });

      unsubscribers.push(watchLegendInset(map, store));

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

      unsubscribers.push(
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
      map.on('style.load', () => sync?.restyled());
      map.on('moveend', (e) => {
        // Only user gestures write back to the store; app-driven moves already came from it.
        if (!('originalEvent' in e) || !e.originalEvent) return;
        const c = map.getCenter();
        store.getState().setCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom() }, 'map');
      });
    };
    // Read by the tests and the benchmark: time from navigation to the first fully drawn map, overlays included.
    const markFirstIdle = (): void =>
      void map.once('idle', () => {
        performance.mark('map-first-idle');
        unsubscribers.push(warmProgramsWhenIdle(map));
      });
    // From the overlays' first style on: their images and states in every later style, the first-idle mark, the store.
    const bindOverlays = (): void => {
      map.on('style.load', prepareStyle);
      markFirstIdle();
      if (loaded) bindToStore();
      else map.once('load', bindToStore);
    };
    if (how === 'in-first-style') {
      bindOverlays();
      return;
    }
    const addNow = (): void => {
      registerOverlayImages(map, overlays, styledWith);
      addOverlays(map, overlays, styledWith, store.getState());
      applyOverlayStates(map, overlays, store.getState());
      bindOverlays();
    };
    if (styleLoaded) addNow();
    else map.once('style.load', addNow);
  };

  return {
    attach,
    controller: {
      map,
      destroy() {
        clearTimeout(lostTimer);
        sync?.destroy();
        for (const off of unsubscribers) off();
        map.remove();
      },
    },
  };
}
