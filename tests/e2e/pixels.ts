// Reads the map canvas pixels in the page (the map keeps its drawing buffer), for tests that look at the map.
import type { TestWindow } from './driver-handles';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Runs in the page: RGBA bytes of a region given in page CSS pixels (as MapDriver.project returns them). */
export function readCanvasRegionInPage(region: Region): number[] {
  const map = (window as unknown as TestWindow).__map!;
  const canvas = map.getCanvas();
  const rect = canvas.getBoundingClientRect();
  const ratio = canvas.width / rect.width;
  const x = region.x - rect.left;
  const y = region.y - rect.top;
  const copy = document.createElement('canvas');
  copy.width = Math.max(1, Math.round(region.width * ratio));
  copy.height = Math.max(1, Math.round(region.height * ratio));
  const ctx = copy.getContext('2d');
  if (!ctx) return [];
  ctx.drawImage(canvas, x * ratio, y * ratio, region.width * ratio, region.height * ratio, 0, 0, copy.width, copy.height);
  return Array.from(ctx.getImageData(0, 0, copy.width, copy.height).data);
}

/** Share of pixels that differ by more than `tolerance` in any channel. */
export function differingShare(a: readonly number[], b: readonly number[], tolerance = 24): number {
  if (a.length !== b.length || a.length === 0) return 1;
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) > tolerance || Math.abs(a[i + 1]! - b[i + 1]!) > tolerance || Math.abs(a[i + 2]! - b[i + 2]!) > tolerance) differing++;
  }
  return differing / (a.length / 4);
}

/** Count of pixels close to a colour (hex "#rrggbb"). */
export function countColour(pixels: ArrayLike<number>, hex: string, tolerance = 30): number {
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (Math.abs(pixels[i]! - r) <= tolerance && Math.abs(pixels[i + 1]! - g) <= tolerance && Math.abs(pixels[i + 2]! - b) <= tolerance) n++;
  }
  return n;
}

/** The share (0 to 1) of RGBA pixels within `tolerance` of `hex` in each channel. */
export function colourShare(pixels: ArrayLike<number>, hex: string, tolerance = 30): number {
  return countColour(pixels, hex, tolerance) / (pixels.length / 4);
}
