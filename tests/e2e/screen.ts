// Reads what the screen shows (a screenshot decoded in the page), for tests that look at the map as a reader does.
import type { Page } from 'playwright-core';
import type { Region } from './pixels';

/** RGBA bytes of a region of the page as displayed, in CSS pixels (device scale 1). */
export async function screenPixels(page: Page, clip: Region): Promise<number[]> {
  const png = await page.screenshot({ clip });
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return [];
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(0, 0, img.width, img.height).data);
  }, `data:image/png;base64,${png.toString('base64')}`);
}
