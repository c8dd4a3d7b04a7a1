// How a funding arc is drawn, in every renderer and the legend: colour by stage of amount, width by amount.
import { scaleSqrt } from '../../selectors/scales';
import type { FundingStage } from '../../selectors/funding';
import type { MapTheme } from '../theme';
import { emphasisLevels, type Emphasis, type EmphasisLevels } from './common';

export interface FundingArcProperties {
  id: string;
  instrument: string;
  stage: FundingStage;
  amount: number;
  /** Line width in pixels (fundingWidth of the amount, to a tenth). */
  width: number;
  emphasis: Emphasis;
}

/** Arc width in pixels by amount in euros. */
export const fundingWidth = scaleSqrt([0, 35e9], [1.2, 16], true);

export const FUNDING_STYLE = {
  /** How much wider than the arc a pointer may be and still hit it. */
  hitExtra: 10,
} as const;

export function fundingOpacity(theme: MapTheme): EmphasisLevels {
  return emphasisLevels(theme.dimOpacity, 0.7, 1);
}

export function fundingColour(theme: MapTheme, stage: FundingStage): string {
  return theme.fundingStage[stage];
}
