// How the basemap is drawn, in every renderer: borders, hover and selection outlines, and which country names show at a zoom.
import type { MapTheme } from '../theme';
import type { ZoomCurve } from './common';

export const BASEMAP_STYLE = {
  borderWidth: { from: [1, 0.4], to: [6, 1.2] } satisfies ZoomCurve,
  hoverOpacity: 0.45,
  selectedOutline: 2.5,
  labelHalo: 1.6,
  labelPadding: 3,
} as const;

/** Country names grow with the zoom, from a size below the theme's label size. */
export function countryLabelSize(theme: MapTheme): ZoomCurve {
  return { from: [2, theme.labelSize - 1], to: [6, theme.labelSize + 3] };
}

/**
 * Larger countries are named first, smaller ones as the map zooms in: from each whole zoom on, the names of countries
 * larger than this many km². Whole zooms, because MapLibre evaluates a layer filter at the tile's integer zoom.
 */
export const LABEL_MIN_AREA: ReadonlyArray<readonly [fromZoom: number, minAreaKm2: number]> = [
  [0, 1_500_000],
  [2, 200_000],
  [3, 20_000],
  [4, 0],
];

/** The area a country must pass to be named at this zoom. */
export function labelMinArea(zoom: number): number {
  let area = LABEL_MIN_AREA[0]![1];
  for (const [from, min] of LABEL_MIN_AREA) if (Math.floor(zoom) >= from) area = min;
  return area;
}
