// Reads a PDF the browser printed: its page count from the file itself, and the text of each page with poppler's
// pdftotext (the page break is a form feed). Part of the driver's eyes for printing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Page objects in the file (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export function hasPdfToText(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text of each page, whitespace collapsed. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
    if (pages.at(-1) === '') pages.pop();
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes a PNG of one page (1-based) for a person to look at, when poppler's pdftoppm is there. */
export function pdfPagePng(pdf: Buffer, page: number, outPrefix: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, outPrefix], { stdio: 'ignore' });
  } catch {
    // Looking is optional; the checks read the text.
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
