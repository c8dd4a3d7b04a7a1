// Partner countries overlay: each partner filled by the framework that applies at the date; suspended ones hatched.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { PARTNER_CATEGORIES, type PartnerView } from '../../selectors/partners';
import type { ViewSelectors } from '../../selectors/view';
import type { AppState, Selection } from '../../state/types';
import { memoize, memoizeList } from '../../selectors/memo';
import { LAYER, SOURCE } from '../ids';
import { derivedFilter, type FeatureStateValues, type OverlayLayers } from './overlay';
import { matchExpression } from '../expressions';
import { PARTNER_HATCH, PARTNER_OPACITY, partnerColour, type PartnerProperties } from '../style/partners';
import { APART_OPACITY } from '../style/common';

export const PARTNER_HATCH_IMAGE = 'partner-hatch';
export const LAYER_PARTNER_HATCH = 'partner-hatch';

type CountryGeometry = Polygon | MultiPolygon;

export function partnerFeatures(partners: readonly PartnerView[], geometries: ReadonlyMap<string, CountryGeometry>, selection: Selection | null): FeatureCollection<CountryGeometry, PartnerProperties> {
  const selected = selection?.kind === 'country' ? selection.id : null;
  const features: Feature<CountryGeometry, PartnerProperties>[] = [];
  for (const p of partners) {
    const geometry = geometries.get(p.iso2);
    if (!geometry) continue;
    features.push({
      type: 'Feature',
      id: p.iso2,
      properties: { iso2: p.iso2, category: p.category, emphasis: selected && selected !== p.iso2 ? 'dimmed' : 'normal', standing: p.lastReportedOnly ? 'last-reported' : 'current' },
      geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Diagonal hatching drawn on a canvas-free pixel buffer: no image request. */
function hatchImage(colour: string): { width: number; height: number; data: Uint8Array } {
  const size = PARTNER_HATCH.size;
  const data = new Uint8Array(size * size * 4);
  const r = parseInt(colour.slice(1, 3), 16);
  const g = parseInt(colour.slice(3, 5), 16);
  const b = parseInt(colour.slice(5, 7), 16);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < PARTNER_HATCH.line;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = on ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}

/** The partners drawn at a date (those with a country shape), for the layers' filters. */
function drawnIn(partners: readonly PartnerView[], geometries: ReadonlyMap<string, CountryGeometry>, category?: string): string[] {
  return partners.filter((p) => geometries.has(p.iso2) && (category === undefined || p.category === category)).map((p) => p.iso2);
}

const inCountries = (iso2s: readonly string[]): FilterSpecification => ['in', ['get', 'iso2'], ['literal', [...iso2s]]];

/**
 * Partners are drawn on the basemap's own country shapes, not on a copy of them: the layers are filtered to the
 * partners at the date, and each partner's category and emphasis are feature states, so a step that changes a category
 * or a selection repaints without re-tiling anything, and the load does not send a second set of country outlines to
 * the map's worker. The values are the same properties the SVG map reads (partnerFeatures).
 */
export function partnersOverlay(views: ViewSelectors, geometries: ReadonlyMap<string, CountryGeometry>): OverlayLayers {
  const states = memoize((partners: readonly PartnerView[], selection: Selection | null): ReadonlyMap<string, FeatureStateValues> => new Map(partnerFeatures(partners, geometries, selection).features.map((f) => [f.properties.iso2, { category: f.properties.category, emphasis: f.properties.emphasis, standing: f.properties.standing }])));
  const stateKey = memoize((partners: readonly PartnerView[], selection: Selection | null) => [partners, selection] as const);
  const hatched = memoizeList((partners: readonly PartnerView[]) => drawnIn(partners, geometries, PARTNER_HATCH.category));
  const drawn = memoizeList((partners: readonly PartnerView[]) => drawnIn(partners, geometries));
  return {
    sources: {},
    layers: (t) => [
      {
        id: LAYER.partnerFill,
        type: 'fill',
        source: SOURCE.countries,
        // Replaced by the partners at the date, in the first style and on every change (filters).
        filter: inCountries([]),
        paint: {
          'fill-color': matchExpression(['to-string', ['feature-state', 'category']], PARTNER_CATEGORIES.map((c) => [c, partnerColour(t, c)] as const), t.land),
          'fill-opacity': [
            '*',
            ['match', ['to-string', ['feature-state', 'emphasis']], 'dimmed', PARTNER_OPACITY.dimmed, 'selected', PARTNER_OPACITY.selected, PARTNER_OPACITY.normal],
            ['match', ['to-string', ['feature-state', 'standing']], 'last-reported', APART_OPACITY, 1],
          ],
        },
      },
      {
        id: LAYER_PARTNER_HATCH,
        type: 'fill',
        source: SOURCE.countries,
        filter: inCountries([]),
        paint: { 'fill-pattern': PARTNER_HATCH_IMAGE, 'fill-opacity': PARTNER_HATCH.opacity },
      },
    ],
    filters: [derivedFilter(LAYER.partnerFill, (s) => drawn(views.partners(s)), inCountries), derivedFilter(LAYER_PARTNER_HATCH, (s) => hatched(views.partners(s)), inCountries)],
    states: [{ source: SOURCE.countries, key: (s: AppState) => stateKey(views.partners(s), s.selection), at: (s: AppState) => states(views.partners(s), s.selection) }],
    hitLayers: [],
    images: () => ({ [PARTNER_HATCH_IMAGE]: hatchImage(PARTNER_HATCH.colour) }),
  };
}
