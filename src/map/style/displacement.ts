// How displacement is drawn, in every renderer and the legend: circles sized by the number of IDPs, and one-size rings
// for the documents' counts of refugees hosted (another measure, not on the circles' scale).
import { scaleSqrt } from '../../selectors/scales';

export interface DisplacementProperties {
  id: string;
  country: string;
  idps: number;
  /** Circle radius in pixels (displacementRadius of the number, to a tenth). */
  radius: number;
}

export interface HostedFigureProperties {
  /** The host countries, joined by "+". */
  id: string;
  /** The figures' ids, comma-separated. */
  figures: string;
  /** One line per figure, in the UI language. */
  label: string;
}

export const displacementRadius = scaleSqrt([0, 8e6], [0, 34]);

export const DISPLACEMENT_CIRCLE = { fillOpacity: 0.45, strokeWidth: 1.2 } as const;

/** The hosted-refugees ring and its label, a size smaller than the map's label size. */
export const HOSTED_RING = { radius: 7, strokeWidth: 2.5, labelSizeDelta: -1, labelHalo: 1.6 } as const;
