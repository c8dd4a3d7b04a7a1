// EU member states at the selected date: a fill over the basemap's countries, filtered by the dated memberships.
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { ViewSelectors } from '../../selectors/view';
import { perFeature } from '../expressions';
import { LAYER, SOURCE } from '../ids';
import { derivedFilter, type OverlayLayers } from './overlay';

export function euMembersFilter(members: readonly string[]): FilterSpecification {
  return ['in', ['get', 'iso2'], ['literal', [...members]]];
}

export function euMembersOverlay(views: ViewSelectors): OverlayLayers {
  return {
    // The basemap's countries, filtered: no source of its own.
    sources: {},
    layers: (theme): LayerSpecification[] => [
      {
        id: LAYER.euFill,
        type: 'fill',
        source: SOURCE.countries,
        // Replaced by the members at the date, in the first style and on every change (filters).
        filter: euMembersFilter([]),
        paint: { 'fill-color': perFeature(theme.eu), 'fill-opacity': perFeature(1), 'fill-antialias': true },
      },
    ],
    filters: [derivedFilter(LAYER.euFill, (s) => views.euMembers(s), euMembersFilter)],
    hitLayers: [],
  };
}
