// Vite plugin: writes a strict Content-Security-Policy meta tag into the built HTML. The multi-file build allows its
// own files only; the single-file build allows its one inline script and style by their SHA-256 hashes, computed
// here on the final HTML (after vite-plugin-singlefile has inlined everything), and its data:/blob: worker.
// The dev server gets no policy (Vite injects inline styles there). Must be registered after viteSingleFile().
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const COMMON = ["img-src 'self' data: blob:", "font-src 'self'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"];

/** The policy of the multi-file build (dist/index.html). */
export const MULTI_FILE_POLICY = ["default-src 'none'", "script-src 'self'", "worker-src 'self'", "style-src 'self'", "connect-src 'self'", ...COMMON].join('; ');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of a single-file page: each inline script and style allowed by its hash, nothing else inline. */
export function singleFilePolicy(html: string): string {
  const scriptRe = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
  const scripts = [...html.matchAll(scriptRe)].map((m) => m[1] ?? '').filter((code) => code.length > 0);
  // Styles are looked for outside the scripts, whose code may hold the text "<style>".
  const styles = [...html.replace(scriptRe, '').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  const list = (xs: string[]): string => (xs.length ? [...new Set(xs.map(sha256))].join(' ') : "'none'");
  // In a page with an opaque origin (file://, a sandboxed iframe) MapLibre fetches its data: worker and starts it
  // from a new data: URL, hence data: in connect-src (a data: URL reads nothing from anywhere).
  return ["default-src 'none'", `script-src ${list(scripts)}`, 'worker-src data: blob:', `style-src ${list(styles)}`, "connect-src 'self' data:", ...COMMON].join('; ');
}

/** Inserts the policy as the first element after <meta charset>, before anything it governs. */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (/http-equiv="Content-Security-Policy"/i.test(html)) throw new Error('index.html already has a Content-Security-Policy meta tag: remove it, the build writes it (scripts/csp-plugin.ts)');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html needs <meta charset> for the Content-Security-Policy to follow');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

export function strictCsp({ single }: { single: boolean }): Plugin {
  return {
    name: 'map-strict-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          file.source = withPolicy(html, single ? singleFilePolicy(html) : MULTI_FILE_POLICY);
        }
      },
    },
  };
}
