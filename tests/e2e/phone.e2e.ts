// Phones: the dossier as a sheet that can be raised and lowered, the controls in a menu, 44 px touch targets, and a
// selection that keeps its neighbours in view; checked on screen pixels and with axe, portrait and landscape.
import { describe, expect, inject, it } from 'vitest';
import { launch } from './driver';
import { countColour } from './pixels';
import { loadBasemap } from '../../src/map/basemap-data';
import { DEFAULT_THEME } from '../../src/map/theme';

const baseUrl = inject('baseUrl');
const labels = new Map(loadBasemap().labels.features.map((f) => [f.properties.iso2, f.geometry.coordinates]));

describe('on a phone', () => {
  it('finds Niger, reads its dossier in the raised sheet, lowers it and sees Niger with its neighbours (375x667)', async () => {
    const map = await launch(baseUrl, { width: 375, height: 667 });
    try {
      await map.open('');
      await map.pickFromSearch('Niger', /^Niger$/);
      await expect.poll(() => map.panelTitle()).toBe('Niger');
      // Raised: the dossier takes most of the screen and its title is on it.
      // The sheet rises with a transition: wait for it to end.
      await expect.poll(async () => (await map.dossierBox())!.height).toBeGreaterThan(667 * 0.6);
      const title = await map.dossierTitleBox();
      expect(title!.y).toBeGreaterThanOrEqual(0);
      expect(title!.y + title!.height).toBeLessThanOrEqual(667);
      await expect(map.scrollSidePanelToEnd()).resolves.toBeGreaterThan(0);
      await map.screenshot('test-results/phone-375x667-raised.png');

      await map.pressButton('Show the map');
      await expect.poll(async () => (await map.dossierBox())!.height).toBeLessThan(200);
      await map.waitForIdle();
      const free = await map.freeMapArea();
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
      const pixels = await map.screenPixels(free);
      expect(countColour(pixels, DEFAULT_THEME.selected, 40)).toBeGreaterThan(300);
      expect(countColour(pixels, DEFAULT_THEME.land, 8) / (pixels.length / 4)).toBeGreaterThan(0.2);
      await map.screenshot('test-results/phone-375x667-lowered.png');
      expect(await map.smallTouchTargets()).toEqual([]);
      expect((await map.axeReport()).violations).toEqual([]);
      // The share dialog opens from the menu and stays on screen.
      await map.pressButton('Menu');
      const shared = await map.shareLinks();
      expect(shared.linkBox!.width).toBeGreaterThan(100);
      expect(shared.linkBox!.y + shared.linkBox!.height).toBeLessThanOrEqual(667);
      expect(shared.link).toContain('sel=country%3ANE');
      expect(map.consoleErrors).toEqual([]);
    } finally {
      await map.close();
    }
   }, 180_000);

  it('keeps every control in reach and 44 px tall in portrait and landscape', async () => {
    const map = await launch(baseUrl, { width: 375, height: 667 });
    try {
      await map.open('?sel=country:NE');
      await map.pressButton('Show the map');
      for (const [width, height] of [
        [360, 640],
        [375, 667],
        [412, 915],
        [640, 360],
        [667, 375],
        [915, 412],
      ] as const) {
        const size = `${width}x${height}`;
        await map.resize(width, height);
        await map.waitForIdle();
        expect(await map.controlsOutsideSideways(5), size).toEqual([]);
        expect(await map.smallTouchTargets(), size).toEqual([]);
        // The map is drawn on screen, sea and land, in whatever the panels leave free.
        const free = await map.freeMapArea();
        expect(free.height, size).toBeGreaterThan(120);
        const pixels = await map.screenPixels(free);
        const share = (hex: string): number => countColour(pixels, hex, 8) / (pixels.length / 4);
        expect(share(DEFAULT_THEME.sea), size).toBeGreaterThan(0.05);
        expect(share(DEFAULT_THEME.land), size).toBeGreaterThan(0.03);
        expect(share(DEFAULT_THEME.sea) + share(DEFAULT_THEME.land), size).toBeGreaterThan(0.2);
        // The menu holds the language, briefing, contrast, table, story, compare and share controls, all on screen.
        await map.pressButton('Menu');
        expect(await map.menuIsOpen(), size).toBe(true);
        const controls = await map.toolbarControlBoxes();
        expect(controls.length, size).toBe(7);
        for (const box of controls) {
          expect(box.bottom, size).toBeLessThanOrEqual(height);
          expect(box.right, size).toBeLessThanOrEqual(width);
          expect(box.height, size).toBeGreaterThanOrEqual(43.5);
        }
        if (width === 375 || width === 667) {
          expect((await map.axeReport()).violations, size).toEqual([]);
          await map.screenshot(`test-results/phone-${size}-menu.png`);
        }
        await map.pressKeys('Escape');
        await expect.poll(() => map.menuIsOpen(), { message: size, timeout: 10_000 }).toBe(false);
        // Escape closed the menu, and only the menu.
        expect(await map.panelTitle(), size).toBe('Niger');
      }
    } finally {
      await map.close();
    }
  }, 300_000);
});
