// The briefing as a slide deck: a person downloads each story's deck (from the served app with the WebGL map, from the
// single file on disk with the SVG map, and in Arabic), and LibreOffice Impress, a real client, opens every deck: one
// slide per step plus the title and sources slides, the story's title, the speaker notes on the notes pages, and on
// each step slide a map in the projector colours (land and sea, EU members or partners; across the deck sea, land, EU
// members; the route colour on each step that draws routes with nothing selected).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './driver';
import { hasDeckReader, readDecks, downloadStoryDecks, type ReadDeck } from './driver-slides';
import { countColour } from './pixels';
import { HIGH_CONTRAST_THEME as THEME } from '../../src/map/theme';
import { partnerSwatch } from '../../src/map/style/partners';
import { PARTNER_CATEGORIES } from '../../src/selectors/partners';
import stories from '../../data/stories.json';

const baseUrl = inject('baseUrl');
const OUT = 'test-results/slides';
mkdirSync(OUT, { recursive: true });
type StoryJson = { id: string; title: string; steps: Array<{ title: string; text: string; state: { layers: string[]; selection?: { kind: string } }; notes?: Array<{ text: string }> }> };
const STORIES = stories as StoryJson[];
const words = (s: string, n = 4): string => s.replace(/\s+/g, ' ').trim().split(' ').slice(0, n).join(' ');

/** The map's box on a step slide drawn at 40 dpi (13.33 x 7.5 in): left of the text, or right of it in Arabic. */
function mapBox(rtl: boolean): { x0: number; x1: number; y0: number; y1: number } {
  return rtl ? { x0: 181, x1: 517, y0: 62, y1: 200 } : { x0: 16, x1: 352, y0: 62, y1: 200 };
}

function mapPixels(deck: ReadDeck, slide: number, rtl: boolean): number[] {
  const { pixels } = deck.slides[slide]!;
  const box = mapBox(rtl);
  const out: number[] = [];
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) for (let c = 0; c < 4; c++) out.push(pixels.data[(y * pixels.width + x) * 4 + c]!);
  return out;
}

const sources: Array<{ name: string; decks: Map<string, string> }> = [];
let read: ReadDeck[] = [];
let conversion = 0;
const work = mkdtempSync(join(tmpdir(), 'slides-e2e-'));

