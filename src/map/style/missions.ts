// How a mission is drawn, in every renderer and both legends: one symbol shape and colour per kind, sized by the zoom.
import type { MissionKind } from '../../data/schema';
import type { MapTheme } from '../theme';
import { emphasisLevels, type Emphasis, type EmphasisLevels, type Standing, type ZoomCurve } from './common';

export interface MissionProperties {
  id: string;
  /** In the UI language. */
  name: string;
  kind: MissionKind;
  /** The map image of the kind's symbol (missionIconName). */
  icon: string;
  /** Pixels from the location, so that missions at one place fan out. */
  offset: [number, number];
  emphasis: Emphasis;
  /** Current, last reported or planned at the date: the latter two drawn apart (APART_OPACITY), their name saying which. */
  standing: Standing;
}

export const MISSION_STYLE = {
  /** The symbol's size in pixels at scale 1, and its scale over the zoom. */
  iconPx: 22,
  iconScale: { from: [2, 0.8], to: [6, 1.1] } satisfies ZoomCurve,
  /** Missions sharing a place are spread on a circle of this radius in pixels. */
  spread: 13,
  /** Names appear next to the symbols from this zoom on, a size smaller than the map's labels. */
  labelFromZoom: 5,
  labelSizeDelta: -1,
  labelHalo: 1.5,
} as const;

export function missionIconName(kind: MissionKind): string {
  return `mission-${kind}`;
}

export function missionOpacity(theme: MapTheme): EmphasisLevels {
  return emphasisLevels(theme.dimOpacity + 0.15);
}

/** A symbol ready to draw in a square of `size` pixels: an SVG path (Path2D takes the same), its fill and its edge. */
export interface MissionSymbol {
  path: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

const f = (n: number): string => String(Math.round(n * 100) / 100);

function polygon(points: ReadonlyArray<readonly [number, number]>): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x)},${f(y)}`).join('')}Z`;
}

function circle(c: number, r: number): string {
  return `M${f(c - r)},${f(c)}A${f(r)},${f(r)} 0 1 0 ${f(c + r)},${f(c)}A${f(r)},${f(r)} 0 1 0 ${f(c - r)},${f(c)}Z`;
}

/** The shape of a kind: circle, square, triangle, diamond, star; liaison officers a ring (a white disc with a thick edge). */
export function missionShapePath(kind: MissionKind, size: number): string {
  const c = size / 2;
  const r = c - (size * 3) / 44;
  switch (kind) {
    case 'csdp-civilian':
      return circle(c, r);
    case 'liaison-officer':
      return circle(c, r * 0.8);
    case 'csdp-military':
      return polygon([[c - r * 0.85, c - r * 0.85], [c + r * 0.85, c - r * 0.85], [c + r * 0.85, c + r * 0.85], [c - r * 0.85, c + r * 0.85]]);
    case 'frontex':
      return polygon([[c, c - r], [c + r, c + r * 0.8], [c - r, c + r * 0.8]]);
    case 'eu-office':
      return polygon([[c, c - r], [c + r, c], [c, c + r], [c - r, c]]);
    case 'centre':
      return polygon(Array.from({ length: 10 }, (_, i) => {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 === 0 ? r : r * 0.45;
        return [c + rr * Math.cos(a), c + rr * Math.sin(a)] as const;
      }));
  }
}

export function missionSymbol(kind: MissionKind, theme: MapTheme, size: number): MissionSymbol {
  const colour = theme.mission[kind];
  const ring = kind === 'liaison-officer';
  return {
    path: missionShapePath(kind, size),
    fill: ring ? '#ffffff' : colour,
    stroke: ring ? colour : '#ffffff',
    strokeWidth: (size * (ring ? 6 : 3.5)) / 44,
  };
}

/** Draws the symbol on a 2D canvas (the WebGL map's icon, the PNG legend). */
export function paintMissionSymbol(ctx: CanvasRenderingContext2D, symbol: MissionSymbol): void {
  const path = new Path2D(symbol.path);
  ctx.fillStyle = symbol.fill;
  ctx.fill(path);
  ctx.lineWidth = symbol.strokeWidth;
  ctx.strokeStyle = symbol.stroke;
  ctx.stroke(path);
}
