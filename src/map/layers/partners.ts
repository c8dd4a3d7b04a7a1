// Partner countries overlay: each partner filled by the framework that applies at the date; suspended ones hatched.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PARTNER_CATEGORIES, type PartnerView } from '../../selectors/partners';
import type { ViewSelectors } from '../../selectors/view';
import type { Selection } from '../../state/types';
import { LAYER } from '../ids';
import type { MapOverlay } from './overlay';
import { emphasisOpacity, matchExpression } from '../expressions';
import { derivedSource } from '../sync';
import { PARTNER_HATCH, PARTNER_OPACITY, partnerColour, type PartnerProperties } from '../style/partners';

export const PARTNER_HATCH_IMAGE = 'partner-hatch';
export const LAYER_PARTNER_HATCH = 'partner-hatch';
export const SOURCE_PARTNERS = 'partners';

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
      properties: { iso2: p.iso2, category: p.category, emphasis: selected && selected !== p.iso2 ? 'dimmed' : 'normal' },
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

export function partnersOverlay(views: ViewSelectors, geometries: ReadonlyMap<string, CountryGeometry>): MapOverlay {
  const fills = derivedSource(SOURCE_PARTNERS, views.partners, (partners, s) => partnerFeatures(partners, geometries, s.selection), { promoteId: 'iso2' });
  return {
    id: 'partners',
    slot: 'fills',
    sources: { [SOURCE_PARTNERS]: fills },
    layers: (t) => [
      {
        id: LAYER.partnerFill,
        type: 'fill',
        source: SOURCE_PARTNERS,
        paint: {
          'fill-color': matchExpression(['get', 'category'], PARTNER_CATEGORIES.map((c) => [c, partnerColour(t, c)] as const), t.land),
          'fill-opacity': emphasisOpacity(PARTNER_OPACITY),
        },
      },
      {
        id: LAYER_PARTNER_HATCH,
        type: 'fill',
        source: SOURCE_PARTNERS,
        filter: ['==', ['get', 'category'], PARTNER_HATCH.category],
        paint: { 'fill-pattern': PARTNER_HATCH_IMAGE, 'fill-opacity': PARTNER_HATCH.opacity },
      },
    ],
    hitLayers: [],
    images: () => ({ [PARTNER_HATCH_IMAGE]: hatchImage(PARTNER_HATCH.colour) }),
  };
}
