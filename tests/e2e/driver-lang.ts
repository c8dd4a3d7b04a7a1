// The e2e driver's verbs for languages and writing direction: the page's declared language, the language switcher,
// where panels sit, how quotes are isolated, what the map labels say, and axe's findings. Part of the driver: with
// driver.ts and driver-screen.ts, the only files that touch the browser.
import AxeBuilder from '@axe-core/playwright';
import { LAYER } from '../../src/map/ids';
import type { Lang } from '../../src/state/types';
import type { MapDriver } from './driver';

export interface PageLanguage {
  /** `<html lang>`, `<html dir>` and the page title. */
  lang: string;
  dir: string;
  title: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  panel: Box;
  map: Box;
  legend: Box | null;
  /** The map's zoom buttons (WebGL or SVG map). */
  zoom: Box | null;
  /** Horizontal centre of the timeline's first year label (2004) and of its last. */
  firstYearX: number;
  lastYearX: number;
}

export interface IsolatedText {
  lang: string | null;
  dir: string | null;
  /** The direction and bidi isolation the browser applies (computed style). */
  direction: string;
  unicodeBidi: string;
  text: string;
}

export interface AxeFindings {
  /** "rule: count (first targets)" for every violation. */
  violations: string[];
  passes: number;
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function pageLanguage(map: MapDriver): Promise<PageLanguage> {
  return map.page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title }));
}

/** Chooses a language in the header's switcher, as a person would, and waits for the page to say it. */
export async function chooseLanguage(map: MapDriver, lang: Lang): Promise<void> {
  await map.page.locator('select:has(option[value="ar"])').first().selectOption(lang);
  await map.page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Where the side panel, the map, the legend, the zoom buttons and the timeline's years sit on the screen. */
export async function layout(map: MapDriver): Promise<Layout> {
  const box = async (selector: string): Promise<Box | null> => {
    const el = map.page.locator(selector).first();
    return (await el.count()) ? el.boundingBox() : null;
  };
  const panel = await box('#side-panel');
  const region = await box('#map-region');
  if (!panel || !region) throw new Error('no side panel or map region on the page');
  const years = await map.page.locator('.timeline-years span').evaluateAll((spans) =>
    spans.map((s) => {
      const r = s.getBoundingClientRect();
      return { year: Number(s.textContent), x: r.x + r.width / 2 };
    }),
  );
  const sorted = years.sort((a, b) => a.year - b.year);
  return {
    panel,
    map: region,
    legend: await box('.legend'),
    zoom: await box('.maplibregl-ctrl-zoom-in, .svg-map-zoom'),
    firstYearX: sorted[0]?.x ?? Number.NaN,
    lastYearX: sorted[sorted.length - 1]?.x ?? Number.NaN,
  };
}

/** Opens the first source of the side panel and reads how its quote is marked and laid out. */
export async function firstQuote(map: MapDriver): Promise<IsolatedText> {
  await map.page.locator('#side-panel .source-toggle').first().click();
  const quote = map.page.locator('#side-panel blockquote').first();
  await quote.waitFor();
  return quote.evaluate((el) => {
    const style = getComputedStyle(el);
    return { lang: el.getAttribute('lang'), dir: el.getAttribute('dir'), direction: style.direction, unicodeBidi: style.unicodeBidi, text: el.textContent ?? '' };
  });
}

/**
 * What the WebGL map writes as a country's label: the property its country-label layer draws (`text-field`, a
 * coalesce of `name_<lang>` and the English `name`) read from the country's rendered label feature.
 */
export async function drawnCountryLabel(map: MapDriver, iso2: string): Promise<{ field: string; text: string }> {
  return map.page.evaluate(
    ([layer, code]) => {
      type Feature = { properties: Record<string, unknown> };
      const m = (window as unknown as { __map: { getLayoutProperty(l: string, p: string): unknown; queryRenderedFeatures(o: { layers: string[] }): Feature[] } }).__map;
      const textField = m.getLayoutProperty(layer as string, 'text-field');
      // ['get', 'name'] or ['coalesce', ['get', 'name_ar'], ['get', 'name']]: the first property named is the one drawn.
      const field = JSON.stringify(textField).match(/"get","(\w+)"/)?.[1] ?? '';
      const feature = m.queryRenderedFeatures({ layers: [layer as string] }).find((f) => f.properties['iso2'] === code);
      return { field, text: feature ? String(feature.properties[field] ?? feature.properties['name']) : '' };
    },
    [LAYER.countryLabels, iso2],
  );
}

/** The country names the SVG map writes on the map. */
export async function svgCountryLabels(map: MapDriver): Promise<string[]> {
  return map.page.locator('[data-testid="svg-map"] .svg-labels text').allTextContents();
}

/** axe's WCAG 2.1 A/AA rules on the page as it is, and its best-practice rules too when asked. */
export async function axeFindings(map: MapDriver, { bestPractice }: { bestPractice: boolean }): Promise<AxeFindings> {
  const result = await new AxeBuilder({ page: map.page }).withTags(bestPractice ? [...WCAG_21_AA, 'best-practice'] : WCAG_21_AA).analyze();
  return {
    violations: result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`),
    passes: result.passes.length,
  };
}

/** Focuses the timeline's slider, presses a key as a keyboard user would, and returns the month the timeline shows. */
export async function pressOnTimelineSlider(map: MapDriver, key: string): Promise<string> {
  const before = await map.page.getByTestId('timeline-date').innerText();
  await map.page.locator('.timeline-slider').focus();
  await map.page.keyboard.press(key);
  await map.page.waitForFunction((text) => document.querySelector('[data-testid="timeline-date"]')?.textContent !== text, before);
  return map.page.getByTestId('timeline-date').innerText();
}

/** Horizontal centres of the timeline's step buttons, by their accessible names, and whether each is drawn mirrored. */
export async function timelineButtons(map: MapDriver): Promise<Array<{ label: string; x: number; mirrored: boolean }>> {
  return map.page.locator('.timeline-controls .timeline-arrow').evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return { label: b.getAttribute('aria-label') ?? '', x: r.x + r.width / 2, mirrored: getComputedStyle(b).transform.startsWith('matrix(-1') };
    }),
  );
}

/** The accessible names of the map's zoom buttons, as a screen reader announces them. */
export async function zoomButtonNames(map: MapDriver): Promise<string[]> {
  return map.page.locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
}
