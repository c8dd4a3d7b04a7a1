// PNG of the current view: the map canvas framed with a title, the date, a drawn legend of what is visible and the
// sources, so the image explains itself when it is pasted into a briefing note.
export interface LegendEntry {
  label: string;
  colour: string;
  /** How the map draws it: an area, a line (route, funding arc) or a point symbol (mission). */
  shape: 'fill' | 'line' | 'dot';
  /** Draws the map's own symbol in a size x size box at the origin instead of the generic shape. */
  symbol?(ctx: CanvasRenderingContext2D, size: number): void;
}

export interface PngFrame {
  title: string;
  date: string;
  layers: string;
  sources: string;
  legend?: readonly LegendEntry[];
  /** Writing direction of the UI language: right to left, the frame's text and legend start at the right edge. */
  direction?: 'ltr' | 'rtl';
}

/** Legend geometry in CSS pixels; the canvas scales it by the device pixel ratio. */
export const LEGEND = { rowHeight: 22, swatch: 16, swatchGap: 6, entryGap: 18 } as const;

export interface PlacedLegendEntry {
  entry: LegendEntry;
  /** Left edge of the swatch and top of its row, from the legend block's top-left corner. */
  x: number;
  y: number;
}

/** Lays the entries out left to right, wrapping to a new row when the next one would pass `width`. */
export function layoutLegend(entries: readonly LegendEntry[], width: number, labelWidth: (label: string) => number): { placed: PlacedLegendEntry[]; height: number } {
  const placed: PlacedLegendEntry[] = [];
  let x = 0;
  let y = 0;
  for (const entry of entries) {
    const w = LEGEND.swatch + LEGEND.swatchGap + labelWidth(entry.label);
    if (x > 0 && x + w > width) {
      x = 0;
      y += LEGEND.rowHeight;
    }
    placed.push({ entry, x, y });
    x += w + LEGEND.entryGap;
  }
  return { placed, height: entries.length ? y + LEGEND.rowHeight : 0 };
}

/** Draws one legend entry's swatch (its map symbol, or the generic shape) in a size x size box at (x, y). */
export function drawSwatch(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number, size: number): void {
  ctx.fillStyle = entry.colour;
  ctx.strokeStyle = entry.colour;
  if (entry.symbol) {
    ctx.save();
    ctx.translate(x, y);
    entry.symbol(ctx, size);
    ctx.restore();
  } else if (entry.shape === 'fill') {
    ctx.fillRect(x, y, size, size);
  } else if (entry.shape === 'line') {
    ctx.fillRect(x, y + size * 0.35, size, size * 0.3);
  } else {
    ctx.beginPath();
    ctx.arc(x + size / 2, y + size / 2, size / 2, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** Draws the frame around a copy of the map canvas (kept with preserveDrawingBuffer) and returns the PNG. */
export function viewToPng(mapCanvas: HTMLCanvasElement, frame: PngFrame): Promise<Blob | null> {
  const ratio = mapCanvas.width / mapCanvas.getBoundingClientRect().width || 1;
  const px = (n: number): number => Math.round(n * ratio);
  const pad = px(16);
  const head = px(64);
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  const labelFont = `${px(13)}px system-ui, sans-serif`;
  ctx.font = labelFont;
  const legend = layoutLegend(frame.legend ?? [], (mapCanvas.width - pad) / ratio, (label) => ctx.measureText(label).width / ratio);
  const legendTop = head + mapCanvas.height + px(12);
  const foot = px(12) + px(legend.height) + px(36);
  out.width = mapCanvas.width + pad * 2;
  out.height = mapCanvas.height + head + foot;
  // Resizing the canvas resets its state: fonts are set again below.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  // Right to left, every x is measured from the right edge and text is anchored at its start (its right end).
  const rtl = frame.direction === 'rtl';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  const at = (x: number, width = 0): number => (rtl ? out.width - x - width : x);
  ctx.fillStyle = '#1c2026';
  ctx.font = `600 ${px(22)}px system-ui, sans-serif`;
  ctx.fillText(frame.title, at(pad), px(30));
  ctx.font = `${px(15)}px system-ui, sans-serif`;
  ctx.fillText(`${frame.date} · ${frame.layers}`, at(pad), px(52));
  ctx.drawImage(mapCanvas, pad, head);
  ctx.font = labelFont;
  ctx.textBaseline = 'middle';
  for (const { entry, x, y } of legend.placed) {
    const left = pad + px(x);
    const top = legendTop + px(y);
    drawSwatch(ctx, entry, at(left, px(LEGEND.swatch)), top + px((LEGEND.rowHeight - LEGEND.swatch) / 2), px(LEGEND.swatch));
    ctx.fillStyle = '#1c2026';
    ctx.fillText(entry.label, at(left + px(LEGEND.swatch + LEGEND.swatchGap)), top + px(LEGEND.rowHeight / 2));
  }
  ctx.textBaseline = 'alphabetic';
  ctx.font = `${px(12)}px system-ui, sans-serif`;
  ctx.fillStyle = '#333333';
  ctx.fillText(frame.sources, at(pad), legendTop + px(legend.height) + px(24));
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
