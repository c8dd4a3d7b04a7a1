// The one place where the store drives the map: each overlay's sources, filters and visibility, country hover and
// selection outlines, and the theme. Overlays only declare what they draw (layers/overlay.ts).
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AppStore, Store } from '../state/store';
import type { AppState, Lang, OverlayId, Selection } from '../state/types';
import { featureDiff, isEmptyDiff } from './geojson-diff';
import { EU_MEMBERS_OVERLAY, type DerivedFilter, type DerivedSource, type DerivedStates, type FeatureStateValues, type MapOverlay } from './layers/overlay';
import { applyTheme, registerOverlayImages, styleLayers } from './map-style';
import { SOURCE } from './ids';
import { themeOf, type MapTheme } from './theme';

function bindVisibility(map: MapLibreMap, store: AppStore, overlay: OverlayId, layerIds: readonly string[]): () => void {
  return store.subscribe(
    (s) => s.view.overlays[overlay],
    (visible) => {
      const wanted = visible ? 'visible' : 'none';
      for (const id of layerIds) {
        // MapLibre reloads the layer's source on any layout change, even to the value it already has (unset = visible).
        if (!map.getLayer(id) || (map.getLayoutProperty(id, 'visibility') ?? 'visible') === wanted) continue;
        map.setLayoutProperty(id, 'visibility', wanted);
      }
    },
    { fireImmediately: true },
  );
}

type SourceKey<T> = readonly [T, Selection | null, Lang];
const sameKey = <T>(a: SourceKey<T>, b: SourceKey<T>): boolean => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/**
 * The overlay's data goes into the first style, so the worker tiles it with the basemap in one pass and the first
 * idle frame already shows it. The first binding after that skips a setData of identical data. Later changes go to
 * the worker as a diff (updateData) when that is smaller than the data.
 */
export function derivedSource<T>(sourceId: string, select: (s: Store) => T, build: (value: T, s: Store) => FeatureCollection, options: Partial<Omit<GeoJSONSourceSpecification, 'type' | 'data'>> = {}): DerivedSource {
  const keyOf = (s: Store): SourceKey<T> => [select(s), s.selection, s.view.lang];
  // What the initial style holds, until the first binding has compared against it.
  let inStyle: { key: SourceKey<T>; data: FeatureCollection } | null = null;
  return {
    spec(s) {
      const key = keyOf(s);
      inStyle = { key, data: build(key[0], s) };
      return { ...options, type: 'geojson', data: inStyle.data };
    },
    bind(map, store) {
      // Compared once, on the immediate first call: later bindings (a rebuilt style) always set all the data.
      let held = inStyle;
      inStyle = null;
      // The data the map's source holds, once known.
      let shown: FeatureCollection | null = null;
      return store.subscribe(
        keyOf,
        (key) => {
          const first = held;
          held = null;
          if (first && sameKey(first.key, key)) {
            shown = first.data;
            return;
          }
          const source = map.getSource(sourceId) as GeoJSONSource | undefined;
          if (!source) return;
          const next = build(key[0], store.getState());
          const diff = shown ? featureDiff(shown, next) : null;
          if (!diff) source.setData(next);
          else if (!isEmptyDiff(diff)) void source.updateData(diff);
          shown = next;
        },
        { fireImmediately: true, equalityFn: sameKey },
      );
    },
  };
}

function bindFilter(map: MapLibreMap, store: AppStore, derived: DerivedFilter): () => void {
  // The first style holds the filter for the state the map started with.
  let shown = derived.key(store.getState());
  return store.subscribe(derived.key, (key) => {
    if (key === shown || !map.getLayer(derived.layer)) return;
    map.setFilter(derived.layer, derived.at(store.getState()));
    shown = key;
  });
}

/** Sets the states that differ from what the map holds; `previous` features missing from `next` lose these keys. */
function setStates(map: MapLibreMap, source: string, next: ReadonlyMap<string, FeatureStateValues>, previous: ReadonlyMap<string, FeatureStateValues>): void {
  for (const [id, values] of previous) {
    if (next.has(id)) continue;
    for (const key of Object.keys(values)) map.removeFeatureState({ source, id }, key);
  }
  for (const [id, values] of next) {
    const held = map.getFeatureState({ source, id });
    if (Object.entries(values).some(([k, v]) => held[k] !== v)) map.setFeatureState({ source, id }, values);
  }
}

