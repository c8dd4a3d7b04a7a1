// The e2e driver's verbs for slide decks: download a story's deck as a person would (briefing mode's story list), and
// read decks as a real client shows them: LibreOffice Impress converts them (headless, a private profile) to PDF with
// notes pages, poppler reads the text and draws each page. Only this file touches the browser and the converter.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MapDriver } from './driver';
import { decodePng, type Pixels } from './png';

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A *when* verb (as in driver-when.ts): a person downloads each story's deck from briefing mode's story list, with the
 * button that names the story and the file type ("Download “…” as slides (.pptx)", in any language: the stories keep
 * their own titles), and saves it. Returns the saved deck of each story, by title, in the order given.
 */
export async function downloadStoryDecks(map: MapDriver, titles: readonly string[], dir: string): Promise<Map<string, string>> {
  const decks = new Map<string, string>();
  for (const [i, title] of titles.entries()) {
    const button = map.page.getByRole('button', { name: new RegExp(`${escaped(title)}.*\\.pptx`) });
    await button.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([map.page.waitForEvent('download', { timeout: 600_000 }), button.click()]);
    const file = join(dir, `deck-${i + 1}.pptx`);
    await download.saveAs(file);
    decks.set(title, file);
  }
  return decks;
}

export interface DeckPage {
  text: string;
  /** The page drawn by poppler at 40 dpi. */
  pixels: Pixels;
}

export interface ReadDeck {
  slides: DeckPage[];
  /** The notes pages, one per slide, as Impress prints them (the slide's picture and its notes). */
  notes: string[];
}

/** Whether LibreOffice Impress (soffice) and poppler are there to read decks. */
export function hasDeckReader(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts every deck in one LibreOffice run (its start is most of the cost) to a PDF of the slides followed by their
 * notes pages, then reads each PDF's pages. Returns the decks in the order given, and the conversion's time.
 */
export function readDecks(files: readonly string[]): { decks: ReadDeck[]; seconds: number } {
  const work = mkdtempSync(join(tmpdir(), 'decks-'));
  try {
    const inputs = files.map((f, i) => {
      const copy = join(work, `d${i}.pptx`);
      copyFileSync(f, copy);
      return copy;
    });
    const started = Date.now();
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}', '--outdir', work, ...inputs],
      { stdio: 'ignore', timeout: 600_000 },
    );
    const seconds = (Date.now() - started) / 1000;
    const decks = inputs.map((input, i): ReadDeck => {
      const pdf = input.replace(/\.pptx$/, '.pdf');
      const texts = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
      if (texts.at(-1) === '') texts.pop();
      const half = texts.length / 2;
      const prefix = join(work, `p${i}`);
      execFileSync('pdftoppm', ['-png', '-r', '40', '-l', String(half), pdf, prefix], { stdio: 'ignore' });
      const images = readdirSync(work).filter((n) => n.startsWith(`p${i}-`) && n.endsWith('.png')).sort();
      return {
        slides: images.map((name, n) => ({ text: texts[n] ?? '', pixels: decodePng(readFileSync(join(work, name))) })),
        notes: texts.slice(half),
      };
    });
    return { decks, seconds };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
