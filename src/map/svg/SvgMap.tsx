// The simplified map for browsers without WebGL: the same layers, drawn as SVG with d3-geo from the same selectors.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { useActions, useAppState, useAppStore, useModel } from '../../context';
import { observeLegendPadding } from '../legend-inset';
import { countryName } from '../../i18n/countries';
import { t } from '../../i18n/t';
import { themeOf } from '../theme';
import type { BasemapData } from '../../geo/basemap';
import { routeFeatures } from '../layers/routes';
import { EU_MEMBERS_OVERLAY, type OverlaySlot } from '../layers/overlay';
import { overlaysIn } from '../overlays';
import { cameraProjection, panCamera, pixelPath, zoomCameraAt } from './projection';
import { selectionAt, type SvgFrame } from './common';
import { SvgBorders, SvgCountries, SvgCountryHover, SvgCountrySelected } from './basemap';
import { SvgPartnerHatch } from './partners';
import { routeLayout } from './routes';
import { SVG_OVERLAYS, type SvgScene } from './overlays';
import { SvgCountryLabels } from './country-labels';
import type { RouteView } from '../../selectors/routes';
import { SvgFocusRing } from './focus-ring';
import type { AppStore } from '../../state/store';
import type { Model } from '../../data/model';
import type { ViewSelectors } from '../../selectors/view';
import { atZoom } from '../style/common';
import { MISSION_STYLE } from '../style/missions';

type CountryGeometry = Polygon | MultiPolygon;
type Point = { x: number; y: number };

export interface SvgMapProps {
  basemap: BasemapData;
  geometries: ReadonlyMap<string, CountryGeometry>;
  countryPoints: ReadonlyMap<string, Position>;
  /** Route name and figure, as the WebGL map labels it. */
  routeLabel(r: RouteView): string;
  /** Pointer position over a clickable thing (for the tooltip), or null. */
  onPointer?(point: Point | null): void;
  /** The keyboard walk, given by the app (ui/map-keys/svg.tsx); a map without it (a preview, a handout) takes no keys. */
  bindKeys?: SvgMapKeyBinding;
}

/** Binds the map's keys to its element; returns the unbinding. */
export type SvgMapKeyBinding = (element: HTMLElement, map: { store: AppStore; model: Model; views: ViewSelectors; countryPoints: ReadonlyMap<string, Position> }) => () => void;

