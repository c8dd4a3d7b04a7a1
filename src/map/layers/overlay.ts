// The contract every map overlay module fulfils: it declares its sources and layers; sync.ts binds them to the store.
import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore, Store } from '../../state/store';
import type { AppState, OverlayId, SelectionKind } from '../../state/types';
import type { MapTheme } from '../theme';

/** Where an overlay's layers sit in the z-order. */
export type OverlaySlot = 'fills' | 'lines' | 'symbols';

/** The id of the one overlay drawn at all times, with no switch: the EU member states at the date. */
export const EU_MEMBERS_OVERLAY = 'eu-members';

/** A GeoJSON source derived from the store (built by sync.ts's derivedSource): its data in the initial style, then kept in step with setData. */
export interface DerivedSource {
  /** The source for the map's first style, built from the state the map starts with. */
  spec(s: Store): GeoJSONSourceSpecification;
  /** Subscribes the map's source to the store; `build` runs only when `select`'s result, the selection or the language change. */
  bind(map: MapLibreMap, store: AppStore): () => void;
}

/** A layer filter that follows the store. */
export interface DerivedFilter {
  layer: string;
  /** What the filter depends on, compared by identity. */
  key(s: AppState): unknown;
  /** The filter for a state of the store. */
  at(s: AppState): FilterSpecification;
}

/** Per-feature values a layer's paint reads with ['feature-state', …]. */
export type FeatureStateValues = Readonly<Record<string, string | number | boolean>>;

/**
 * Feature states derived from the store, on the features of a source the overlay shares (the basemap's countries):
 * paint that follows the date and the selection without sending data to the worker or re-tiling.
 */
export interface DerivedStates {
  source: string;
  /** What the states depend on, compared by identity. */
  key(s: AppState): unknown;
  /** The states for a state of the store, by feature id; a feature not listed has none of these keys. */
  at(s: AppState): ReadonlyMap<string, FeatureStateValues>;
}

/** An overlay of the map: the switch that shows it, or EU_MEMBERS_OVERLAY for the EU frame that is always drawn. */
export type OverlayKey = OverlayId | typeof EU_MEMBERS_OVERLAY;

/** What an overlay's WebGL builder (layers/<overlay>.ts) makes; the registry (../overlays.ts) adds its id and slot. */
export interface OverlayLayers {
  /** The overlay's GeoJSON sources by source id, each derived from the store. */
  sources: Readonly<Record<string, DerivedSource>>;
  layers(theme: MapTheme): LayerSpecification[];
  /** Layer filters derived from the store (set in the first style, then kept in step). */
  filters?: readonly DerivedFilter[];
  /** Feature states derived from the store (set before the first frame, then kept in step). */
  states?: readonly DerivedStates[];
  /** Layers a pointer can hit, with the kind of thing a hit selects (feature property `id`). */
  hitLayers: ReadonlyArray<{ layer: string; kind: SelectionKind }>;
  /** Images the layers use (icons, patterns), drawn in code: no sprite request. */
  images?(theme: MapTheme): Record<string, OverlayImage>;
}

/** An overlay as the WebGL map draws it, in the z-order of the registry (../overlays.ts). */
export interface MapOverlay extends OverlayLayers {
  id: OverlayKey;
  slot: OverlaySlot;
}

export interface OverlayImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
  pixelRatio?: number;
}

/** A filter built from one selector's result, rebuilt when that result changes. */
export function derivedFilter<T>(layer: string, select: (s: AppState) => T, filter: (value: T) => FilterSpecification): DerivedFilter {
  return { layer, key: select, at: (s) => filter(select(s)) };
}
