// The build's Content-Security-Policy: inline code allowed by hash only, the exact hash of each element's text.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { policyFor, withPolicy } from '../../scripts/csp-plugin';

const hash = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (head: string): string => `<!doctype html><html><head><meta charset="utf-8" />${head}</head><body></body></html>`;

describe('build CSP', () => {
  it('allows only the own files in the multi-file build', () => {
    const policy = policyFor(page('<script type="module" src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css">'), false);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toMatch(/unsafe|sha256/);
  });

  it('allows each inline script and style of the single file by its hash, and nothing else', () => {
    const code = 'const s = "<style>x</style>"; console.log(s);';
    const css = 'body{margin:0}';
    const policy = policyFor(page(`<script type="module">${code}</script><style>${css}</style>`), true);
    expect(policy).toContain(`script-src ${hash(code)};`);
    expect(policy).toContain(`style-src ${hash(css)};`);
    expect(policy).not.toContain("'self' 'sha");
  });

  it('hashes an inline script a later change adds to the multi-file page', () => {
    expect(policyFor(page('<script>window.x = 1</script>'), false)).toContain(`script-src 'self' ${hash('window.x = 1')};`);
  });

  it('puts the policy first in <head> and refuses a second one', () => {
    const html = withPolicy(page('<title>t</title>'), "default-src 'none'");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
    expect(() => withPolicy(html, "default-src 'none'")).toThrow(/already has/);
  });
});
