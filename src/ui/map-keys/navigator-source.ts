// How the keys, the "Map as text" list and the live region get the map's navigator: fetched (navigator.ts and the
// feature selectors, its own chunk) the first time one of them needs it, then the same one for the app.
import type { Position } from 'geojson';
import type { Model } from '../../data/model';
import type { ViewSelectors } from '../../selectors/view';
import type { NavigatorSource } from './keys';

export function navigatorSource(model: Model, views: ViewSelectors, countryPoints: ReadonlyMap<string, Position>): NavigatorSource {
  return () => import('./walk').then((m) => m.mapNavigator(model, views, countryPoints));
}
