// The map's features at the state's date, filters and layers, as both renderers and the "Map as text" list read them,
// with where each stands: built once per app from the model, the view selectors and the basemap's country points.
import type { LineString, Position } from 'geojson';
import type { Model } from '../../data/model';
import { fundingArcLine } from '../../selectors/funding-arcs';
import { mapFeaturesAt, routeStops, type MapContent, type MapFeature } from '../../selectors/map-features';
import { memoize } from '../../selectors/memo';
import type { ViewSelectors } from '../../selectors/view';
import type { AppState, MapFocus } from '../../state/types';
import { focusText } from './announce';

export interface MapNavigator {
  model: Model;
  content(s: AppState): MapContent;
  features(s: AppState): MapFeature[];
  /** Where a focus stands: the feature's place, or on a route stop its country's. */
  placeOf(s: AppState, focus: MapFocus): Position | undefined;
  /** The route's stops in travel order at the state's date. */
  stopsOf(s: AppState, routeId: string): ReturnType<typeof routeStops>;
  /** What the live region says for a focus. */
  describe(s: AppState, focus: MapFocus): string;
}

const navigators = new WeakMap<ViewSelectors, MapNavigator>();
const contents = new WeakMap<ViewSelectors, (s: AppState) => MapContent>();

/** What the map draws at the state (the view selectors' lists and the layer switches), one memoised selector per app. */
export function mapContentSelector(views: ViewSelectors): (s: AppState) => MapContent {
  let select = contents.get(views);
  if (select) return select;
  const build = memoize((overlays: AppState['view']['overlays'], routes: MapContent['routes'], partners: MapContent['partners'], missions: MapContent['missions'], funding: MapContent['funding']): MapContent => ({ overlays, routes, partners, missions, funding }));
  select = (s) => build(s.view.overlays, views.routes(s), views.partners(s), views.missions(s), views.fundingDrawn(s));
  contents.set(views, select);
  return select;
}

export function mapNavigator(model: Model, views: ViewSelectors, countryPoints: ReadonlyMap<string, Position>): MapNavigator {
  const known = navigators.get(views);
  if (known) return known;
  // The arcs as the map draws them (same ends and bends), so focus stands on the drawn arc.
  const arcs = memoize((drawn: MapContent['funding']): ReadonlyMap<string, LineString> => new Map(drawn.flatMap((f) => {
    const line = fundingArcLine(f, countryPoints);
    return line ? [[f.id, line] as const] : [];
  })));
  const content = mapContentSelector(views);
  const features = memoize((c: MapContent): MapFeature[] => {
    const lines = arcs(c.funding);
    return mapFeaturesAt(c, { country: (iso2) => countryPoints.get(iso2), fundingLine: (f) => lines.get(f.id) });
  });
  const stopsOf = (s: AppState, routeId: string): ReturnType<typeof routeStops> => {
    const route = model.routes.get(routeId);
    return route ? routeStops(model, route, s.time.date) : [];
  };
  const navigator: MapNavigator = {
    model,
    content,
    features: (s) => features(content(s)),
    placeOf(s, focus) {
      if (focus.kind === 'route' && focus.country && focus.stop !== undefined) return countryPoints.get(focus.country);
      return features(content(s)).find((f) => f.kind === focus.kind && f.id === focus.id)?.at;
    },
    stopsOf,
    describe: (s, focus) => focusText(s.view.lang, model, content(s), s.time.date, focus),
  };
  navigators.set(views, navigator);
  return navigator;
}
