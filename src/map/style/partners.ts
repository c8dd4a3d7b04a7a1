// How a partner country is drawn, in every renderer and the legend: its category's fill, dimmed by a selection; suspended hatched.
import type { PartnerCategory } from '../../selectors/partners';
import type { MapTheme } from '../theme';
import { APART_OPACITY, emphasisLevels, type Emphasis, type Standing } from './common';

export interface PartnerProperties {
  iso2: string;
  category: PartnerCategory;
  /** A partner is dimmed while another country is selected; the selected one keeps the normal fill. */
  emphasis: Emphasis;
  /** 'last-reported' when none of its frameworks is current at the date: drawn apart (APART_OPACITY). */
  standing: Extract<Standing, 'current' | 'last-reported'>;
}

/** Opacity of the partner fill over the land. */
export const PARTNER_OPACITY = emphasisLevels(0.35, 0.85);

/** The diagonal hatching over partners whose framework is suspended: `line` pixels on in every `size`. */
export const PARTNER_HATCH = { category: 'suspended', colour: '#333333', size: 8, line: 2, opacity: 0.6 } as const satisfies {
  category: PartnerCategory;
  colour: string;
  size: number;
  line: number;
  opacity: number;
};

export function partnerColour(theme: MapTheme, category: PartnerCategory): string {
  return theme.partner[category];
}

/** The colour a fill of `colour` at `opacity` shows over `base` ("#rrggbb" each). */
export function paintedOver(colour: string, base: string, opacity: number): string {
  const channel = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  let out = '#';
  for (let i = 0; i < 3; i++) out += Math.round(channel(colour, i) * opacity + channel(base, i) * (1 - opacity)).toString(16).padStart(2, '0');
  return out;
}

/** The legend's sample of what is drawn apart (last reported or planned): an agreement's fill at the apart opacity. */
export function apartSwatch(theme: MapTheme): string {
  return paintedOver(partnerColour(theme, 'dialogue'), theme.land, PARTNER_OPACITY.normal * APART_OPACITY);
}

/** What the map paints for a partner category (its fill over the land): the colour of its legend swatch. */
export function partnerSwatch(theme: MapTheme, category: PartnerCategory): string {
  return paintedOver(partnerColour(theme, category), theme.land, PARTNER_OPACITY.normal);
}
