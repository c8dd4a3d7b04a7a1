// A story written to disguise itself, opened by a presenter: its title, step titles, texts, speaker notes and sources
// carry a right-to-left override (U+202E), zero-width characters, markup (`<img src=x onerror=…>`) and words of 2,000
// characters with no break. In briefing mode, in the presenter view (the second window) and in the printed handout the
// person reads the text as it is written: nothing of it runs or becomes an element, no hidden character is left, every
// long word wraps inside its box, and no page is wider than its window (the handout: every word inside the A4 page's
// margins).
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type MapDriver } from './driver';
import { storyLinkFragment } from './driver-hostile';
import { hasPdfToText, pdfPagePng, pdfPageTexts, pdfPageWords } from './pdf';

const baseUrl = inject('baseUrl');
const WAIT = { timeout: 30_000, interval: 100 };
const OUT = 'test-results/hostile';
mkdirSync(OUT, { recursive: true });

/** Direction controls and zero-width characters: none may reach the reader. */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/;
const MARKUP = '<img src=x onerror="self.hostileRan=true">';
/** A text that disguises itself: an override that would reverse it, markup, a zero-width space, then one 2,000-letter word. */
const disguised = (letter: string): string => `\u202E${MARKUP}\u200B${letter.repeat(2_000)}`;
/** What the reader should see of it: the markup as text, the hidden characters gone, the word cut to the field's limit. */
const shown = (letter: string, limit: number): string => `${MARKUP}${letter.repeat(2_000)}`.slice(0, limit);

const source = (letter: string) => ({ background: `\u202E<b>bold</b>\u200B${letter.repeat(1_990)}`, reference: `OJ L 1 ${letter.repeat(600)}` });
const step = (letter: string, month: string) => ({
  title: disguised(letter),
  text: disguised(letter.toLowerCase()),
  camera: { lon: 15, lat: 38, zoom: 3 },
  state: { date: month, layers: ['routes'] },
  sources: [source('Q')],
  notes: [{ text: disguised('N'), sources: [source('R')] }],
});
const STORY = { id: 'disguised', title: disguised('W'), summary: disguised('U'), steps: [step('S', '2016-03'), step('T', '2016-04')] };
const LINK = storyLinkFragment(JSON.stringify(STORY));

