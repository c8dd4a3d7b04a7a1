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
      expect(await map.tabTo({ id: 'country-search-input' }, 30)).toBe(true);
      await map.typeText('Niger');
      await map.pressKeys('ArrowDown', 'ArrowUp', 'Enter');
      await expect.poll(() => map.panelTitle()).toBe('Niger');
      await map.tabTo({ className: 'source-toggle' }, 60);
      await map.pressKeys('Enter');
      await expect.poll(() => map.countOf('#side-panel blockquote')).toBeGreaterThan(0);
      // The timeline slider: focus it by Tab, then step with the arrow keys to 2015.
      await map.tabTo({ className: 'timeline-slider' }, 200);
      await map.pressKeys(...Array<string>(8).fill('ArrowLeft'));
      await expect.poll(() => map.timelineDate()).toBe('January 2015');
      // Back to the toolbar's Data table button with Shift+Tab, and open it.
      await map.tabTo({ text: 'Data table' }, 200, true);
      await map.pressKeys('Enter');
      // Routes, partners, agreements, missions, funding, displacement, other figures, EU members, organisations, instruments, processes.
      await expect.poll(() => map.dataTableCount()).toBe(11);
    } finally {
      await map.close();
    }
  });
});
