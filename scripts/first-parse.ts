// The JavaScript a built page parses as it loads: the text of its inline scripts that run (modules and classic
// scripts), not the inert data blocks (`type="application/octet-stream"`, scripts/inert-plugin.ts) that become code only
// when asked for, nor scripts fetched by `src`. Used for the single file and the embed page by the build's summary, the
// bench's budget and the tests of the built single file.
import { gzipSync } from 'node:zlib';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types the browser runs (no type, a JavaScript MIME type, or module). */
const RUNS = /^(|module|(text|application)\/(java|ecma)script)$/i;

const typeOf = (attributes: string): string => /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';

/** The code of the inline scripts that run, in page order. */
export function firstParseScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].filter((m) => !/\bsrc\s*=/i.test(m[1] ?? '') && RUNS.test(typeOf(m[1] ?? ''))).map((m) => m[2] ?? '');
}

/** The inert data blocks' text, by element id. */
export function inertBlocks(html: string): Map<string, string> {
  const blocks = [...html.matchAll(SCRIPT)].filter((m) => typeOf(m[1] ?? '') === 'application/octet-stream');
  return new Map(blocks.map((m) => [/\bid="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '', m[2] ?? '']));
}

/** Bytes (UTF-8) and gzip bytes (level 9) of the JavaScript the page parses as it loads. */
export function firstParseSize(html: string): { bytes: number; gzip: number } {
  const code = firstParseScripts(html).join('\n');
  return { bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}
