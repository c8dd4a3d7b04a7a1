// What the SVG map needs besides the store, built from the basemap and the model: used by the presenter's preview
// and the printed handout (the main app builds the same in start.tsx for its own map).
import type { Position } from 'geojson';
import type { BasemapData } from '../../geo/basemap';
import type { RouteView } from '../../selectors/routes';
import type { SvgMapProps } from '../../map/svg/SvgMap';
import type { Lang } from '../../state/types';
import { routeLabelText } from '../figure-text';

export type StaticMapProps = Omit<SvgMapProps, 'onPointer'>;

export function staticMapProps(basemap: BasemapData): StaticMapProps {
  const countryPoints = new Map<string, Position>();
  for (const f of basemap.smallStates.features) countryPoints.set(f.properties.iso2, f.geometry.coordinates);
  for (const f of basemap.labels.features) countryPoints.set(f.properties.iso2, f.geometry.coordinates);
  const geometries = new Map(basemap.countries.features.map((f) => [f.properties.iso2, f.geometry]));
  // Small maps carry the route's name only; its figure is in the step's text and sources.
  const routeLabel = (r: RouteView): string => r.route.name;
  return { basemap, geometries, countryPoints, routeLabel };
}

/**
 * The parts the presenter window's slide decks draw their maps from: the preview's, with each route labelled as the
 * app's map labels it (its name and the period's figure, in the reader's language), so that a deck from the presenter
 * window says what a deck from the story list says.
 */
export function deckMapParts(props: StaticMapProps, lang: () => Lang): StaticMapProps {
  return { ...props, routeLabel: (r: RouteView): string => routeLabelText(lang(), r) };
}
