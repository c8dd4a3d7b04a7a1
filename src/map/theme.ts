// Colours, sizes and z-order of the map and its overlays, with a high-contrast variant for projectors.
// Categorical colours follow the Okabe-Ito palette, which stays distinct for colour-blind readers.
import { isDark, usesHighContrast } from '../state/scheme';
import type { AppState } from '../state/types';
import type { MissionKind } from '../data/schema';
import type { FundingStage } from '../selectors/funding';
import type { PartnerCategory } from '../selectors/partners';

export interface MapTheme {
  sea: string;
  land: string;
  eu: string;
  border: string;
  euBorder: string;
  coastline: string;
  label: string;
  labelHalo: string;
  labelSize: number;
  highlight: string;
  selected: string;
  /** The keyboard focus ring on the map, drawn over a halo so it shows on land, sea and overlays alike. */
  focusRing: string;
  focusHalo: string;
  route: string;
  routeCasing: string;
  routeSchematicDash: [number, number];
  routeLabel: string;
  fundingArc: string;
  /** Funding arcs, chart bars and legend lines by kind of amount (kinds are never added together). */
  fundingStage: Record<FundingStage, string>;
  displacement: string;
  displacementStroke: string;
  dimOpacity: number;
  /** Partner frameworks in force, by category (see selectors/partners.ts). */
  partner: Record<PartnerCategory, string>;
  mission: Record<MissionKind, string>;
}

export const DEFAULT_THEME: MapTheme = {
  sea: '#d7e4ef',
  land: '#f6f4ef',
  eu: '#c8d4ea',
  border: '#9ba5b0',
  euBorder: '#5d74a6',
  coastline: '#8aa0b5',
  label: '#2b2f36',
  labelHalo: '#ffffff',
  labelSize: 12,
  highlight: '#ffd24d',
  selected: '#1a1a1a',
  focusRing: '#7b1fa2',
  focusHalo: '#ffffff',
  route: '#D55E00',
  routeCasing: '#ffffff',
  routeSchematicDash: [3, 3],
  routeLabel: '#8a3a00',
  fundingArc: '#0072B2',
  fundingStage: {
    allocated: '#0072B2',
    committed: '#009E73',
    mobilised: '#CC79A7',
    pledged: '#E69F00',
    adopted: '#882255',
    provided: '#000000',
    planned: '#56B4E9',
    // Amounts in no total: greys, so that they never read as a stage of their own.
    'committed-or-planned': '#999999',
    'not-stated': '#7a7a7a',
  },
  displacement: '#CC79A7',
  displacementStroke: '#7a2f63',
  dimOpacity: 0.25,
  partner: {
    candidate: '#E69F00',
    'mobility-partnership': '#009E73',
    readmission: '#56B4E9',
    dialogue: '#F0E442',
    suspended: '#8c8c8c',
  },
  mission: {
    'csdp-civilian': '#0072B2',
    'csdp-military': '#000000',
    frontex: '#009E73',
    'eu-office': '#CC79A7',
    centre: '#E69F00',
    'liaison-officer': '#56B4E9',
  },
};

/** For washed-out projectors: white land, black lines and text, saturated overlays, larger type. */
export const HIGH_CONTRAST_THEME: MapTheme = {
  ...DEFAULT_THEME,
  sea: '#8fb3de',
  land: '#ffffff',
  eu: '#fff0a8',
  border: '#000000',
  euBorder: '#000000',
  coastline: '#000000',
  label: '#000000',
  labelHalo: '#ffffff',
  labelSize: 17,
  highlight: '#ff00aa',
  selected: '#000000',
  route: '#c33c00',
  routeCasing: '#000000',
  routeLabel: '#000000',
  fundingArc: '#003f7f',
  fundingStage: {
    allocated: '#003f7f',
    committed: '#006b4f',
    mobilised: '#a0186e',
    pledged: '#b86e00',
    adopted: '#661133',
    provided: '#000000',
    planned: '#1f78b4',
    'committed-or-planned': '#666666',
    'not-stated': '#4d4d4d',
  },
  displacement: '#a0186e',
  displacementStroke: '#000000',
  dimOpacity: 0.15,
};

/** For host pages with dark colours (scheme=dark): dark sea and land, light lines and labels, overlays brightened
 * where the default would vanish on a dark ground (black symbols become light grey). */
export const DARK_THEME: MapTheme = {
  ...DEFAULT_THEME,
  sea: '#0e1822',
  land: '#262b31',
  eu: '#2c3a55',
  border: '#5f6873',
  euBorder: '#8fa6d8',
  coastline: '#4d6478',
  label: '#e4e8ed',
  labelHalo: '#0e1216',
  highlight: '#ffd24d',
  selected: '#ffffff',
  focusRing: '#e7b3ff',
  focusHalo: '#0e1216',
  route: '#ff8a3d',
  routeCasing: '#0e1216',
  routeLabel: '#ffb27a',
  fundingArc: '#56B4E9',
  displacement: '#e48bc4',
  displacementStroke: '#f6c8e4',
  dimOpacity: 0.3,
  mission: { ...DEFAULT_THEME.mission, 'csdp-military': '#d9d9d9' },
  // Provided amounts are black by default: light grey on a dark ground; the greys of amounts in no total lightened.
  fundingStage: { ...DEFAULT_THEME.fundingStage, provided: '#d9d9d9', adopted: '#dd88bb', 'committed-or-planned': '#a6a6a6', 'not-stated': '#bfbfbf' },
};

/** Every palette the map can paint with: what holds for the map whatever the theme holds for each of these. */
export const MAP_THEMES: readonly MapTheme[] = [DEFAULT_THEME, HIGH_CONTRAST_THEME, DARK_THEME];

/** High contrast (projectors, hc=1) wins over dark. */
export function mapTheme(highContrast: boolean, dark = false): MapTheme {
  return highContrast ? HIGH_CONTRAST_THEME : dark ? DARK_THEME : DEFAULT_THEME;
}

/** The palette the map paints with in this state of the app (high contrast, dark or default): a constant per theme. */
export function themeOf(s: Pick<AppState, 'view'>): MapTheme {
  return mapTheme(usesHighContrast(s.view), isDark(s));
}
