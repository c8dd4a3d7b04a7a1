// The serialisable UI state: what the user looks at, never derived data.

import type { OverlayId, Scheme, SelectionKind, FilterKey } from '../outside/vocabulary';

// The view's vocabulary has one home (outside/vocabulary.ts, which checks what comes from outside against it).
export { OVERLAY_IDS, SCHEMES, SELECTION_KINDS, FILTER_KEYS } from '../outside/vocabulary';
export type { OverlayId, Scheme, SelectionKind, FilterKey } from '../outside/vocabulary';

export const MODES = ['explore', 'briefing', 'embed'] as const;
export type Mode = (typeof MODES)[number];

export const LANGS = ['en', 'fr', 'de', 'it', 'es', 'ar'] as const;
export type Lang = (typeof LANGS)[number];


export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** The feature the map's keyboard focus is on; on a route, `stop` walks its countries in travel order (`country` is that stop's). */
export interface MapFocus extends Selection {
  stop?: number;
  country?: string;
}

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export type Filters = Record<FilterKey, readonly string[]>;

/** A month, as "YYYY-MM": the timeline's unit. */
export type Month = string;

export interface ViewState {
  mode: Mode;
  lang: Lang;
  highContrast: boolean;
  scheme: Scheme;
  /** The system asks for dark colours (prefers-color-scheme), read for `scheme: 'auto'`. Not part of the URL. */
  systemDark: boolean;
  camera: Camera;
  /** Who moved the camera last: the map (user drag) or the app (link, story). Stops map<->store loops. */
  cameraOrigin: 'map' | 'app';
  overlays: Record<OverlayId, boolean>;
  tableOpen: boolean;
  story: { id: string; step: number } | null;
}

export interface TimeState {
  date: Month;
  playing: boolean;
  speed: 1 | 2 | 4;
}

/** Two months shown side by side (issue 19): `a` on the left or top, `b` on the right or below. */
export interface CompareState {
  a: Month;
  b: Month;
}

export interface AppState {
  view: ViewState;
  time: TimeState;
  filters: Filters;
  /** The comparison of two dates, or null for the one-date map. */
  compare: CompareState | null;
  selection: Selection | null;
  hovered: Selection | null;
  /** The map's keyboard focus (both renderers and the "Map as text" list read it). Not part of the URL. */
  focused: MapFocus | null;
  /** Short user-facing notices (bad link parameters, fallbacks). Not part of the URL. */
  notices: readonly string[];
}
