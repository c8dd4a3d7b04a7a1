// The specs speak in the driver's verbs, in a person's words: no spec calls Playwright's page or reads the app's test
// handles itself (only the driver-*.ts files do), passes a CSS selector to a verb, or asserts what the store holds.
// What a spec arranges goes through the *given* verbs (driver-given.ts), what a person does through the *when* verbs
// (driver-when.ts: roles, names, keys, the mouse), what a person sees through the reading verbs (text, roles, pixels).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'tests/e2e';
// This file names the patterns it looks for, so it is not one of the specs it reads.
const specs = readdirSync(DIR).filter((name) => name.endsWith('.e2e.ts') && name !== 'specs-use-verbs.e2e.ts');
/** A call on a page object, the driver's own page or context, and the window handles (__store, __map). */
const BROWSER_API = [/\bpage\s*\./, /\.page\b/, /\.context\b/, /window\s*\.\s*__|\b__(store|map)\b/, /@axe-core|playwright-core/];
/** Element names that appear in the app's markup (a selector names one before a class, attribute or descendant). */
const TAG = '(?:a|article|aside|blockquote|button|canvas|circle|dd|details|dialog|div|dl|dt|figure|footer|g|h[1-6]|header|iframe|img|input|label|li|line|main|nav|ol|option|p|path|rect|section|select|span|summary|svg|table|tbody|td|text|th|thead|tr|ul)';
/**
 * A string that is a CSS selector: it starts with a class, an id, an attribute test, names an element with a class,
 * attribute or pseudo-class (`button.play`, `li:has-text(...)`), an element inside another (`svg path`), or uses a
 * Playwright engine (`>>`).
 */
const CSS_SELECTOR = new RegExp(`(['"\`])(?:[.#][A-Za-z_-][\\w-]*|\\[[\\w-]+(?:[~^$*|]?=[^\\]]*)?\\]|${TAG}(?:[.#[:]|\\s+${TAG}\\b|\\s+[.#[])|(?:(?!\\1).)*>>)(?:(?!\\1).)*\\1`);
/** An assertion on what the store holds, rather than on what a person sees. */
const STORE_READ = [/\bappState\s*\(/, /\breadAppState\b/, /\bstoreState\b/, /\bselectionNow\b/];

/** Specs not yet rewritten in a person's words: each leaves this list when it is. The list must end empty. */
const NOT_YET = new Set<string>([
  'hostile-input.e2e.ts',
  'overlays.e2e.ts',
  'phone.e2e.ts',
  'play.e2e.ts',
  'presenter.e2e.ts',
  'print.e2e.ts',
  'projector-sizes.e2e.ts',
  'provenance.e2e.ts',
  'reading.e2e.ts',
  'slides.e2e.ts',
  'story-maker.e2e.ts',
  'svg-fallback.e2e.ts',
  'theme.e2e.ts',
  'timeline-and-links.e2e.ts',
  'visual.e2e.ts',
  'work-ceilings.e2e.ts',
]);

const linesOf = (spec: string): string[] => readFileSync(`${DIR}/${spec}`, 'utf8').split('\n');
const matching = (spec: string, patterns: RegExp[]): string[] =>
  linesOf(spec).flatMap((line, i) => (!/^\s*(\/\/|\*|\/\*)/.test(line) && patterns.some((p) => p.test(line)) ? [`${spec}:${i + 1}: ${line.trim()}`] : []));

describe('e2e specs', () => {
  it('are found', () => {
    expect(specs.length).toBeGreaterThan(10);
  });

  for (const spec of specs) {
    it(`${spec} uses the driver's verbs only`, () => {
      expect(matching(spec, BROWSER_API)).toEqual([]);
    });
    if (!NOT_YET.has(spec)) {
      it(`${spec} passes no CSS selector and asserts no store state`, () => {
        expect(matching(spec, [CSS_SELECTOR, ...STORE_READ])).toEqual([]);
      });
    }
  }

  it('still to rewrite: only specs that exist', () => {
    expect([...NOT_YET].filter((spec) => !specs.includes(spec))).toEqual([]);
  });

  it('the rule knows a CSS selector and a store read when it sees one', () => {
    const selectors = ["countOf('.notice')", 'textOf("#side-panel h2")', "click('[data-layer=\"routes\"]')", "textsOf('li:has-text(\"x\")')", "attributeOf('svg path', 'd')", "waitFor('button.play')", "x('.a >> nth=1')"];
    const words = ["clickButton('Play')", "toContain('at least €1 billion')", "toContain('a list of sources')", "dragTimelineTo('2015-09')", "expect(text).toContain('Eastern Mediterranean')", "givenMonth('2015-09')", "setCheckbox(/Routes/, false)", "readText('Sources: page 3.')"];
    expect(selectors.filter((line) => !CSS_SELECTOR.test(line))).toEqual([]);
    expect(words.filter((line) => CSS_SELECTOR.test(line))).toEqual([]);
    expect(STORE_READ.some((p) => p.test('const s = await map.appState();'))).toBe(true);
  });
});
