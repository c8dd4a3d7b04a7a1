// Accessibility in the browser: axe-core reports no WCAG 2.1 A/AA violation in the main views.
import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { launch } from './driver';

const baseUrl = inject('baseUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const VIEWS: Array<[string, string]> = [
  ['explore', ''],
  ['dossier open', '?sel=country:NE'],
  ['briefing', '?mode=briefing&story=crisis-2015-routes&step=1'],
  ['embed', '?mode=embed&sel=country:TR'],
  ['data table', '?table=1'],
];

describe('axe-core', () => {
  for (const [name, query] of VIEWS) {
    it(`finds no violation in ${name}`, async () => {
      const map = await launch(baseUrl, { width: 1280, height: 800 });
      try {
        await map.open(query);
        const result = await new AxeBuilder({ page: map.page }).withTags(TAGS).analyze();
        const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
        expect(summary).toEqual([]);
        expect(result.passes.length).toBeGreaterThan(10); // axe really ran its rules on this page
      } finally {
        await map.close();
      }
    });
  }

  it('finds no violation in the SVG fallback map', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, webgl: false });
    try {
      await map.openSimplified('?sel=country:NE');
      const result = await new AxeBuilder({ page: map.page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(10);
    } finally {
      await map.close();
    }
  });
});

describe('keyboard only', () => {
  it('finds Niger, reads a source quote, moves the timeline to 2015 and opens the data table', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800 });
    try {
      await map.open('?date=2012-06');
      const page = map.page;
      // Tab from the top of the page until the country search has focus.
      for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'country-search-input'; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('country-search-input');
      await page.keyboard.type('Niger');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect.poll(() => map.panelTitle()).toBe('Niger');
      for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.classList.contains('source-toggle'))); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#side-panel blockquote').count()).toBeGreaterThan(0);
      // The timeline slider: focus it by Tab, then step with the arrow keys to 2015.
      for (let i = 0; i < 200 && !(await page.evaluate(() => document.activeElement?.classList.contains('timeline-slider'))); i++) await page.keyboard.press('Tab');
      for (let i = 0; i < 31; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('timeline-date').innerText()).toBe('January 2015');
      // Back to the toolbar's Data table button with Shift+Tab, and open it.
      for (let i = 0; i < 200 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Data table'; i++) await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      // Routes, partners, agreements, missions, funding, displacement, other figures, EU members, organisations, instruments, processes.
      await expect.poll(() => page.locator('.data-table').count()).toBe(11);
    } finally {
      await map.close();
    }
  });
});
