// User-written text on the way in: controls that change how text reads (bidi overrides, embeddings, isolates, marks)
// and invisible characters (zero-width spaces and joiners, word joiner, byte-order mark) taken out; and the few
// characters of an input a message may quote.

/**
 * Bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the Arabic letter mark (U+061C) and the
 * left-to-right and right-to-left marks (U+200E, U+200F): the page isolates user text itself, so none is needed.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Zero-width space, non-joiner and joiner, word joiner, byte-order mark. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** C0 and C1 controls other than tab and line feed. */
// eslint-disable-next-line no-control-regex -- these are the characters it removes
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** The text as it should read: direction controls, zero-width and control characters taken out. */
export function cleanText(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '').replace(ZERO_WIDTH, '').replace(CONTROLS, '');
}

/** Whether cleanText would change the text. */
export function hasHiddenCharacters(text: string): boolean {
  return cleanText(text) !== text;
}

/** At most this many characters of an input appear in a message about it. */
export const QUOTE_MAX = 30;

/** A piece of an input as a message may show it: cleaned, on one line, cut to QUOTE_MAX characters with "…". */
export function quote(value: string): string {
  // Cut first: the input may be megabytes long, and only its start is shown.
  const head = Array.from(value.slice(0, QUOTE_MAX * 4)).slice(0, QUOTE_MAX * 2).join('');
  const shown = Array.from(cleanText(head).replace(/\s+/g, ' ').replace(/[^\p{L}\p{N}\p{P}\p{S}\p{M} ]/gu, ''));
  return shown.length > QUOTE_MAX || value.length > head.length ? `${shown.slice(0, QUOTE_MAX).join('')}…` : shown.join('');
}