describe('a story whose text disguises itself, presented', { timeout: 240_000 }, () => {
  let map: MapDriver;
  beforeAll(async () => {
    map = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
    await map.open('?date=2015-09');
  }, 120_000);
  afterAll(async () => {
    await map.close();
  });

  it('briefing mode shows the text as written, wrapped inside the card, with short notices', async () => {
    // A person pastes the story link they were sent into the open map.
    await map.pasteLinkFragment(LINK);
    await expect.poll(async () => (await map.storyCard())?.step, WAIT).toBe(shown('S', 80));
    const card = await map.storyCard();
    expect(card?.title).toBe(shown('W', 120));
    expect(card?.isolated).toBe(true);
    const seen = await map.storyTextIn('projector');
    expect(seen.text).toContain(shown('s', 400));
    expect(seen.text).toContain(MARKUP);
    expect(seen.text).not.toMatch(HIDDEN);
    expect(seen.ranAsMarkup).toBe(false);
    expect(seen.horizontalOverflow).toBe(0);
    expect(await map.userTextOverflow()).toBe(0);
    expect(seen.longWords.length).toBeGreaterThanOrEqual(3);
    for (const word of seen.longWords) {
      expect(word.overflowPx, `“${word.start}…” runs past its box`).toBe(0);
      expect(word.lines, `“${word.start}…” is not wrapped`).toBeGreaterThan(1);
    }
    const notices = await map.noticesShown();
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) expect(n.length).toBeLessThanOrEqual(300);
    await map.screenshot(`${OUT}/briefing.png`);
    expect(map.consoleErrors).toEqual([]);
  });

  it('the presenter view shows the titles, text, notes and sources as written, wrapped, with no sideways scroll', async () => {
    await map.openPresenterWindow();
    await expect.poll(() => map.stepTitle('presenter'), WAIT).toBe(shown('S', 80));
    expect(await map.presenterText('presenter-next-title')).toBe(shown('T', 80));
    const seen = await map.storyTextIn('presenter');
    for (const text of [shown('W', 120), shown('s', 400), shown('N', 600), 'OJ L 1 QQQQ', '<b>bold</b>QQQQ']) expect(seen.text).toContain(text);
    expect(seen.text).not.toMatch(HIDDEN);
    expect(seen.ranAsMarkup).toBe(false);
    expect(seen.horizontalOverflow).toBe(0);
    // Story title, step title, text, note, two sources, the next step's title and the step list's two titles.
    expect(seen.longWords.length).toBeGreaterThanOrEqual(8);
    for (const word of seen.longWords) {
      expect(word.overflowPx, `“${word.start}…” runs past its box`).toBe(0);
      expect(word.lines, `“${word.start}…” is not wrapped`).toBeGreaterThan(1);
    }
    expect((await map.measureWindow('presenter')).outside).toEqual([]);
    await map.screenshotPresenter(`${OUT}/presenter.png`);
    // A narrower laptop window: the same.
    await map.resizePresenter(800, 600);
    const narrow = await map.storyTextIn('presenter');
    expect(narrow.horizontalOverflow).toBe(0);
    for (const word of narrow.longWords) expect(word.overflowPx, `“${word.start}…” runs past its box at 800 px`).toBe(0);
    await map.screenshotPresenter(`${OUT}/presenter-800.png`);
    await map.closePresenterWindow();
    expect(map.consoleErrors).toEqual([]);
  });

  it.skipIf(!hasPdfToText())('the printed handout shows the text as written, every word inside the page margins', async () => {
    const pdf = await map.printHandout('button');
    writeFileSync(`${OUT}/handout.pdf`, pdf);
    const pages = pdfPageTexts(pdf);
    // The title page, then each step from a page of its own (long sources may take a second page).
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const stepPage = pages.findIndex((p) => p.startsWith('1. '));
    expect(stepPage).toBe(1);
    expect(pages.findIndex((p) => p.startsWith('2. '))).toBeGreaterThan(stepPage);
    const all = pages.join(' ');
    expect(all).not.toMatch(HIDDEN);
    // Words wrapped anywhere come back from the PDF split over lines: read the text without its breaks.
    const unbroken = pages.map((p) => p.replace(/\s+/g, ''));
    expect(unbroken[0]).toContain(shown('W', 120).replace(/\s+/g, ''));
    expect(unbroken[0]).toContain(shown('U', 400).replace(/\s+/g, ''));
    // The running footer carries the title cut to 60 characters, then the map's name, beside the page number.
    expect(unbroken[0]).toContain(`${shown('W', 59).replace(/\s+/g, '')}…·MigrationroutesandEUexternalaction`);
    expect(pages[0]).toMatch(/\b1\s*\/\s*\d+\b/);
    // The story cites background facts only: no list of documents, and no date of the data left blank.
    expect(pages[0]).not.toContain('Data from documents dated up to');
    const secondStep = pages.findIndex((p) => p.startsWith('2. '));
    const firstStep = unbroken.slice(1, secondStep).join('');
    expect(firstStep).toContain(shown('s', 400).replace(/\s+/g, ''));
    // The source (its statement, cut to 2,000 characters, and its reference) whole, across the page break: every Q of it.
    expect(firstStep).toContain('<b>bold</b>QQQQ');
    const statement = source('Q').background.slice(0, 2_000);
    expect(firstStep.match(/Q/g)?.length).toBe(statement.split('Q').length - 1 + 600);
    expect((await map.storyTextIn('projector')).ranAsMarkup).toBe(false);
    // Laid out for print, no box of the handout is wider than the page's text column.
    expect(await map.handoutOverflow()).toEqual([]);
    const MARGIN = (14 / 25.4) * 72;
    pdfPageWords(pdf).forEach((sheet, i) => {
      // The story's own words and the running footer (the maps' labels are clipped by the map's frame, not wrapped).
      const ours = sheet.words.filter((w) => /[<>=…]|[WUSsTtQN]{3,}|Migration|action/.test(w.text));
      const outside = ours.filter((w) => w.xMin < MARGIN - 2 || w.xMax > sheet.width - MARGIN + 2).map((w) => `${w.text.slice(0, 20)} ${Math.round(w.xMin)}–${Math.round(w.xMax)}`);
      expect(outside, `page ${i + 1} of ${Math.round(sheet.width)} pt`).toEqual([]);
      // Each long word takes several lines.
      const lines = (letter: string): number => new Set(sheet.words.filter((w) => w.text.includes(letter.repeat(20))).map((w) => Math.round(w.yMin))).size;
      if (i === 0) expect(lines('W')).toBeGreaterThan(1);
      else if (sheet.words.some((w) => w.text.includes('QQQ'))) expect(lines('Q')).toBeGreaterThan(1);
      // Wrapped at the page's margin, not shrunk to fit: the long words' lines reach across the text column.
      const reach = Math.max(...sheet.words.filter((w) => /^[WQst]{20,}$/.test(w.text)).map((w) => w.xMax));
      expect(reach, `page ${i + 1}: long words end ${Math.round(sheet.width - MARGIN - reach)} pt short of the margin`).toBeGreaterThan(sheet.width - MARGIN - 30);
    });
    pdfPagePng(pdf, 1, `${OUT}/handout-title`);
    pdfPagePng(pdf, 2, `${OUT}/handout-step-1`);
    expect(map.consoleErrors).toEqual([]);
  });
});
