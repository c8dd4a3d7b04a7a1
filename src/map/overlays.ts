// The overlays of the map, from the bottom up: the one list from which both renderers take their z-order. The WebGL map
// stacks each slot's overlays in this order (map-style.ts); the SVG map draws them in the same order
// (svg/overlays.tsx, whose table by id the compiler keeps complete). The legend lists overlays in reading order, not
// z-order (ui/LayersAndLegend.tsx).
import type { Figure } from '../data/schema';
import type { Lang } from '../state/types';
import type { RouteView } from '../selectors/routes';
import type { ViewSelectors } from '../selectors/view';
import type { CountryPlaces } from '../selectors/places';
import { EU_MEMBERS_OVERLAY, type MapOverlay, type OverlayKey, type OverlayLayers, type OverlaySlot } from './layers/overlay';
import { euMembersOverlay } from './layers/eu-members';
import { partnersOverlay } from './layers/partners';
import { fundingOverlay } from './layers/funding';
import { routesOverlay } from './layers/routes';
import { displacementOverlay } from './layers/displacement';
import { missionsOverlay } from './layers/missions';

/** What the WebGL builders draw from: the selectors, the countries' places and the words of labels. */
export interface OverlayParts {
  views: ViewSelectors;
  geometries: CountryPlaces['geometries'];
  countryPoints: CountryPlaces['points'];
  /** A route's label: its name and figure. */
  routeLabel(r: RouteView): string;
  /** A count of people hosted as the map labels it. */
  hostedLabel(f: Figure, lang: Lang): string;
}

export interface OverlayEntry {
  id: OverlayKey;
  /** Where the overlay sits among the basemap's layers: fills under the borders, lines and symbols above them. */
  slot: OverlaySlot;
  /** The WebGL map's sources and layers (layers/<overlay>.ts). */
  webgl(parts: OverlayParts): OverlayLayers;
}

/** Bottom first. Within a slot, an overlay is drawn over those before it. */
export const OVERLAYS: readonly OverlayEntry[] = [
  { id: EU_MEMBERS_OVERLAY, slot: 'fills', webgl: (p) => euMembersOverlay(p.views) },
  { id: 'partners', slot: 'fills', webgl: (p) => partnersOverlay(p.views, p.geometries) },
  { id: 'funding', slot: 'lines', webgl: (p) => fundingOverlay(p.views, p.countryPoints) },
  { id: 'routes', slot: 'lines', webgl: (p) => routesOverlay(p.views, p.routeLabel) },
  { id: 'displacement', slot: 'symbols', webgl: (p) => displacementOverlay(p.views, p.countryPoints, p.hostedLabel) },
  { id: 'missions', slot: 'symbols', webgl: (p) => missionsOverlay(p.views) },
];

/** The ids of the overlays in one slot, bottom first. */
export function overlaysIn(slot: OverlaySlot): OverlayKey[] {
  return OVERLAYS.filter((o) => o.slot === slot).map((o) => o.id);
}

/** Every overlay as the WebGL map draws it, in the registry's order. */
export function mapOverlays(parts: OverlayParts): MapOverlay[] {
  return OVERLAYS.map((o) => ({ ...o.webgl(parts), id: o.id, slot: o.slot }));
}
