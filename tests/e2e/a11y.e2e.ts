// Accessibility in the browser: axe-core reports no WCAG 2.1 A/AA violation in the main views.
import { describe, expect, inject, it } from 'vitest';
import { launch } from './driver';

const baseUrl = inject('baseUrl');

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
        const result = await map.axeReport();
        expect(result.violations).toEqual([]);
        expect(result.passes).toBeGreaterThan(10); // axe really ran its rules on this page
      } finally {
        await map.close();
      }
    });
  }

  it('finds no violation in the SVG fallback map', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, webgl: false });
    try {
      await map.openSimplified('?sel=country:NE');
      const result = await map.axeReport();
      expect(result.violations).toEqual([]);
      expect(result.passes).toBeGreaterThan(10);
    } finally {
      await map.close();
    }
  });
});

describe('keyboard only', () => {
  it('finds Niger, reads a source quote, moves the timeline to 2015 and opens the data table', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800 });
    try {
      // September 2015: the date of the Communication that states Niger's missions (nothing is shown before it).
      await map.open('?date=2015-09');
      // Tab from the top of the page until the country search has focus.
      expect(await map.tabTo({ role: 'combobox', name: 'Find a country' }, 30)).toBe(true);
      await map.typeText('Niger');
      await map.pressKeys('ArrowDown', 'ArrowUp', 'Enter');
      await expect.poll(() => map.panelTitle()).toBe('Niger');
      expect(await map.tabTo({ role: 'button', name: /^(Source|Sources \(\d+\))$/ }, 60)).toBe(true);
      await map.pressKeys('Enter');
      await expect.poll(async () => (await map.dossierQuotes()).length).toBeGreaterThan(0);
      // A quote is the document's words, in quotation marks.
      expect((await map.dossierQuotes())[0]).toMatch(/^“.{20,}/s);
      // The timeline slider: focus it by Tab, then step with the arrow keys to 2015.
      expect(await map.tabTo({ role: 'slider', name: 'Date' }, 200)).toBe(true);
      await map.pressKeys(...Array<string>(8).fill('ArrowLeft'));
      await expect.poll(() => map.timelineDate()).toBe('January 2015');
      // Back to the toolbar's Data table button with Shift+Tab, and open it.
      expect(await map.tabTo({ role: 'button', name: 'Data table' }, 200, true)).toBe(true);
      await map.pressKeys('Enter');
      // Routes, partners, agreements, missions, funding, displacement, other figures, EU members, organisations, instruments, processes.
      await expect.poll(() => map.dataTableCount()).toBe(11);
    } finally {
      await map.close();
    }
  });
});
