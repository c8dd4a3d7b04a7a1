// The picture on a step slide: the map at 1920x1080 with its legend in a box at the bottom corner where the text
// starts (left, or right in right-to-left languages), drawn by the PNG export's legend code.
import { drawSwatch, layoutLegend, LEGEND, type LegendEntry } from '../png';

/** The legend box's padding and widest share of the map, in CSS pixels of the map (scaled with it). */
const BOX = { pad: 10, maxShare: 0.62 } as const;

/** Draws the legend over the bottom corner of `map` (a canvas `scale` times its CSS size) and returns it as a PNG data URL. */
export async function mapWithLegend(map: HTMLCanvasElement, legend: readonly LegendEntry[], scale: number, direction: 'ltr' | 'rtl'): Promise<string> {
  const ctx = map.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const px = (n: number): number => Math.round(n * scale);
  const font = `${px(13)}px system-ui, sans-serif`;
  ctx.font = font;
  const maxWidth = (map.width / scale) * BOX.maxShare;
  const labelWidth = (label: string): number => ctx.measureText(label).width / scale;
  const laid = layoutLegend(legend, maxWidth, labelWidth);
  if (laid.placed.length > 0) {
    const used = Math.max(...laid.placed.map((p) => p.x + LEGEND.swatch + LEGEND.swatchGap + labelWidth(p.entry.label)));
    const width = px(used + BOX.pad * 2);
    const height = px(laid.height + BOX.pad * 2);
    const rtl = direction === 'rtl';
    const left = rtl ? map.width - px(BOX.pad) - width : px(BOX.pad);
    const top = map.height - px(BOX.pad) - height;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
    ctx.fillRect(left, top, width, height);
    ctx.strokeStyle = '#9ba5b0';
    ctx.lineWidth = px(1);
    ctx.strokeRect(left, top, width, height);
    ctx.direction = direction;
    ctx.textAlign = 'start';
    ctx.textBaseline = 'middle';
    // Right to left, each entry is mirrored inside the box: swatch at the right, label to its left.
    const at = (x: number, w = 0): number => (rtl ? left + width - px(BOX.pad) - x - w : left + px(BOX.pad) + x);
    for (const { entry, x, y } of laid.placed) {
      const rowTop = top + px(BOX.pad) + px(y);
      drawSwatch(ctx, entry, at(px(x), px(LEGEND.swatch)), rowTop + px((LEGEND.rowHeight - LEGEND.swatch) / 2), px(LEGEND.swatch));
      ctx.fillStyle = '#1c2026';
      ctx.font = font;
      ctx.fillText(entry.label, at(px(x + LEGEND.swatch + LEGEND.swatchGap)), rowTop + px(LEGEND.rowHeight / 2));
    }
  }
  // toBlob encodes away from the main thread; the deck's writer takes the picture as a data URL.
  const blob = await new Promise<Blob | null>((resolve) => map.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the map picture could not be encoded');
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the map picture could not be read'));
    reader.readAsDataURL(blob);
  });
}
