// EU member states at the selected date: a fill over the basemap's countries, filtered by the dated memberships.
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { ViewSelectors } from '../../selectors/view';
import { perFeature } from '../expressions';
import { LAYER, SOURCE } from '../ids';
import { EU_MEMBERS_OVERLAY, type MapOverlay } from './overlay';

export function euMembersFilter(members: readonly string[]): FilterSpecification {
  return ['in', ['get', 'iso2'], ['literal', [...members]]];
}

export function euMembersOverlay(views: ViewSelectors): MapOverlay {
  // The members of the state the map starts with: sources() runs before layers() when the first style is built.
  let initialMembers: readonly string[] = [];
  return {
    id: EU_MEMBERS_OVERLAY,
    slot: 'fills',
    sources(initial) {
      initialMembers = views.euMembers(initial);
      return {};
    },
    layers: (theme): LayerSpecification[] => [
      {
        id: LAYER.euFill,
        type: 'fill',
        source: SOURCE.countries,
        filter: euMembersFilter(initialMembers),
        paint: { 'fill-color': perFeature(theme.eu), 'fill-opacity': perFeature(1), 'fill-antialias': true },
      },
    ],
    hitLayers: [],
    bind(map, store) {
      let shown = initialMembers;
      return store.subscribe(
        (s) => views.euMembers(s),
        (members) => {
          if (members === shown || !map.getLayer(LAYER.euFill)) return;
          map.setFilter(LAYER.euFill, euMembersFilter(members));
          shown = members;
        },
        { fireImmediately: true },
      );
    },
  };
}
