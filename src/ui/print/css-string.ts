// A text as a CSS string literal (for `content:` in @page margin boxes): quotes, backslashes and line breaks escaped.

export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3C ')}"`;
}