/** Every overlay's feature states for a state of the store: set when the style has loaded, before its first frame. */
export function applyOverlayStates(map: MapLibreMap, overlays: readonly MapOverlay[], s: AppState): void {
  for (const derived of overlays.flatMap((o) => o.states ?? [])) setStates(map, derived.source, derived.at(s), new Map());
}

function bindStates(map: MapLibreMap, store: AppStore, derived: DerivedStates): () => void {
  let shown: ReadonlyMap<string, FeatureStateValues> = new Map();
  return store.subscribe(
    derived.key,
    () => {
      const next = derived.at(store.getState());
      setStates(map, derived.source, next, shown);
      shown = next;
    },
    { fireImmediately: true },
  );
}

/** Binds every overlay's sources, filters, feature states and visibility switch; returns the unbinding function. */
function bindOverlays(map: MapLibreMap, store: AppStore, overlays: readonly MapOverlay[], theme: MapTheme): () => void {
  const offs = overlays.flatMap((o) => [
    ...Object.values(o.sources).map((source) => source.bind(map, store)),
    ...(o.filters ?? []).map((f) => bindFilter(map, store, f)),
    ...(o.states ?? []).map((d) => bindStates(map, store, d)),
    ...(o.id === EU_MEMBERS_OVERLAY ? [] : [bindVisibility(map, store, o.id, o.layers(theme).map((l) => l.id))]),
  ]);
  return () => {
    for (const off of offs) off();
  };
}

export interface MapSync {
  /** While the WebGL context is lost the map has no style: feature state and paint changes wait for the rebuilt style. */
  setContextLost(lost: boolean): void;
  /** The style was rebuilt (after a restored context): bind again and bring data, theme and outlines up to date. */
  restyled(): void;
  destroy(): void;
}

/** Keeps a loaded map in step with the store. `styledWith` is the theme of the style the map was built with. */
export function syncMap(map: MapLibreMap, store: AppStore, overlays: readonly MapOverlay[], styledWith: MapTheme): MapSync {
  let contextLost = false;
  let theme = styledWith;
  let unbindOverlays = bindOverlays(map, store, overlays, theme);

  // Hover and selection outlines on countries, through feature-state.
  const setCountryState = (iso2: string | undefined, key: 'hover' | 'selected', value: boolean): void => {
    if (iso2 && !contextLost) map.setFeatureState({ source: SOURCE.countries, id: iso2 }, { [key]: value });
  };
  const countryOf = (s: Selection | null): string | undefined => (s?.kind === 'country' ? s.id : undefined);
  const outline = (pick: (s: Store) => Selection | null, key: 'hover' | 'selected'): (() => void) =>
    store.subscribe(
      (s) => countryOf(pick(s)),
      (next, prev) => {
        setCountryState(prev, key, false);
        setCountryState(next, key, true);
      },
      { fireImmediately: true },
    );
  // A theme switch re-applies paint properties and images: it never rebuilds the map. A paint or layout call with the
  // same values is skipped (MapLibre reloads a source on any layout change, even to the same value).
  const restyle = (next: MapTheme): void => {
    theme = next;
    registerOverlayImages(map, overlays, next);
    applyTheme(map, styleLayers(next, overlays));
  };
  const unsubscribers = [
    outline((s) => s.hovered, 'hover'),
    outline((s) => s.selection, 'selected'),
    store.subscribe(
      themeOf,
      (next) => {
        // Fired at once too: the scheme may have changed (prefers-color-scheme read) before the map loaded.
        if (!contextLost && next !== theme) restyle(next);
      },
      { fireImmediately: true },
    ),
  ];
  return {
    setContextLost(lost) {
      contextLost = lost;
    },
    restyled() {
      const s = store.getState();
      unbindOverlays();
      unbindOverlays = bindOverlays(map, store, overlays, theme);
      restyle(themeOf(s));
      setCountryState(countryOf(s.hovered), 'hover', true);
      setCountryState(countryOf(s.selection), 'selected', true);
    },
    destroy() {
      unbindOverlays();
      for (const off of unsubscribers) off();
    },
  };
}
