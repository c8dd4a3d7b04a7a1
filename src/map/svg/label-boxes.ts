// Where the SVG map's labels go: route labels wrapped as MapLibre wraps them (text-max-width in ems) and placed in
// their queue without overlapping one another; the boxes they take are kept free of country names.
import type { Emphasis } from '../style/common';
import { ROUTE_STYLE, routeLabelBudget, routeLabelRanks } from '../style/routes';

/** A label's box on the map: left, top, right, bottom in pixels. */
export type LabelBox = readonly [number, number, number, number];

/** Width of a character in ems, estimated (the SVG map measures no text: it has no font metrics before drawing). */
export const CHAR_EM = 0.55;
/** Route labels wrap at this many ems, as the WebGL map's `text-max-width`. */
export const ROUTE_LABEL_MAX_EM = 12;

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** Words in lines of at most `maxEm` ems; a word longer than that has a line of its own. */
export function wrapWords(text: string, maxEm: number): string[] {
  const maxChars = Math.max(1, Math.floor(maxEm / CHAR_EM));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface Candidate {
  left: number;
  top: number;
}

export interface RouteLabelPlace {
  /** Index of the route in the features drawn. */
  index: number;
  lines: string[];
  /** Where the lines start (x) and the first line's baseline (y), and the line height. */
  x: number;
  y: number;
  lineHeight: number;
  box: LabelBox;
}

/**
 * The route labels the SVG map draws: in the queue of routeLabelRanks, up to the zoom's budget, wrapped, and dropped
 * when it would overlap a label already placed wherever it stands. It tries to stand beside its route's midpoint
 * (right, then left) where the route runs up or down there, above or below where it runs across, then the others,
 * as MapLibre's variable anchors do.
 */
export function placeRouteLabels(routes: ReadonlyArray<{ label: string; width: number; emphasis: Emphasis; middle: { x: number; y: number; angle: number } | null }>, zoom: number, fontSize: number): RouteLabelPlace[] {
  const ranks = routeLabelRanks(routes);
  const budget = routeLabelBudget(zoom);
  const order = routes.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  const placed: RouteLabelPlace[] = [];
  const lineHeight = fontSize * 1.2;
  for (const index of order) {
    const r = routes[index]!;
    if (ranks[index]! >= budget || !r.middle) continue;
    const lines = wrapWords(r.label, ROUTE_LABEL_MAX_EM);
    const textWidth = Math.max(...lines.map((l) => l.length)) * fontSize * CHAR_EM + 2 * ROUTE_STYLE.labelHalo;
    const blockHeight = lines.length * lineHeight;
    const offset = 8 + r.width / 2;
    const { x: mx, y: my } = r.middle;
    const beside = (side: 1 | -1): Candidate => ({ left: side === 1 ? mx + offset : mx - offset - textWidth, top: my - blockHeight / 2 });
    const across = (side: 1 | -1): Candidate => ({ left: mx - textWidth / 2, top: side === -1 ? my - offset - blockHeight : my + offset });
    const upright = Math.abs(Math.sin((r.middle.angle * Math.PI) / 180)) > 0.7;
    const candidates = upright ? [beside(1), beside(-1), across(-1), across(1)] : [across(-1), across(1), beside(1), beside(-1)];
    for (const c of candidates) {
      const box: LabelBox = [c.left, c.top, c.left + textWidth, c.top + blockHeight];
      if (placed.some((p) => overlaps(p.box, box))) continue;
      // Lines start at the box's left edge, inset by the halo.
      placed.push({ index, lines, x: c.left + ROUTE_STYLE.labelHalo, y: c.top + lineHeight * 0.8, lineHeight, box });
      break;
    }
  }
  return placed;
}
