// Shared plumbing for overlays: visibility from the store, and setData only when the derived data changed.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AppStore, Store } from '../../state/store';
import type { OverlayId, Selection } from '../../state/types';

export function bindVisibility(map: MapLibreMap, store: AppStore, overlay: OverlayId, layerIds: readonly string[]): () => void {
  return store.subscribe(
    (s) => s.view.overlays[overlay],
    (visible) => {
      for (const id of layerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    },
    { fireImmediately: true },
  );
}

/** Subscribes a GeoJSON source to a derived value; `build` runs only when `select`'s result changes identity. */
export function bindSource<T>(map: MapLibreMap, store: AppStore, sourceId: string, select: (s: Store) => T, build: (value: T, s: Store) => FeatureCollection): () => void {
  return store.subscribe(
    (s) => [select(s), s.selection, s.view.lang] as const,
    ([value], _prev) => {
      const source = map.getSource(sourceId) as GeoJSONSource | undefined;
      source?.setData(build(value, store.getState()));
    },
    { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
}

/** 1 for the selected feature or when nothing of this kind is selected; the dim level otherwise. */
export function emphasis(selection: Selection | null, kind: Selection['kind'], id: string): 'normal' | 'selected' | 'dimmed' {
  if (!selection) return 'normal';
  if (selection.kind === kind && selection.id === id) return 'selected';
  return 'dimmed';
}

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
