// Vite plugin: writes a strict Content-Security-Policy meta tag into the built HTML. Code and styles may come from
// the page's own files ('self', the multi-file build) and from inline <script>/<style> elements allowed one by one
// by their SHA-256 hashes, computed here on the final HTML (after vite-plugin-singlefile has inlined everything).
// Nothing else inline, no eval, nothing from another origin. The dev server gets no policy (Vite injects inline
// styles there). Must be registered after viteSingleFile().
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const SCRIPT_RE = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The hashes of the page's inline scripts and styles (styles looked for outside the scripts, whose code may hold "<style>"). */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(SCRIPT_RE)].map((m) => m[1] ?? '').filter((code) => code.length > 0);
  const styles = [...html.replace(SCRIPT_RE, '').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { scripts: [...new Set(scripts.map(sha256))], styles: [...new Set(styles.map(sha256))] };
}

/**
 * The policy for a built page. `single`: everything is inline, so 'self' is not needed for code, and MapLibre's worker
 * is a data: URL that it fetches and restarts from a new data: URL in a page with an opaque origin (file://, a
 * sandboxed iframe), hence data: in worker-src and connect-src (a data: URL reads nothing from anywhere).
 */
export function policyFor(html: string, single: boolean): string {
  const { scripts, styles } = inlineHashes(html);
  const sources = (own: string[], hashes: string[]): string => [...own, ...hashes].join(' ') || "'none'";
  return [
    "default-src 'none'",
    `script-src ${sources(single ? [] : ["'self'"], scripts)}`,
    single ? 'worker-src data: blob:' : "worker-src 'self'",
    `style-src ${sources(single ? [] : ["'self'"], styles)}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    single ? "connect-src 'self' data:" : "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Inserts the policy right after <meta charset>, before anything it governs. */
export function withPolicy(html: string, policy: string): string {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) throw new Error('index.html already has a Content-Security-Policy meta tag: remove it, the build writes it (scripts/csp-plugin.ts)');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html needs <meta charset> for the Content-Security-Policy to follow');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />${html.slice(at)}`;
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
          file.source = withPolicy(html, policyFor(html, single));
        }
      },
    },
  };
}
