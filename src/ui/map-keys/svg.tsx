// The map's keys on the SVG map: the same bindings as the WebGL map, with the SVG map's camera math, and the focus
// ring drawn as an outline over the focused country, route, arc or mission.
import { useEffect } from 'preact/hooks';
import type { GeoPath, GeoProjection } from 'd3';
import type { Position } from 'geojson';
import { useAppState, useAppStore, useModel } from '../context';
import { cameraProjection, panCamera, zoomCameraAt } from '../../map/svg/projection';
import { fundingFeatures } from '../../map/layers/funding';
import { missionFeatures } from '../../map/layers/missions';
import { themeOf } from '../../map/theme';
import { bindMapKeys } from './keys';
import { navigatorSource } from './navigator-source';

/** Binds the keys to the SVG map's element; the camera is read from the store at each key, so the hook binds once. */
export function useSvgMapKeys(element: { current: HTMLElement | null }, countryPoints: ReadonlyMap<string, Position>): void {
  const store = useAppStore();
  const { model, views } = useModel();
  useEffect(() => {
    const el = element.current;
    if (!el) return undefined;
    const size = (): { width: number; height: number } => ({ width: el.clientWidth, height: el.clientHeight });
    const camera = (): ReturnType<typeof store.getState>['view']['camera'] => store.getState().view.camera;
    const setCamera = (next: ReturnType<typeof camera>): void => store.getState().setCamera(next, 'map');
    return bindMapKeys(el, store, navigatorSource(model, views, countryPoints), {
      project: (at) => {
        const { width, height } = size();
        // The SVG map's centre, moved across where the briefing legend takes a strip out of the frame (SvgMap).
        const shift = Number(el.querySelector('svg[data-centre-shift]')?.getAttribute('data-centre-shift') ?? 0);
        const p = cameraProjection(camera(), width, height, undefined, shift)([at[0]!, at[1]!]) ?? [NaN, NaN];
        return { x: p[0], y: p[1] };
      },
      size,
      panBy: (dx, dy) => setCamera(panCamera(camera(), size().width, size().height, -dx, -dy)),
      zoomBy: (delta) => setCamera(zoomCameraAt(camera(), size().width, size().height, delta)),
      centreOn: (at) => setCamera({ ...camera(), lon: at[0]!, lat: at[1]! }),
    });
  }, [element, store, model, views, countryPoints]);
}

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
