// What the SVG map needs besides the store, built from the basemap and the model: used by the presenter's preview
// and the printed handout (the main app builds the same in start.tsx for its own map).
import type { Position } from 'geojson';
import type { BasemapData } from '../../geo/basemap';
import type { RouteView } from '../../selectors/routes';
import type { SvgMapProps } from '../../map/svg/SvgMap';

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
