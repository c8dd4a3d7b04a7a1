// Phones: the dossier as a sheet that can be raised and lowered, the controls in a menu, 44 px touch targets, and a
// selection that keeps its neighbours in view; checked on screen pixels and with axe, portrait and landscape.
import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, type MapDriver } from './driver';
import { countColour } from './pixels';
import { screenPixels } from './screen';
import { loadBasemap } from '../../src/map/basemap-data';
import { DEFAULT_THEME } from '../../src/map/theme';

const baseUrl = inject('baseUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const labels = new Map(loadBasemap().labels.features.map((f) => [f.properties.iso2, f.geometry.coordinates]));

/** Touch targets under 44 x 44 px among the visible controls (inline links in text are exempt, as in WCAG). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.app button, .app select, .app input, .app summary')) {
      if (el.closest('.visually-hidden, .skip-link')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      // A control inside a scrolled-away part of the sheet is not on screen.
      const sheet = el.closest('.side-panel')?.getBoundingClientRect();
      if (sheet && (r.bottom <= sheet.top || r.top >= sheet.bottom)) continue;
      const box = el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox' ? (el.closest('label') ?? el).getBoundingClientRect() : r;
      if (box.height < 43.5 || box.width < 43.5) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
    return out;
  });
}

/** Elements that stick out of the viewport sideways (the page must not scroll horizontally). */
function sideOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.app *')) {
      if (el.closest('.visually-hidden, .skip-link, .maplibregl-canvas-container, .timeline-years')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > innerWidth + 1 || r.left < -1) out.push(`${el.tagName}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
    return out.slice(0, 5);
  });
}

/** The part of the map nothing covers: below the header, above the lowered sheet (or the timeline). */
async function freeMap(map: MapDriver): Promise<{ x: number; y: number; width: number; height: number }> {
  return map.page.evaluate(() => {
    const region = document.getElementById('map-region')!.getBoundingClientRect();
    const panel = document.getElementById('side-panel')!;
    const sheet = getComputedStyle(panel).position === 'absolute' ? panel.getBoundingClientRect() : null;
    const bottom = Math.min(region.bottom, sheet ? sheet.top : region.bottom, innerHeight);
    return { x: region.left, y: region.top, width: Math.min(region.width, innerWidth - region.left), height: bottom - region.top };
  });
}

describe('on a phone', () => {
  it('finds Niger, reads its dossier in the raised sheet, lowers it and sees Niger with its neighbours (375x667)', async () => {
    const map = await launch(baseUrl, { width: 375, height: 667 });
    try {
      await map.open('');
      const page = map.page;
      await page.locator('#country-search-input').fill('Niger');
      await page.locator('#country-search-options li', { hasText: /^Niger$/ }).click();
      await expect.poll(() => map.panelTitle()).toBe('Niger');
      // Raised: the dossier takes most of the screen and its title is on it.
      const raised = await page.locator('#side-panel').boundingBox();
      expect(raised!.height).toBeGreaterThan(667 * 0.6);
      const title = await page.locator('#side-panel h2').boundingBox();
      expect(title!.y).toBeGreaterThanOrEqual(0);
      expect(title!.y + title!.height).toBeLessThanOrEqual(667);
      await page.locator('#side-panel').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(page.locator('#side-panel').evaluate((el) => el.scrollTop)).resolves.toBeGreaterThan(0);
      await map.screenshot('test-results/phone-375x667-raised.png');

      await page.getByRole('button', { name: 'Show the map' }).click();
      await expect.poll(async () => (await page.locator('#side-panel').boundingBox())!.height).toBeLessThan(200);
      await map.waitForIdle();
      const free = await freeMap(map);
      expect(free.height).toBeGreaterThan(250);
      // Niger and the countries around it are in the free part of the map.
      for (const iso2 of ['NE', 'ML', 'TD', 'NG', 'BF', 'DZ']) {
        const [lon, lat] = labels.get(iso2)!;
        const p = await map.project(lon!, lat!);
        expect(p.x, iso2).toBeGreaterThanOrEqual(free.x);
        expect(p.x, iso2).toBeLessThanOrEqual(free.x + free.width);
        expect(p.y, iso2).toBeGreaterThanOrEqual(free.y);
        expect(p.y, iso2).toBeLessThanOrEqual(free.y + free.height);
      }
      // On screen: Niger's selection outline is drawn in the free part, and the land around it too.
      const pixels = await screenPixels(page, free);
      expect(countColour(pixels, DEFAULT_THEME.selected, 40)).toBeGreaterThan(300);
      expect(countColour(pixels, DEFAULT_THEME.land, 8) / (pixels.length / 4)).toBeGreaterThan(0.2);
      await map.screenshot('test-results/phone-375x667-lowered.png');
      expect(await smallTargets(page)).toEqual([]);
      const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`)).toEqual([]);
      // The share dialog opens from the menu and stays on screen.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: /Share/ }).click();
      await page.locator('#share-link').waitFor({ state: 'visible' });
      const link = await page.locator('#share-link').boundingBox();
      expect(link!.width).toBeGreaterThan(100);
      expect(link!.y + link!.height).toBeLessThanOrEqual(667);
      expect(await page.locator('#share-link').inputValue()).toContain('sel=country%3ANE');
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
   }, 180_000);

  it('keeps every control in reach and 44 px tall in portrait and landscape', async () => {
    const map = await launch(baseUrl, { width: 375, height: 667 });
    try {
      await map.open('?sel=country:NE');
      const page = map.page;
      await page.getByRole('button', { name: 'Show the map' }).click();
      for (const [width, height] of [
        [360, 640],
        [375, 667],
        [412, 915],
        [640, 360],
        [667, 375],
        [915, 412],
      ] as const) {
        const size = `${width}x${height}`;
        await page.setViewportSize({ width, height });
        await map.waitForIdle();
        expect(await sideOverflow(page), size).toEqual([]);
        expect(await smallTargets(page), size).toEqual([]);
        // The map is drawn on screen, sea and land, in whatever the panels leave free.
        const free = await freeMap(map);
        expect(free.height, size).toBeGreaterThan(120);
        const pixels = await screenPixels(page, free);
        const share = (hex: string): number => countColour(pixels, hex, 8) / (pixels.length / 4);
        expect(share(DEFAULT_THEME.sea), size).toBeGreaterThan(0.05);
        expect(share(DEFAULT_THEME.land), size).toBeGreaterThan(0.03);
        expect(share(DEFAULT_THEME.sea) + share(DEFAULT_THEME.land), size).toBeGreaterThan(0.2);
        // The menu holds the language, briefing, contrast, table, story and share controls, all on screen.
        await page.getByRole('button', { name: 'Menu' }).click();
        const controls = page.locator('#app-toolbar > button, #app-toolbar > select');
        expect(await controls.count(), size).toBe(6);
        for (const box of await controls.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(box.bottom, size).toBeLessThanOrEqual(height);
          expect(box.right, size).toBeLessThanOrEqual(width);
          expect(box.height, size).toBeGreaterThanOrEqual(43.5);
        }
        if (width === 375 || width === 667) {
          const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`), size).toEqual([]);
          await map.screenshot(`test-results/phone-${size}-menu.png`);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('#app-toolbar.open').count(), { message: size }).toBe(0);
        // Escape closed the menu, and only the menu.
        expect(await map.panelTitle(), size).toBe('Niger');
      }
    } finally {
      await map.close();
    }
  }, 300_000);
});
