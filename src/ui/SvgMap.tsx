// The simplified map for browsers without WebGL: the same layers, drawn as SVG with d3-geo from the same selectors.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GeoProjection } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { useActions, useAppState } from './context';
import { useModel } from './ModelContext';
import { MissionShape } from './MissionShape';
import { formatEur } from '../i18n/format';
import { countryName } from '../i18n/countries';
import { t } from '../i18n/t';
import { fundingKindName, hostedFigureLabel, instrumentName, recipientName } from './labels';
import { PARTNER_FILL_OPACITY, themeOf, type MapTheme, type MissionKind } from '../map/theme';
import type { BasemapData } from '../map/layers/basemap';
import { partnerFeatures } from '../map/layers/partners';
import { routeFeatures } from '../map/layers/routes';
import { fundingFeatures } from '../map/layers/funding';
import { missionFeatures } from '../map/layers/missions';
import { displacementFeatures, hostedFigureFeatures, HOSTED_RING_RADIUS } from '../map/layers/displacement';
import { cameraProjection, panCamera, pixelPath, zoomCameraAt } from '../map/fallback';
import type { RouteView } from '../selectors/routes';
import type { Selection, SelectionKind } from '../state/types';
import { SvgFocusRing, useSvgMapKeys } from './map-keys/svg';

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
}

const HATCH_ID = 'svg-partner-hatch';
const ARROW_ID = 'svg-route-arrow';
/** Pixels the pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;
const ARROW_SPACING = 110;
const MISSION_ICON_PX = 22;

/** Which thing a clickable element selects, as written in its data-select attribute. */
function selectAttr(kind: SelectionKind, id: string): string {
  return `${kind}:${id}`;
}

function selectionAt(target: EventTarget | null): Selection | null {
  const el = target instanceof Element ? target.closest('[data-select]') : null;
  const value = el?.getAttribute('data-select');
  if (!value) return null;
  const at = value.indexOf(':');
  return { kind: value.slice(0, at) as SelectionKind, id: value.slice(at + 1) };
}

/** The same emphasis the WebGL layers use: dimmed when something else is selected. */
function opacityFor(emphasis: unknown, dimmed: number, normal = 1, selected = normal): number {
  return emphasis === 'dimmed' ? dimmed : emphasis === 'selected' ? selected : normal;
}

/** MapLibre's ['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1]. */
function interpolateZoom(zoom: number, z0: number, v0: number, z1: number, v1: number): number {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + (v1 - v0) * t;
}

/** Arrowheads along a projected line every `spacing` pixels, and the line's midpoint and direction for its label. */
function alongLine(projection: GeoProjection, coordinates: readonly Position[], spacing: number, width: number, height: number) {
  const pts: Array<[number, number]> = [];
  for (const c of coordinates) {
    const p = projection([c[0]!, c[1]!]);
    if (p) pts.push(p);
  }
  let total = 0;
  for (let i = 1; i < pts.length; i++) total += Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]);
  const arrows: Array<{ x: number; y: number; angle: number }> = [];
  let middle: { x: number; y: number; angle: number } | null = null;
  let walked = 0;
  let next = spacing / 2;
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1]!;
    const [x1, y1] = pts[i]!;
    const seg = Math.hypot(x1 - x0, y1 - y0);
    if (seg === 0) continue;
    const angle = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
    while (next <= walked + seg && next < total - spacing / 3) {
      const t = (next - walked) / seg;
      const x = x0 + (x1 - x0) * t;
      const y = y0 + (y1 - y0) * t;
      if (x >= 0 && y >= 0 && x <= width && y <= height) arrows.push({ x, y, angle });
      next += spacing;
    }
    if (!middle && walked + seg >= total / 2) {
      const t = (total / 2 - walked) / seg;
      middle = { x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t, angle };
    }
    walked += seg;
  }
  return { arrows, middle };
}

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

