// Colours as the reader sees them: a patch of the screen (either renderer) and the legend's swatches, as [r, g, b].
import type { Page } from 'playwright-core';
import { decodePng } from './png';

export type Rgb = [number, number, number];

/** The median colour of a square of the screen around a page point: labels and borders in the square do not sway it. */
export async function screenColour(page: Page, at: { x: number; y: number }, half = 4): Promise<Rgb> {
  const shot = await page.screenshot({ clip: { x: Math.round(at.x) - half, y: Math.round(at.y) - half, width: 2 * half + 1, height: 2 * half + 1 }, animations: 'disabled' });
  const bytes = decodePng(shot).data;
  const channels: [number[], number[], number[]] = [[], [], []];
  for (let i = 0; i < bytes.length; i += 4) for (let c = 0; c < 3; c++) channels[c as 0 | 1 | 2].push(bytes[i + c]!);
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? -1;
  return [median(channels[0]), median(channels[1]), median(channels[2])];
}

/** The background colour of the legend swatch of one entry (data-legend attribute). */
export async function swatchColour(page: Page, entry: string): Promise<Rgb> {
  const css = await page.locator(`[data-legend="${entry}"] .swatch`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`legend entry ${entry} has no swatch colour (${css})`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function hexToRgb(hex: string): Rgb {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

/** Largest difference over the three channels. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}
