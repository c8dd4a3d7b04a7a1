// Pieces every overlay description uses, in no renderer's terms: emphasis by selection, curves over the zoom, label halos.
import type { Selection } from '../../state/types';
import type { Standing } from '../../selectors/time';

/** How a feature stands to the selection: the selected one, dimmed because something else is selected, or normal. */
export type Emphasis = 'normal' | 'selected' | 'dimmed';

/** Opacity of a feature at each emphasis. */
export interface EmphasisLevels {
  readonly dimmed: number;
  readonly normal: number;
  readonly selected: number;
}

export function emphasisLevels(dimmed: number, normal = 1, selected = normal): EmphasisLevels {
  return { dimmed, normal, selected };
}

export function opacityAt(levels: EmphasisLevels, emphasis: Emphasis): number {
  return levels[emphasis];
}

/**
 * How a dated record stands at the date: current, 'last-reported' (its latest source is past the horizon) or
 * 'planned' (announced only). Both of the latter are drawn apart: at this share of their opacity, with their label.
 */
export type { Standing };
export const APART_OPACITY = 0.4;

/** The opacity factor of a feature's standing: 1 when current, APART_OPACITY when last reported or planned. */
export function standingFactor(standing: Standing): number {
  return standing === 'current' ? 1 : APART_OPACITY;
}

/** Normal for the selected feature or when nothing of this kind is selected; dimmed otherwise. */
export function emphasis(selection: Selection | null, kind: Selection['kind'], id: string): Emphasis {
  if (!selection) return 'normal';
  if (selection.kind === kind && selection.id === id) return 'selected';
  return 'dimmed';
}

/** A value that changes linearly with the zoom between two stops and stays at the end values outside them. */
export interface ZoomCurve {
  readonly from: readonly [zoom: number, value: number];
  readonly to: readonly [zoom: number, value: number];
}

export function atZoom(curve: ZoomCurve, zoom: number): number {
  const [z0, v0] = curve.from;
  const [z1, v1] = curve.to;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + (v1 - v0) * t;
}

/** A text halo, as MapLibre measures it: how far the halo reaches beyond the glyph. SVG strokes are centred on the
 * outline, so the SVG map strokes twice this width under the fill. */
export function svgHaloStroke(haloWidth: number): number {
  return haloWidth * 2;
}
