// One slide of a deck drawn by a real office client (LibreOffice Impress, headless) and poppler, for a person to look
// at: the docs' slide picture (scripts/screenshots.ts) and the slides spec's record of what it read.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes one slide of a deck as a PNG (LibreOffice's drawing, 96 dpi) for a person to look at. */
export function slidePicture(file: string, slide: number, out: string): void {
  const work = mkdtempSync(join(tmpdir(), 'deck-picture-'));
  try {
    copyFileSync(file, join(work, 'deck.pptx'));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, join(work, 'deck.pptx')], { stdio: 'ignore', timeout: 300_000 });
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', String(slide), '-l', String(slide), '-singlefile', join(work, 'deck.pdf'), out.replace(/\.png$/, '')], { stdio: 'ignore' });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