/** Pixels the pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

/** Follows the element's size, so the projection fills it. */
function useSize(ref: { current: HTMLElement | null }): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = (): void => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function SvgMap({ basemap, geometries, countryPoints, routeLabel, onPointer, bindKeys }: SvgMapProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const content = useRef<SVGGElement>(null);
  const { width, height } = useSize(wrapper);
  const { model, views } = useModel();
  const store = useAppStore();
  useEffect(() => {
    const el = wrapper.current;
    return el && bindKeys ? bindKeys(el, { store, model, views, countryPoints }) : undefined;
  }, [bindKeys, store, model, views, countryPoints]);
  const actions = useActions();
  const camera = useAppState((s) => s.view.camera);
  const lang = useAppState((s) => s.view.lang);
  const visible = useAppState((s) => s.view.overlays);
  const theme = useAppState(themeOf);
  const selection = useAppState((s) => s.selection);
  const hovered = useAppState((s) => s.hovered);
  const routes = useAppState((s) => views.routes(s));
  const memberList = useAppState((s) => views.euMembers(s));
  const euMembers = useMemo(() => new Set(memberList), [memberList]);

  // In briefing mode the open legend's strip is out of the frame: the camera centre moves across by half of it.
  const [centreShift, setCentreShift] = useState(0);
  useEffect(() => {
    const el = wrapper.current;
    return el ? observeLegendPadding(store, el, (p) => setCentreShift(((p.left ?? 0) - (p.right ?? 0)) / 2)) : undefined;
  }, [store]);
  const projection = useMemo(() => cameraProjection(camera, width, height, undefined, centreShift), [camera, width, height, centreShift]);
  const path = useMemo(() => pixelPath(projection), [projection]);
  const countryPaths = useMemo(() => {
    const out = new Map<string, string>();
    if (width === 0) return out;
    for (const f of basemap.countries.features) out.set(f.properties.iso2, path(f) ?? '');
    return out;
  }, [basemap, path, width]);
  const bordersPath = useMemo(() => (width === 0 ? '' : (path(basemap.borders) ?? '')), [basemap, path, width]);

  // Drag to pan: the drawing follows the pointer by a transform, the camera is written once on release.
  const drag = useRef<{ x: number; y: number; dx: number; dy: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const size = useRef({ width, height });
  size.current = { width, height };
  const onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, dx: 0, dy: 0, moved: false };
    const move = (ev: PointerEvent): void => {
      const d = drag.current;
      if (!d) return;
      d.dx = ev.clientX - d.x;
      d.dy = ev.clientY - d.y;
      if (!d.moved && Math.hypot(d.dx, d.dy) > DRAG_THRESHOLD) d.moved = true;
      if (d.moved) content.current?.setAttribute('transform', `translate(${d.dx},${d.dy})`);
    };
    const up = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      const d = drag.current;
      drag.current = null;
      if (!d?.moved) return;
      suppressClick.current = true;
      content.current?.removeAttribute('transform');
      const { width: w, height: h } = size.current;
      actions.setCamera(panCamera(camera, w, h, d.dx, d.dy), 'map');
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  };

  const relative = (e: MouseEvent): Point => {
    const rect = wrapper.current?.getBoundingClientRect();
    return { x: e.clientX - (rect?.left ?? 0), y: e.clientY - (rect?.top ?? 0) };
  };
  const onClick = (e: MouseEvent): void => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    actions.select(selectionAt(e.target));
  };
  const onPointerMove = (e: PointerEvent): void => {
    if (drag.current?.moved) return;
    const hit = selectionAt(e.target);
    actions.hover(hit);
    onPointer?.(hit ? relative(e) : null);
  };
  const onPointerLeave = (): void => {
    actions.hover(null);
    onPointer?.(null);
  };
  const onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const delta = Math.max(-1, Math.min(1, -e.deltaY / 200));
    if (delta === 0) return;
    const p = relative(e);
    // zoomCameraAt's box has the camera centre in its middle: the pointer is taken back by the centre's shift.
    actions.setCamera(zoomCameraAt(camera, width, height, delta, [p.x - centreShift, p.y]), 'map');
  };
  const zoomBy = (delta: number): void => actions.setCamera(zoomCameraAt(camera, width, height, delta), 'map');

  const selectedCountry = selection?.kind === 'country' ? selection.id : null;
  const hoveredCountry = hovered?.kind === 'country' ? hovered.id : null;

  let layers: ComponentChildren = null;
  if (width > 0 && height > 0) {
    const frame: SvgFrame = { projection, path, width, height, zoom: camera.zoom, theme };
    const routeLayer = visible.routes ? routeFeatures(routes, selection, routeLabel) : null;
    const routesLaidOut = routeLayer ? { features: routeLayer, layout: routeLayout(routeLayer, frame) } : null;
    const scene: SvgScene = { frame, lang, selection, countryPaths, countryPoints, geometries, routes: routesLaidOut };
    // The overlays of a slot in the registry's z-order (map/overlays.ts), as on the WebGL map.
    const slot = (s: OverlaySlot): ComponentChildren =>
      overlaysIn(s).map((id) => {
        const Overlay = SVG_OVERLAYS[id];
        return Overlay && (id === EU_MEMBERS_OVERLAY || visible[id]) ? <Overlay key={id} scene={scene} /> : null;
      });
    layers = (
      <>
        <SvgCountries basemap={basemap} frame={frame} countryPaths={countryPaths} euMembers={euMembers} nameOf={(iso2, name) => countryName(lang, iso2, model.countries.get(iso2)?.name ?? name)} />
        {slot('fills')}
        <SvgCountryHover d={hoveredCountry ? countryPaths.get(hoveredCountry) : undefined} frame={frame} />
        <SvgBorders d={bordersPath} frame={frame} />
        <SvgCountrySelected d={selectedCountry ? countryPaths.get(selectedCountry) : undefined} frame={frame} />
        <SvgFocusRing projection={projection} path={path} countryPaths={countryPaths} countryPoints={countryPoints} missionPx={MISSION_STYLE.iconPx * atZoom(MISSION_STYLE.iconScale, camera.zoom)} />
        {slot('lines')}
        {slot('symbols')}
        <SvgCountryLabels basemap={basemap} frame={frame} lang={lang} occupied={routesLaidOut?.layout.labels.map((l) => l.box)} />
      </>
    );
  }

  return (
    <div ref={wrapper} class="map map-svg" style={{ overflow: 'hidden', background: theme.sea }}>
      <svg
        data-testid="svg-map"
        data-centre-shift={centreShift}
        role="group"
        aria-label={t(lang, 'svgMapDescription')}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ display: 'block', cursor: 'grab', touchAction: 'none', userSelect: 'none' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onClick={onClick}
        onWheel={onWheel}
      >
        <defs>
          <SvgPartnerHatch />
        </defs>
        <rect class="svg-sea" width={width} height={height} fill={theme.sea} />
        <g ref={content}>{layers}</g>
      </svg>
      <div class="svg-map-zoom" style={{ position: 'absolute', top: '10px', insetInlineEnd: '10px', display: 'flex', flexDirection: 'column', gap: '2px' }}>
        <button type="button" aria-label={t(lang, 'zoomIn')} onClick={() => zoomBy(1)} style={ZOOM_BUTTON}>
          +
        </button>
        <button type="button" aria-label={t(lang, 'zoomOut')} onClick={() => zoomBy(-1)} style={ZOOM_BUTTON}>
          −
        </button>
      </div>
    </div>
  );
}

const ZOOM_BUTTON = { width: '30px', height: '30px', fontSize: '18px', lineHeight: '1', background: '#fff', border: '1px solid #9ba5b0', borderRadius: '4px', cursor: 'pointer' };