export function SvgMap({ basemap, geometries, countryPoints, routeLabel, onPointer }: SvgMapProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const content = useRef<SVGGElement>(null);
  const { width, height } = useSize(wrapper);
  useSvgMapKeys(wrapper, countryPoints);
  const { model, views } = useModel();
  const actions = useActions();
  const camera = useAppState((s) => s.view.camera);
  const lang = useAppState((s) => s.view.lang);
  const visible = useAppState((s) => s.view.overlays);
  const theme = useAppState(themeOf);
  const selection = useAppState((s) => s.selection);
  const hovered = useAppState((s) => s.hovered);
  const routes = useAppState((s) => views.routes(s));
  const partners = useAppState((s) => views.partners(s));
  const memberList = useAppState((s) => views.euMembers(s));
  const euMembers = useMemo(() => new Set(memberList), [memberList]);
  const missions = useAppState((s) => views.missions(s));
  const drawn = useAppState((s) => views.fundingDrawn(s));
  const displacement = useAppState((s) => views.displacement(s));
  const hosted = useAppState((s) => views.hostedFigures(s));

  const projection = useMemo(() => cameraProjection(camera, width, height), [camera, width, height]);
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
    actions.setCamera(zoomCameraAt(camera, width, height, delta, [p.x, p.y]), 'map');
  };
  const zoomBy = (delta: number): void => actions.setCamera(zoomCameraAt(camera, width, height, delta), 'map');

  const selectedCountry = selection?.kind === 'country' ? selection.id : null;
  const hoveredCountry = hovered?.kind === 'country' ? hovered.id : null;
  const zoom = camera.zoom;

  let layers: ComponentChildren = null;
  if (width > 0 && height > 0) {
    const partnerCollection = partnerFeatures(partners, geometries, selection);
    const routeCollection = routeFeatures(routes, selection, routeLabel);
    const arcCollection = fundingFeatures(drawn, countryPoints, selection);
    const missionCollection = missionFeatures(missions, selection, lang);
    const circleCollection = displacementFeatures(displacement, countryPoints);
    const hostedCollection = hostedFigureFeatures(hosted, countryPoints, (f) => hostedFigureLabel(lang, f));
    const missionPx = MISSION_ICON_PX * interpolateZoom(zoom, 2, 0.8, 6, 1.1);

    layers = (
      <>
        <g class="svg-countries">
          {basemap.countries.features.map((f) => (
            <path
              key={f.properties.iso2}
              class="svg-country"
              data-iso2={f.properties.iso2}
              data-select={selectAttr('country', f.properties.iso2)}
              role="img"
              aria-label={countryName(lang, f.properties.iso2, model.countries.get(f.properties.iso2)?.name ?? f.properties.name)}
              d={countryPaths.get(f.properties.iso2)}
              fill={euMembers.has(f.properties.iso2) ? theme.eu : theme.land}
              data-eu={euMembers.has(f.properties.iso2) ? '' : undefined}
            />
          ))}
        </g>
        {visible.partners && (
          <g class="svg-partners" pointer-events="none">
            {partnerCollection.features.map((f) => {
              const iso2 = String(f.properties?.['iso2']);
              const category = String(f.properties?.['category']) as keyof typeof theme.partner;
              const d = countryPaths.get(iso2);
              return (
                <g key={iso2}>
                  <path class="svg-partner" data-iso2={iso2} data-category={category} d={d} fill={theme.partner[category]} fill-opacity={opacityFor(f.properties?.['emphasis'], PARTNER_FILL_OPACITY.dimmed, PARTNER_FILL_OPACITY.normal)} />
                  {category === 'suspended' && <path class="svg-partner-hatch" d={d} fill={`url(#${HATCH_ID})`} fill-opacity={0.6} />}
                </g>
              );
            })}
          </g>
        )}
        {hoveredCountry && countryPaths.has(hoveredCountry) && <path class="svg-country-hover" d={countryPaths.get(hoveredCountry)} fill={theme.highlight} fill-opacity={0.45} pointer-events="none" />}
        <path class="svg-borders" d={bordersPath} fill="none" stroke={theme.border} stroke-width={interpolateZoom(zoom, 1, 0.4, 6, 1.2)} pointer-events="none" />
        {selectedCountry && countryPaths.has(selectedCountry) && (
          <path class="svg-country-selected" d={countryPaths.get(selectedCountry)} fill="none" stroke={theme.selected} stroke-width={2.5} pointer-events="none" />
        )}
        <SvgFocusRing projection={projection} path={path} countryPaths={countryPaths} countryPoints={countryPoints} missionPx={missionPx} />
        {visible.funding && (
          <g class="svg-funding">
            {arcCollection.features.map((f) => {
              const id = String(f.properties?.['id']);
              const flow = model.funding.get(id);
              const w = Number(f.properties?.['width']);
              const d = path(f.geometry) ?? '';
              const label = flow ? t(lang, 'fundingArcLabel', { amount: formatEur(lang, flow.amountEur), kind: fundingKindName(lang, flow.kind), recipients: recipientName(lang, model, flow), instrument: instrumentName(lang, model, flow.instrument) }) : id;
              return (
                <g key={id} data-select={selectAttr('funding', id)} role="img" aria-label={label}>
                  <path
                    class="svg-arc"
                    data-id={id}
                    data-kind={String(f.properties?.['kind'])}
                    d={d}
                    fill="none"
                    stroke={theme.fundingKind[String(f.properties?.['kind']) as keyof typeof theme.fundingKind] ?? theme.fundingArc}
                    stroke-width={w}
                    stroke-linecap="round"
                    stroke-opacity={opacityFor(f.properties?.['emphasis'], theme.dimOpacity, 0.7, 1)}
                  />
                  <path d={d} fill="none" stroke="#000" stroke-opacity={0} stroke-width={w + 10} pointer-events="stroke" />
                </g>
              );
            })}
          </g>
        )}
        {visible.routes && (
          <g class="svg-routes">
            {routeCollection.features.map((f) => {
              const id = String(f.properties?.['id']);
              const w = Number(f.properties?.['width']);
              const opacity = opacityFor(f.properties?.['emphasis'], theme.dimOpacity);
              const d = path(f.geometry) ?? '';
              const { arrows, middle } = alongLine(projection, f.geometry.coordinates, ARROW_SPACING, width, height);
              const arrow = 5 + w / 2;
              const label = String(f.properties?.['label']);
              return (
                <g key={id} data-select={selectAttr('route', id)} role="img" aria-label={label} opacity={opacity}>
                  <path d={d} fill="none" stroke={theme.routeCasing} stroke-width={w + 3} stroke-opacity={0.9} stroke-linecap="round" stroke-linejoin="round" />
                  <path
                    class="svg-route"
                    data-id={id}
                    d={d}
                    fill="none"
                    stroke={theme.route}
                    stroke-width={w}
                    stroke-linejoin="round"
                    stroke-dasharray={`${theme.routeSchematicDash[0] * w} ${theme.routeSchematicDash[1] * w}`}
                    marker-end={`url(#${ARROW_ID})`}
                  />
                  {arrows.map((a, i) => (
                    <path
                      key={i}
                      d={`M${arrow},0L${-arrow * 0.7},${-arrow * 0.7}L${-arrow * 0.7},${arrow * 0.7}Z`}
                      transform={`translate(${a.x.toFixed(1)},${a.y.toFixed(1)}) rotate(${a.angle.toFixed(1)})`}
                      fill={theme.route}
                      stroke={theme.routeCasing}
                      stroke-width={1}
                    />
                  ))}
                  <path d={d} fill="none" stroke="#000" stroke-opacity={0} stroke-width={w + 12} pointer-events="stroke" />
                  {middle && (
                    <text
                      x={middle.x}
                      y={middle.y - 10 - w / 2}
                      text-anchor="middle"
                      font-size={theme.labelSize}
                      fill={theme.routeLabel}
                      stroke={theme.labelHalo}
                      stroke-width={3}
                      paint-order="stroke"
                      pointer-events="none"
                      aria-hidden="true"
                    >
                      {label}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        )}
        {visible.displacement && (
          <g class="svg-displacement" pointer-events="none">
            {[...circleCollection.features]
              .sort((a, b) => Number(b.properties?.['idps']) - Number(a.properties?.['idps']))
              .map((f) => {
                const p = projection(f.geometry.coordinates as [number, number]);
                if (!p) return null;
                return (
                  <circle
                    key={String(f.properties?.['id'])}
                    class="svg-displacement-circle"
                    cx={p[0]}
                    cy={p[1]}
                    r={Number(f.properties?.['radius'])}
                    fill={theme.displacement}
                    fill-opacity={0.45}
                    stroke={theme.displacementStroke}
                    stroke-width={1.2}
                  />
                );
              })}
            {hostedCollection.features.map((f) => {
              const p = projection(f.geometry.coordinates as [number, number]);
              if (!p) return null;
              const lines = String(f.properties?.['label']).split('\n');
              return (
                <g key={String(f.properties?.['id'])} class="svg-hosted" data-figures={String(f.properties?.['figures'])}>
                  <circle cx={p[0]} cy={p[1]} r={HOSTED_RING_RADIUS} fill={theme.labelHalo} stroke={theme.displacementStroke} stroke-width={2.5} />
                  <text x={p[0]} y={p[1] + HOSTED_RING_RADIUS + 4} fill={theme.displacementStroke} stroke={theme.labelHalo} stroke-width={3} paint-order="stroke" text-anchor="middle" font-size={theme.labelSize - 1}>
                    {lines.map((line, i) => (
                      <tspan key={i} x={p[0]} dy={i === 0 ? '0.9em' : '1.2em'}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              );
            })}
          </g>
        )}
        {visible.missions && (
          <g class="svg-missions">
            {missionCollection.features.map((f) => {
              const id = String(f.properties?.['id']);
              const p = projection(f.geometry.coordinates as [number, number]);
              if (!p) return null;
              const offset = (f.properties?.['offset'] as [number, number] | undefined) ?? [0, 0];
              const kind = String(f.properties?.['kind']) as MissionKind;
              const x = p[0] + offset[0] - missionPx / 2;
              const y = p[1] + offset[1] - missionPx / 2;
              return (
                <g
                  key={id}
                  class="svg-mission"
                  data-id={id}
                  data-select={selectAttr('mission', id)}
                  role="img"
                  aria-label={String(f.properties?.['name'])}
                  transform={`translate(${x.toFixed(1)},${y.toFixed(1)})`}
                  opacity={opacityFor(f.properties?.['emphasis'], theme.dimOpacity + 0.15)}
                >
                  <MissionShape kind={kind} colour={theme.mission[kind]} size={missionPx} />
                </g>
              );
            })}
          </g>
        )}
        <CountryLabels basemap={basemap} projection={projection} zoom={zoom} width={width} height={height} theme={theme} />
      </>
    );
  }

  return (
    <div ref={wrapper} class="map map-svg" style={{ overflow: 'hidden', background: theme.sea }}>
      <svg
        data-testid="svg-map"
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
          <pattern id={HATCH_ID} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={2} height={8} fill="#333333" />
          </pattern>
          <marker id={ARROW_ID} viewBox="0 0 10 10" refX={5} refY={5} markerWidth={12} markerHeight={12} markerUnits="userSpaceOnUse" orient="auto">
            <path d="M0,0L10,5L0,10Z" fill={theme.route} stroke={theme.routeCasing} stroke-width={1} />
          </marker>
        </defs>
        <rect class="svg-sea" width={width} height={height} fill={theme.sea} />
        <g ref={content}>{layers}</g>
      </svg>
      <div class="svg-map-zoom" style={{ position: 'absolute', top: '10px', right: '10px', display: 'flex', flexDirection: 'column', gap: '2px' }}>
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

/** One label per country, larger countries first, small ones as the map zooms in (as the WebGL map); overlapping labels are dropped. */
function CountryLabels({ basemap, projection, zoom, width, height, theme }: { basemap: BasemapData; projection: GeoProjection; zoom: number; width: number; height: number; theme: MapTheme }) {
  const lang = useAppState((s) => s.view.lang);
  const minArea = zoom < 2.5 ? 900000 : zoom < 3.5 ? 250000 : zoom < 4.5 ? 40000 : 0;
  const fontSize = interpolateZoom(zoom, 2, theme.labelSize - 1, 6, theme.labelSize + 3);
  const placed: Array<[number, number, number, number]> = [];
  const labels = [...basemap.labels.features]
    .filter((f) => f.properties.area_km2 > minArea)
    .sort((a, b) => b.properties.area_km2 - a.properties.area_km2)
    .flatMap((f) => {
      const p = projection(f.geometry.coordinates as [number, number]);
      if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return [];
      const name = countryName(lang, f.properties.iso2, f.properties.name);
      const halfW = (name.length * fontSize * 0.55) / 2 + 3;
      const halfH = fontSize / 2 + 3;
      const box: [number, number, number, number] = [p[0] - halfW, p[1] - halfH, p[0] + halfW, p[1] + halfH];
      if (placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) return [];
      placed.push(box);
      return [{ iso2: f.properties.iso2, name, x: p[0], y: p[1] }];
    });
  return (
    <g class="svg-labels" pointer-events="none" aria-hidden="true" font-size={fontSize} text-anchor="middle" dominant-baseline="central">
      {labels.map((l) => (
        <text key={l.iso2} x={l.x} y={l.y} fill={theme.label} stroke={theme.labelHalo} stroke-width={3} paint-order="stroke" stroke-linejoin="round">
          {l.name}
        </text>
      ))}
    </g>
  );
}
