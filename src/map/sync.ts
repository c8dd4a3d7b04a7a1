// Shared plumbing for overlays: visibility from the store, and setData only when the derived data changed.
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AppStore, Store } from '../../state/store';
import type { Lang, OverlayId, Selection } from '../../state/types';
import { featureDiff, isEmptyDiff } from '../geojson-diff';

export function bindVisibility(map: MapLibreMap, store: AppStore, overlay: OverlayId, layerIds: readonly string[]): () => void {
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

/** A GeoJSON source derived from the store: its data in the initial style, then kept in step with setData. */
export interface DerivedSource {
  /** The source for the map's first style, built from the state the map starts with. */
  spec(s: Store): GeoJSONSourceSpecification;
  /** Subscribes the map's source to the store; `build` runs only when `select`'s result, the selection or the language change. */
  bind(map: MapLibreMap, store: AppStore): () => void;
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
