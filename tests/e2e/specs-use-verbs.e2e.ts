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
/** Element names that, alone in a string, can only be a selector (no word of prose or value of the app is spelt so). */
const BARE_TAG = '(?:blockquote|canvas|iframe|tbody|thead|textarea|h[1-6]|ol|ul|li)';
/**
 * The text of a string that is a CSS selector: it starts with a class or an id (not a file ending such as `.png`, nor
 * a link's fragment such as `#story-data=`), an attribute test or a pseudo-class (`:visible`); names an element with a
 * class, attribute or pseudo-class (`button.play`, `li:has-text(...)`), an element inside another (`svg path`,
 * `ul > li`), or a class or attribute under a placeholder (`${row} .cell`); is an element name alone (`canvas`); or
 * uses a Playwright engine (`>>`, `text=`, `role=`, `css=`, `xpath=`).
 */
const CSS_SELECTOR = new RegExp(
  `^(?:(?!\\.(?:csv|html|js|json|pdf|png|svg|ts|txt)$)[.#][A-Za-z_-][\\w-]*(?![\\w=-])|\\[[\\w-]+(?:[~^$*|]?=[^\\]]*)?\\]|:[a-z][\\w-]*|${TAG}(?:[.#[:]|\\s+${TAG}\\b|\\s+[.#[]|\\s*[>+~]\\s*[\\w.#[*])|${BARE_TAG}$|\\u0000(?:\\s+|\\s*>\\s*)[.#[]\\w|(?:text|role|css|xpath)=|.*>>)`,
);

/**
 * The string literals of a line of code, as written ('...', "..." and `...`, a template's `${...}` read as code), up to
 * a comment: a quote inside a comment or a regular expression's class does not open a string.
 */
function stringsOf(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const readString = (quote: string): string => {
    let text = '';
    for (i++; i < line.length && line[i] !== quote; i++) {
      if (line[i] === '\\') text += line[i++] ?? '';
      else if (quote === '`' && line[i] === '$' && line[i + 1] === '{') {
        // The code of `${...}`, with the strings it holds, stands for one character of the template.
        let depth = 0;
        for (i++; i < line.length; i++) {
          const c = line[i]!;
          if (c === "'" || c === '"' || c === '`') out.push(readString(c));
          else if (c === '{') depth++;
          else if (c === '}' && --depth === 0) break;
        }
        text += '\u0000';
        continue;
      }
      text += line[i];
    }
    return text;
  };
  for (; i < line.length; i++) {
    const c = line[i]!;
    if (c === '/' && line[i + 1] === '/') break;
    if (c === '/' && /[(,=:!&|?]\s*$|^\s*$/.test(line.slice(0, i))) {
      // A regular expression: skipped to its closing slash (a class may hold a quote).
      let inClass = false;
      for (i++; i < line.length; i++) {
        if (line[i] === '\\') i++;
        else if (line[i] === '[') inClass = true;
        else if (line[i] === ']') inClass = false;
        else if (line[i] === '/' && !inClass) break;
      }
    } else if (c === "'" || c === '"' || c === '`') out.push(readString(c));
  }
  return out;
}

/** The string literals of a line that are CSS selectors. */
const selectorsIn = (line: string): string[] => stringsOf(line).filter((text) => CSS_SELECTOR.test(text));
/** An assertion on what the store holds, rather than on what a person sees. */
const STORE_READ = [/\bappState\s*\(/, /\breadAppState\b/, /\bstoreState\b/, /\bselectionNow\b/, /\bgetState\s*\(/];

const linesOf = (spec: string): string[] => readFileSync(`${DIR}/${spec}`, 'utf8').split('\n');
const isComment = (line: string): boolean => /^\s*(\/\/|\*|\/\*)/.test(line);
const matching = (spec: string, patterns: RegExp[]): string[] =>
  linesOf(spec).flatMap((line, i) => (!isComment(line) && patterns.some((p) => p.test(line)) ? [`${spec}:${i + 1}: ${line.trim()}`] : []));
const withSelectors = (spec: string): string[] =>
  linesOf(spec).flatMap((line, i) => (!isComment(line) && selectorsIn(line).length > 0 ? [`${spec}:${i + 1}: ${line.trim()}`] : []));

describe('e2e specs', () => {
  it('are found', () => {
    expect(specs.length).toBeGreaterThan(10);
  });

  for (const spec of specs) {
    it(`${spec} uses the driver's verbs only`, () => {
      expect(matching(spec, BROWSER_API)).toEqual([]);
    });
    it(`${spec} passes no CSS selector and asserts no store state`, () => {
      expect([...withSelectors(spec), ...matching(spec, STORE_READ)]).toEqual([]);
    });
  }

  it('the rule knows a CSS selector and a store read when it sees one', () => {
    const selectors = [
      "countOf('.notice')",
      'textOf("#side-panel h2")',
      "click('[data-layer=\"routes\"]')",
      "textsOf('li:has-text(\"x\")')",
      "attributeOf('svg path', 'd')",
      "waitFor('button.play')",
      "x('.a >> nth=1')",
      "countOf('ul > li')",
      "countOf('canvas')",
      "waitFor(':visible')",
      "click('text=Play')",
      "click('role=button')",
      'countOf(`[data-legend="${entry}"]`)',
      "textOf(`${prefix} .notice`) // the notice's text",
    ];
    const words = [
      "clickButton('Play')",
      "toContain('at least €1 billion')",
      "toContain('a list of sources')",
      "dragTimelineTo('2015-09')",
      "expect(text).toContain('Eastern Mediterranean')",
      "givenMonth('2015-09')",
      "setCheckbox(/Routes/, false)",
      "readText('Sources: page 3.')",
      "path.endsWith('.png')",
      "printHandout('button')",
      "['svg', '?renderer=svg']",
      "split(': ')",
      "toBe('Map as text')",
      "toBe('A · September 2015')",
      "paste('#story-data=not*base64')",
      "fragmentOf(`{\"id\":${'['.repeat(9)}\"x\"${']'.repeat(9)},\"title\":\"Deep\"}`)",
      "expect(text).not.toMatch(/\\d{3}_[0-9a-f]{16}\\.txt/); // the map's '.x' stays",
      "expect(label).toBe(\"the map's legend\")",
    ];
    expect(selectors.filter((line) => selectorsIn(line).length === 0)).toEqual([]);
    expect(words.filter((line) => selectorsIn(line).length > 0)).toEqual([]);
    expect(STORE_READ.some((p) => p.test('const s = await map.appState();'))).toBe(true);
    expect(STORE_READ.some((p) => p.test('store.getState().selection'))).toBe(true);
  });
});
