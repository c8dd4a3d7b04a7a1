// Reads what the screen shows (a screenshot decoded in Node by png.ts), for tests that look at the map as a reader does.
import type { Page } from 'playwright-core';
import type { Region } from './pixels';
import { decodePng } from './png';

/** RGBA bytes of a region of the page as displayed, in CSS pixels (device scale 1). */
export async function screenPixels(page: Page, clip: Region): Promise<number[]> {
  const png = await page.screenshot({ clip });
  return Array.from(decodePng(png).data);
}
