// Routes on the SVG map: the same casing, line, schematic centre dashes, arrowheads and labels as the WebGL layers (style/routes.ts).
import type { FeatureCollection, LineString, Position } from 'geojson';
import { opacityAt, svgHaloStroke } from '../style/common';
import { ROUTE_STYLE, routeArrowSize, routeCasingWidth, routeCentreDash, routeCentreWidth, routeOpacity, type RouteProperties } from '../style/routes';
import { selectAttr, type SvgFrame } from './common';
import { placeRouteLabels, type RouteLabelPlace } from './label-boxes';

interface Along {
  x: number;
  y: number;
  angle: number;
}

/** Arrowheads along a projected line every `spacing` pixels (inside the box), and the line's midpoint for its label. */
function alongLine(frame: SvgFrame, coordinates: readonly Position[], spacing: number): { arrows: Along[]; middle: Along | null } {
  const pts: Array<[number, number]> = [];
  for (const c of coordinates) {
    const p = frame.projection([c[0]!, c[1]!]);
    if (p) pts.push(p);
  }
  let total = 0;
  for (let i = 1; i < pts.length; i++) total += Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]);
  const arrows: Along[] = [];
  let middle: Along | null = null;
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
      if (x >= 0 && y >= 0 && x <= frame.width && y <= frame.height) arrows.push({ x, y, angle });
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

/** A triangle pointing along +x, `size` pixels long (as the WebGL map's "▶" glyph at that text size). */
function arrowPath(size: number): string {
  const h = size / 2;
  return `M${h},0L${-h * 0.7},${-h * 0.7}L${-h * 0.7},${h * 0.7}Z`;
}

/** Each route as drawn: its arrowheads and midpoint (computed once per render), and where its label goes, if anywhere. */
export interface RouteLayout {
  along: ReadonlyArray<{ arrows: Along[]; middle: Along | null }>;
  labels: RouteLabelPlace[];
}

/** Lays the routes out on the frame: arrowheads along each, and the labels placed by label-boxes.ts. */
export function routeLayout(features: FeatureCollection<LineString, RouteProperties>, frame: SvgFrame): RouteLayout {
  const along = features.features.map((f) => alongLine(frame, f.geometry.coordinates, ROUTE_STYLE.arrowSpacing));
  const labels = placeRouteLabels(
    features.features.map((f, i) => ({ ...f.properties, middle: along[i]!.middle })),
    frame.zoom,
    frame.theme.labelSize,
  );
  return { along, labels };
}

export function SvgRoutes({ features, frame, layout }: { features: FeatureCollection<LineString, RouteProperties>; frame: SvgFrame; layout: RouteLayout }) {
  const { theme } = frame;
  const levels = routeOpacity(theme);
  const labelOf = new Map(layout.labels.map((l) => [l.index, l]));
  return (
    <g class="svg-routes">
      {features.features.map((f, index) => {
        const p = f.properties;
        const w = p.width;
        const d = frame.path(f.geometry) ?? '';
        const { arrows } = layout.along[index]!;
        const label = labelOf.get(index);
        const dash = routeCentreDash(p, theme);
        const centre = routeCentreWidth(w);
        return (
          <g key={p.id} data-select={selectAttr('route', p.id)} role="img" aria-label={p.label} opacity={opacityAt(levels, p.emphasis)}>
            <path class="svg-route-casing" data-id={p.id} d={d} fill="none" stroke={theme.routeCasing} stroke-width={routeCasingWidth(w)} stroke-opacity={ROUTE_STYLE.casingOpacity} stroke-linecap="round" stroke-linejoin="round" />
            <path class="svg-route" data-id={p.id} d={d} fill="none" stroke={theme.route} stroke-width={w} stroke-linecap="round" stroke-linejoin="round" />
            {dash && (
              <path
                class="svg-route-centre"
                data-id={p.id}
                d={d}
                fill="none"
                stroke={theme.routeCasing}
                stroke-width={centre}
                stroke-opacity={ROUTE_STYLE.centreOpacity}
                stroke-linejoin="round"
                stroke-dasharray={`${dash[0] * centre} ${dash[1] * centre}`}
              />
            )}
            {arrows.map((a, i) => (
              <path
                key={i}
                class="svg-route-arrow"
                d={arrowPath(routeArrowSize(w))}
                transform={`translate(${a.x.toFixed(1)},${a.y.toFixed(1)}) rotate(${a.angle.toFixed(1)})`}
                fill={theme.route}
                stroke={theme.routeCasing}
                stroke-width={svgHaloStroke(ROUTE_STYLE.arrowHalo)}
                paint-order="stroke"
              />
            ))}
            <path d={d} fill="none" stroke="#000" stroke-opacity={0} stroke-width={w + ROUTE_STYLE.hitExtra} pointer-events="stroke" />
            {label && (
              <text x={label.x} y={label.y} font-size={theme.labelSize} fill={theme.routeLabel} stroke={theme.labelHalo} stroke-width={svgHaloStroke(ROUTE_STYLE.labelHalo)} paint-order="stroke" pointer-events="none" aria-hidden="true">
                {label.lines.map((line, i) => (
                  <tspan key={i} x={label.x} dy={i === 0 ? 0 : label.lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
