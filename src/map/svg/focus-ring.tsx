// The focus ring of the keyboard walk on the SVG map: a halo and a line in the theme's focus colours over the focused
// country, route, arc or mission, as the WebGL map draws it (map/focus-ring.ts). It reads the focus from the store.
import type { GeoPath, GeoProjection } from 'd3';
import type { Position } from 'geojson';
import { useAppState, useModel } from '../../context';
import { fundingFeatures } from '../layers/funding';
import { missionFeatures } from '../layers/missions';
import { themeOf } from '../theme';

interface RingProps {
  projection: GeoProjection;
  path: GeoPath;
  countryPaths: ReadonlyMap<string, string>;
  countryPoints: ReadonlyMap<string, Position>;
  missionPx: number;
}

/** The focus ring: a halo and a line in the theme's focus colours, over what is focused (and on a route stop, its country too). */
export function SvgFocusRing({ projection, path, countryPaths, countryPoints, missionPx }: RingProps) {
  const focus = useAppState((s) => s.focused);
  const theme = useAppState(themeOf);
  const { views } = useModel();
  const routes = useAppState((s) => views.routes(s));
  const missions = useAppState((s) => views.missions(s));
  const drawn = useAppState((s) => views.fundingDrawn(s));
  const lang = useAppState((s) => s.view.lang);
  if (!focus) return null;
  const rings: Array<{ d: string; width: number }> = [];
  const country = focus.kind === 'country' ? focus.id : focus.kind === 'route' && focus.stop !== undefined ? focus.country : undefined;
  if (focus.kind === 'route') {
    const r = routes.find((x) => x.route.id === focus.id);
    if (r) rings.push({ d: path(r.geometry) ?? '', width: r.width + 12 });
  } else if (focus.kind === 'funding') {
    const arc = fundingFeatures(drawn, countryPoints, null).features.find((f) => f.id === focus.id);
    if (arc) rings.push({ d: path(arc.geometry) ?? '', width: Number(arc.properties?.['width']) + 9 });
  }
  if (country && countryPaths.has(country)) rings.push({ d: countryPaths.get(country)!, width: 3.5 });
  let mission = null;
  if (focus.kind === 'mission') {
    const f = missionFeatures(missions, null, lang).features.find((x) => x.id === focus.id);
    const p = f ? projection(f.geometry.coordinates as [number, number]) : null;
    const offset = (f?.properties?.['offset'] as [number, number] | undefined) ?? [0, 0];
    if (p) mission = { x: p[0] + offset[0], y: p[1] + offset[1], r: missionPx * 0.75 };
  }
  return (
    <g class="svg-focus-ring" data-focus={`${focus.kind}:${focus.id}`} pointer-events="none" aria-hidden="true">
      {rings.map((ring, i) => (
        <g key={i} fill="none" stroke-linecap="round" stroke-linejoin="round">
          <path d={ring.d} stroke={theme.focusHalo} stroke-width={ring.width + 3.5} stroke-opacity={ring.width > 4 ? 0 : 1} />
          <path d={ring.d} stroke={theme.focusRing} stroke-width={ring.width} stroke-opacity={ring.width > 4 ? 0.9 : 1} />
        </g>
      ))}
      {mission && (
        <>
          <circle cx={mission.x} cy={mission.y} r={mission.r} fill="none" stroke={theme.focusHalo} stroke-width={5} />
          <circle cx={mission.x} cy={mission.y} r={mission.r} fill="none" stroke={theme.focusRing} stroke-width={3} />
        </>
      )}
    </g>
  );
}