describe.skipIf(!hasDeckReader())('the briefing as a slide deck', () => {
  beforeAll(async () => {
    const started = Date.now();
    const titles = STORIES.map((s) => s.title);
    const served = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true });
    try {
      await served.open('');
      await served.givenMode('briefing');
      sources.push({ name: 'served app (WebGL map)', decks: await downloadStoryDecks(served, titles, mkdtempSync(join(work, 'served-'))) });
      expect(served.foreignRequests).toEqual([]);
    } finally {
      await served.close();
    }
    // The single file carries the deck's code inert and runs it when asked (scripts/inert-plugin.ts): from disk, under
    // its policy (close() fails on a violation), with no request but the file itself.
    const single = await launch('file:///', { width: 1280, height: 800, reducedMotion: true, webgl: false });
    try {
      await single.openSimplified(`file://${resolve('dist-single/index.html')}`);
      await single.givenMode('briefing');
      sources.push({ name: 'single file from disk (SVG map)', decks: await downloadStoryDecks(single, titles, mkdtempSync(join(work, 'single-'))) });
      expect(single.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('file://'))).toEqual([]);
    } finally {
      await single.close();
    }
    // A reader who has the app in Arabic (a link that says so), with the first story.
    const arabic = await launch(baseUrl, { width: 1280, height: 800, reducedMotion: true, webgl: false });
    try {
      await arabic.openSimplified('index.html?lang=ar');
      await arabic.givenMode('briefing');
      sources.push({ name: 'Arabic (SVG map)', decks: await downloadStoryDecks(arabic, titles.slice(0, 1), mkdtempSync(join(work, 'ar-'))) });
    } finally {
      await arabic.close();
    }
    console.log(`slides: decks downloaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const files = sources.flatMap((s) => [...s.decks.values()]);
    const result = readDecks(files);
    read = result.decks;
    conversion = result.seconds;
    // Kept for a person to open (test-results/slides/).
    files.forEach((f, i) => copyFileSync(f, join(OUT, `deck-${i + 1}.pptx`)));
    console.log(`slides: ${files.length} decks (${files.map((f) => `${Math.round(statSync(f).size / 1024)} KB`).join(', ')}) converted by LibreOffice in ${conversion.toFixed(1)} s`);
  }, 2_400_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('each deck opens in LibreOffice with a slide per step, the title and sources slides, and the notes', () => {
    let at = 0;
    for (const source of sources) {
      for (const title of source.decks.keys()) {
        const story = STORIES.find((s) => s.title === title)!;
        const deck = read[at++]!;
        const context = `${source.name}: ${story.id}`;
        expect(deck.slides.length, context).toBe(story.steps.length + 2);
        expect(deck.notes.length, context).toBe(deck.slides.length);
        expect(deck.slides[0]!.text, context).toContain(words(story.title));
        story.steps.forEach((step, i) => {
          expect(deck.slides[i + 1]!.text, `${context} step ${i + 1}`).toContain(words(step.title, 3));
          // The speaker notes on the step's notes page, as Impress prints them.
          const note = step.notes?.[0]?.text;
          if (note) {
            expect(deck.notes[i + 1], `${context} notes ${i + 1}`).toContain(words(note));
            // In the notes pane, not on the slide.
            if (!step.text.includes(words(note))) expect(deck.slides[i + 1]!.text, `${context} slide ${i + 1}`).not.toContain(words(note));
          }
        });
      }
    }
  });

  it('each step slide shows a map in the projector colours; each deck shows sea and EU members; routes where nothing is selected', () => {
    let at = 0;
    // The partner countries' colours as the map paints them over land (the legend's swatches).
    const partners = PARTNER_CATEGORIES.map((c) => partnerSwatch(THEME, c));
    for (const source of sources) {
      const rtl = source.name.startsWith('Arabic');
      for (const title of source.decks.keys()) {
        const story = STORIES.find((s) => s.title === title)!;
        const deck = read[at++]!;
        const seen = { sea: 0, eu: 0 };
        story.steps.forEach((step, i) => {
          const pixels = mapPixels(deck, i + 1, rtl);
          const context = `${source.name}: ${story.id} step ${i + 1}`;
          const sea = countColour(pixels, THEME.sea, 24);
          const eu = countColour(pixels, THEME.eu, 24);
          const partner = Math.max(...partners.map((hex) => countColour(pixels, hex, 24)));
          // A map, not an empty box: land and at least one more of the map's colours (a zoomed view of the Sahel has no sea and no EU).
          expect(countColour(pixels, THEME.land, 12), `${context} land`).toBeGreaterThan(200);
          expect(Math.max(sea, eu, partner), `${context} sea, EU members or partners`).toBeGreaterThan(150);
          seen.sea = Math.max(seen.sea, sea);
          seen.eu = Math.max(seen.eu, eu);
          // With nothing selected the routes are drawn in the route colour; a selection fades them, or draws the selected
          // route in the selection's colour (their emphasis), so the route colour is looked for on unselected steps.
          if (step.state.layers.includes('routes') && !step.state.selection) expect(countColour(pixels, THEME.route, 40), `${context} route`).toBeGreaterThan(10);
        });
        const context = `${source.name}: ${story.id}`;
        expect(seen.sea, `${context} sea`).toBeGreaterThan(2000);
        expect(seen.eu, `${context} EU members`).toBeGreaterThan(1000);
      }
    }
  });

  it('the Arabic deck says what the app says in Arabic, right to left', () => {
    const at = sources.slice(0, 2).reduce((n, s) => n + s.decks.size, 0);
    const deck = read[at]!;
    // pdftotext gives Arabic's short vowels in its own order: compared without them.
    const plain = (text: string): string => text.replace(/[\u064B-\u0652]/g, '');
    // "Made on …" on the title slide, "Sources" on the step slides and "All sources" at the end, in Arabic.
    expect(plain(deck.slides[0]!.text)).toContain('أعدت في');
    expect(plain(deck.slides[1]!.text)).toContain('المصادر');
    expect(plain(deck.slides.at(-1)!.text)).toContain('جميع');
    expect(plain(deck.slides.at(-1)!.text)).toContain('المصادر');
  });
});
