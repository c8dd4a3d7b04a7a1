// The contract every map overlay module fulfils: sources, layer specs, and a binding that keeps them in sync.
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { AppStore, Store } from '../../state/store';
import type { OverlayId, SelectionKind } from '../../state/types';
import type { MapTheme } from '../theme';

/** Where an overlay's layers sit in the z-order. */
export type OverlaySlot = 'fills' | 'lines' | 'symbols';

/** The id of the one overlay drawn at all times, with no switch: the EU member states at the date. */
export const EU_MEMBERS_OVERLAY = 'eu-members';

export interface MapOverlay {
  /** The switch that shows the overlay, or EU_MEMBERS_OVERLAY for the EU frame that is always drawn. */
  id: OverlayId | typeof EU_MEMBERS_OVERLAY;
  slot: OverlaySlot;
  /** The overlay's sources with their data for the state the map starts with. */
  sources(initial: Store): Record<string, SourceSpecification>;
  layers(theme: MapTheme): LayerSpecification[];
  /** Layers a pointer can hit, with the kind of thing a hit selects (feature property `id`). */
  hitLayers: ReadonlyArray<{ layer: string; kind: SelectionKind }>;
  /** Images the layers use (icons, patterns), drawn in code: no sprite request. */
  images?(theme: MapTheme): Record<string, OverlayImage>;
  /** Subscribes to the store and updates sources/filters; returns the unsubscribe function. */
  bind(map: MapLibreMap, store: AppStore): () => void;
}

export interface OverlayImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
  pixelRatio?: number;
}
