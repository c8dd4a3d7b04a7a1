// Small typed builders for MapLibre expressions that TypeScript cannot infer from spread arrays.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { EmphasisLevels, ZoomCurve } from './style/common';

/** ["match", input, k1, v1, k2, v2, ..., fallback] from a list of pairs. */
export function matchExpression(input: ExpressionSpecification, pairs: ReadonlyArray<readonly [string | number, string | number]>, fallback: string | number): ExpressionSpecification {
  return ['match', input, ...pairs.flat(), fallback] as unknown as ExpressionSpecification;
}

/** Opacity by the feature's `emphasis` property: dimmed when something else is selected. */
export function emphasisOpacity(levels: EmphasisLevels): ExpressionSpecification {
  return ['match', ['get', 'emphasis'], 'dimmed', levels.dimmed, 'selected', levels.selected, levels.normal];
}

/** A zoom curve of the overlay descriptions as MapLibre's linear interpolation. */
export function zoomInterpolate(curve: ZoomCurve): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], curve.from[0], curve.from[1], curve.to[0], curve.to[1]];
}

/**
 * The same value, marked as depending on the feature.
 *
 * MapLibre compiles one shader program for each combination of constant and per-feature paint properties of a layer
 * type. Giving every fill, line and text layer the same combination lets them share one program instead of compiling
 * a variant each, which costs 30-60 ms per program with a software renderer on the first frame.
 */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', '__constant'], value, value];
}
