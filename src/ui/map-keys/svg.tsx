// The map's keys on the SVG map: the same bindings as the WebGL map, with the SVG map's camera math. The SVG map gets
// this binding from the app (RendererSwitch.tsx) and draws the focus ring itself (map/svg/focus-ring.tsx).
import type { SvgMapKeyBinding } from '../../map/svg/SvgMap';
import { cameraProjection, panCamera, zoomCameraAt } from '../../map/svg/projection';
import { bindMapKeys } from './keys';
import { navigatorSource } from './navigator-source';

/** Binds the keys to the SVG map's element; the camera is read from the store at each key, so it binds once. */
export const bindSvgMapKeys: SvgMapKeyBinding = (el, { store, model, views, countryPoints }) => {
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
};
