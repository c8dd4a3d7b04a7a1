// Printing: the handout of every story (title page, one section per step with its sources, page numbers), and the
// current view with legend and dossier in explore mode; read from the PDF the browser prints.
import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { launch } from './driver';
import { hasPdfToText, pdfPagePng, pdfPageCount, pdfPageTexts } from './pdf';
import stories from '../../data/stories.json';
import sources from '../../data/sources.json';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/print';
mkdirSync(OUT, { recursive: true });
type StoryJson = { id: string; title: string; steps: Array<{ title: string; text: string; sources: Array<{ seed?: string; quote: string }> }> };
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** pdftotext breaks lines; compare the start of a quote, where the layout adds no hyphen. */
const head = (s: string): string => collapse(s).split(' ').slice(0, 6).join(' ');

describe.skipIf(!hasPdfToText())('printed handout (skipped when pdftotext, of poppler-utils, is absent)', () => {
  (stories as StoryJson[]).forEach((story, n) => {
    it(`${story.id}: a title page, then each step on its own page with its text and sources`, async () => {
      const map = await launch(baseUrl, { width: 1280, height: 720, reducedMotion: true });
      try {
        await map.open(`?mode=briefing&story=${story.id}&step=1`);
        const pdf = await map.printHandout(n % 2 === 0 ? 'keys' : 'button');
        const pages = pdfPageTexts(pdf);
        expect(pdfPageCount(pdf)).toBe(pages.length);
        expect(pages.length).toBe(story.steps.length + 1);
        expect(pages[0]).toContain(story.title);
        for (const step of story.steps) expect(pages[0]).toContain(head(step.title));
        story.steps.forEach((step, i) => {
          const page = pages[i + 1]!;
          expect(page).toContain(`${i + 1}. ${head(step.title)}`);
          expect(page).toContain(head(step.text));
          for (const c of step.sources) {
            expect(page).toContain(head(c.quote));
            // The documents by their titles on the title page, never by the seed file name (kept in the data, not on paper).
            const doc = (sources as Array<{ seedFile: string; title: string }>).find((s) => s.seedFile === c.seed);
            if (doc) {
              expect(pages[0]).toContain(head(doc.title));
              expect(page).not.toContain(doc.seedFile);
            }
          }
          expect(page).toMatch(new RegExp(`${i + 2}\\s*/\\s*${pages.length}\\s*$`));
        });
        pdfPagePng(pdf, 1, `${OUT}/${story.id}-title`);
        pdfPagePng(pdf, 2, `${OUT}/${story.id}-step-1`);
        expect(map.consoleErrors).toEqual([]);
        expect(map.foreignRequests).toEqual([]);
      } finally {
        await map.close();
      }
    }, 180_000);
  });

  it('explore mode prints the current view with its legend and the dossier', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 720, reducedMotion: true });
    try {
      await map.open('?date=2015-09&sel=country:NE');
      const pdf = await map.printPage();
      const text = pdfPageTexts(pdf).join(' ');
      expect(text).toContain('Niger');
      expect(text).toContain('EUCAP Sahel Niger');
      // The legend is on the page, and its entry for the EU's member states is on paper.
      expect(await map.legendContent()).not.toBe('');
      expect(collapse(text)).toContain(head(await map.legendText('eu')));
      pdfPagePng(pdf, 1, `${OUT}/explore-niger`);
    } finally {
      await map.close();
    }
  }, 120_000);
});
