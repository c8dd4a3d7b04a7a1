// Reading bytes from outside within bounds decided before any parsing: base64url text of a known most length, inflated
// with a cap on the bytes it may grow to (streamed, stopped at the cap), and JSON whose nesting depth is counted on the
// text before JSON.parse sees it.

/** A story link's packed part: a story the maker can put in a link is far shorter (MAX_LINK_LENGTH, 8000). */
export const MAX_PACKED_CHARS = 16_000;
/** A story unpacked from a link (the bundled stories file, four stories, is about 60 KB; a link of 8,000 characters unpacks to far less). */
export const MAX_UNPACKED_BYTES = 256 * 1024;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Arrays and objects inside each other: a stories file is 7 deep. */
export const MAX_DEPTH = 12;

export type Bounded<T> = { ok: true; value: T } | { ok: false; why: 'tooLarge' | 'tooDeep' | 'unreadable'; limit?: number };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The bytes of base64url text (no padding), or why not. */
export function fromBase64Url(text: string, maxChars = MAX_PACKED_CHARS): Bounded<Uint8Array> {
  if (text.length > maxChars) return { ok: false, why: 'tooLarge', limit: maxChars };
  if (!BASE64URL.test(text) || text.length % 4 === 1) return { ok: false, why: 'unreadable' };
  try {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return { ok: true, value: Uint8Array.from(binary, (c) => c.charCodeAt(0)) };
  } catch {
    return { ok: false, why: 'unreadable' };
  }
}

/** Raw-deflated bytes inflated as a stream, stopped (and refused) as soon as the output passes `maxBytes`. */
export async function inflateCapped(bytes: Uint8Array, maxBytes = MAX_UNPACKED_BYTES): Promise<Bounded<Uint8Array>> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, why: 'tooLarge', limit: maxBytes };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, why: 'unreadable' };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, value: out };
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing; stops early past `max`. */
export function jsonDepth(text: string, max = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** JSON text parsed once it is known to be short enough and shallow enough. */
export function parseBoundedJson(text: string, maxChars = MAX_UNPACKED_BYTES, maxDepth = MAX_DEPTH): Bounded<unknown> {
  if (text.length > maxChars) return { ok: false, why: 'tooLarge', limit: maxChars };
  if (jsonDepth(text, maxDepth) > maxDepth) return { ok: false, why: 'tooDeep', limit: maxDepth };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, why: 'unreadable' };
  }
}

/** The text of a file, read only when it is small enough. */
export async function readFileBounded(file: Blob, maxBytes = MAX_FILE_BYTES): Promise<Bounded<string>> {
  if (file.size > maxBytes) return { ok: false, why: 'tooLarge', limit: maxBytes };
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, why: 'unreadable' };
  }
}
