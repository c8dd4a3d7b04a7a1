// The README is a front door of at most 220 lines, and every relative link and picture in it and in docs/*.md leads
// somewhere: the file exists and, for a link with #anchor into a Markdown page, that page has the heading.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PAGES = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every link and image target of a page, code blocks and inline code left out. */
export function targetsOf(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1]!)));
}

/** What is wrong with one target of a page, or null when it leads somewhere. */
export function brokenTarget(page: string, target: string): string | null {
  if (/^[a-z]+:/i.test(target)) return null; // https:, mailto: — not ours to check offline
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? page : resolve(dirname(page), decodeURIComponent(path));
  if (!existsSync(file)) return `${page}: ${target} (no such file)`;
  if (anchor && statSync(file).isFile() && file.endsWith('.md') && !anchorsOf(file).has(anchor)) return `${page}: ${target} (no heading #${anchor})`;
  return null;
}

describe('README and docs/', () => {
  it('the README is a front door of at most 220 lines', () => {
    expect(readFileSync('README.md', 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(220);
  });

  it('every relative link and picture resolves, anchors included', () => {
    const targets = PAGES.flatMap((page) => targetsOf(readFileSync(page, 'utf8')).map((target) => ({ page, target })));
    expect(targets.length).toBeGreaterThan(40);
    expect(targets.map(({ page, target }) => brokenTarget(page, target)).filter(Boolean)).toEqual([]);
  });

  it('finds a broken link, a missing picture and a missing heading', () => {
    expect(brokenTarget('README.md', 'docs/no-such-page.md')).toMatch(/no such file/);
    expect(brokenTarget('docs/using.md', 'screenshot-none.png')).toMatch(/no such file/);
    expect(brokenTarget('docs/using.md', 'embedding.md#no-such-heading')).toMatch(/no heading/);
    expect(brokenTarget('docs/using.md', 'embedding.md#host-origins')).toBeNull();
    expect(anchorOf('Then and now: comparing two dates')).toBe('then-and-now-comparing-two-dates');
  });
});
