// What the SVG map's overlay files share: the frame they draw in and how a drawn thing names what a click selects.
import type { GeoPath, GeoProjection } from 'd3';
import type { Selection, SelectionKind } from '../../state/types';
import type { MapTheme } from '../theme';

/** The projection and box of the current camera, and the palette. */
export interface SvgFrame {
  projection: GeoProjection;
  path: GeoPath;
  width: number;
  height: number;
  zoom: number;
  theme: MapTheme;
}

/** Which thing a clickable element selects, as written in its data-select attribute. */
export function selectAttr(kind: SelectionKind, id: string): string {
  return `${kind}:${id}`;
}

export function selectionAt(target: EventTarget | null): Selection | null {
  const el = target instanceof Element ? target.closest('[data-select]') : null;
  const value = el?.getAttribute('data-select');
  if (!value) return null;
  const at = value.indexOf(':');
  return { kind: value.slice(0, at) as SelectionKind, id: value.slice(at + 1) };
}

/** A pixel position, or null where the projection has none. */
export function pixelOf(frame: SvgFrame, coordinates: readonly number[]): [number, number] | null {
  return frame.projection([coordinates[0]!, coordinates[1]!]);
}
