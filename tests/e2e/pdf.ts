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

/** One word pdftotext found on a page, and its box in points (origin at the page's top left). */
export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The words of each page with their boxes, and the page's size in points (pdftotext -bbox). */
export function pdfPageWords(pdf: Buffer): Array<{ width: number; height: number; words: PdfWord[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    return html.split('<page ').slice(1).map((chunk) => {
      const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [...chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescape(m[5]!),
      }));
      return { width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), words };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
