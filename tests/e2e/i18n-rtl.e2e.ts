// Arabic right to left, Italian and Spanish: the page says its language and direction, panels mirror, map labels follow
// the language in both renderers, English quotes stay isolated, and axe finds nothing (WCAG 2.1 AA and best practice).
import { describe, expect, inject, it } from 'vitest';
import { launch } from './driver';
import { axeFindings, chooseLanguage, drawnCountryLabel, firstQuote, layout, pageLanguage, pressOnTimelineSlider, svgCountryLabels, timelineButtons, zoomButtonNames } from './driver-lang';
import { formatMonth } from '../../src/i18n/format';
import type { Catalogue } from '../../src/i18n/language-pack';
import { en } from '../../src/i18n/languages/en/messages';
import { fr } from '../../src/i18n/languages/fr/messages';
import { de } from '../../src/i18n/languages/de/messages';
import { it as italian } from '../../src/i18n/languages/it/messages';
import { es } from '../../src/i18n/languages/es/messages';
import { ar } from '../../src/i18n/languages/ar/messages';
import { LANGS, type Lang } from '../../src/state/types';

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, fr, de, it: italian, es, ar };

const baseUrl = inject('baseUrl');

describe('Arabic, right to left', () => {
  it('declares ar/rtl on the page, mirrors the panels and the timeline, names Niger in Arabic and keeps the quote English', async () => {
    const map = await launch(baseUrl, { width: 1600, height: 900 });
    try {
      await map.open('?lang=ar&date=2015-09&sel=country:NE');
      expect(await pageLanguage(map)).toEqual({ lang: 'ar', dir: 'rtl', title: CATALOGUES.ar.pageTitle });
      expect(await map.panelTitle()).toBe('النيجر');

      const sides = await layout(map);
      // Left to right the panel is at the right of the map; right to left it is at its left, the legend at the map's
      // right edge, the zoom buttons at its left, and time runs from right (2004) to left.
      expect(sides.panel.x + sides.panel.width).toBeLessThanOrEqual(sides.map.x + 1);
      expect(sides.legend!.x + sides.legend!.width).toBeGreaterThan(sides.map.x + sides.map.width * 0.75);
      expect(sides.zoom!.x).toBeLessThan(sides.map.x + sides.map.width * 0.25);
      expect(sides.firstYearX).toBeGreaterThan(sides.lastYearX);
      // The year-back button sits at the right (the past) and its « is drawn mirrored to point there.
      const buttons = await timelineButtons(map);
      const yearBack = buttons.find((b) => b.label === CATALOGUES.ar.yearBack)!;
      const yearForward = buttons.find((b) => b.label === CATALOGUES.ar.yearForward)!;
      expect(yearBack.x).toBeGreaterThan(yearForward.x);
      expect(buttons.every((b) => b.mirrored)).toBe(true);

      expect(await zoomButtonNames(map)).toEqual([CATALOGUES.ar.zoomIn, CATALOGUES.ar.zoomOut]);
      const label = await drawnCountryLabel(map, 'NE');
      expect(label).toEqual({ field: 'name_ar', text: 'النيجر' });
      const look = await map.lookAtMap();
      expect(look.sea.length).toBeGreaterThan(0);
      expect(look.land.length).toBeGreaterThan(0);

      const quote = await firstQuote(map);
      expect(quote).toMatchObject({ lang: 'en', dir: 'ltr', direction: 'ltr', unicodeBidi: 'isolate' });
      expect(quote.text).toMatch(/^“[A-Za-z]/);

      // On the mirrored slider the arrow keys move the thumb the way they point: Left is later.
      expect(await pressOnTimelineSlider(map, 'ArrowLeft')).toBe(formatMonth('ar', '2015-10'));
    } finally {
      await map.close();
    }
  });

  it('writes the SVG map\'s country labels in Arabic', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800, webgl: false });
    try {
      await map.openSimplified('?lang=ar');
      expect(await pageLanguage(map)).toMatchObject({ lang: 'ar', dir: 'rtl' });
      const labels = await svgCountryLabels(map);
      expect(labels).toContain('الجزائر');
      expect(labels.filter((l) => /[A-Za-z]/.test(l))).toEqual([]);
    } finally {
      await map.close();
    }
  });
});

describe('the language switcher', () => {
  it('sets <html lang>, dir and the title for every language', async () => {
    const map = await launch(baseUrl, { width: 1280, height: 800 });
    try {
      await map.open('');
      expect(await pageLanguage(map)).toEqual({ lang: 'en', dir: 'ltr', title: CATALOGUES.en.pageTitle });
      for (const lang of [...LANGS.filter((l) => l !== 'en'), 'en'] as Lang[]) {
        await chooseLanguage(map, lang);
        expect(await pageLanguage(map)).toEqual({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr', title: CATALOGUES[lang].pageTitle });
      }
    } finally {
      await map.close();
    }
  });
});

const VIEWS: Array<[string, string]> = [
  ['explore', ''],
  ['dossier', '&sel=route:central-mediterranean'],
  ['briefing', '&mode=briefing&story=crisis-2015-routes&step=1'],
  ['embed', '&mode=embed&sel=country:TR'],
  ['data table', '&table=1'],
];

/** The Central Mediterranean route's name, as the dossier's title shows it. */
const ROUTE_TITLE: Partial<Record<Lang, string>> = { ar: 'طريق وسط البحر الأبيض المتوسط', it: 'Rotta del Mediterraneo centrale', es: 'Ruta del Mediterráneo Central' };

describe.each(['ar', 'it', 'es'] as const)('axe in %s', (lang) => {
  it.each(VIEWS)('finds no WCAG 2.1 AA or best-practice violation in %s', async (view, query) => {
    // A small window: software WebGL draws it faster, and axe reads the same view.
    const map = await launch(baseUrl, { width: 1024, height: 640 });
    try {
      await map.open(`?lang=${lang}${query}`);
      expect((await pageLanguage(map)).lang).toBe(lang);
      if (view === 'dossier') expect(await map.panelTitle()).toBe(ROUTE_TITLE[lang]);
      const findings = await axeFindings(map, { bestPractice: true });
      expect(findings.violations).toEqual([]);
      expect(findings.passes).toBeGreaterThan(10); // axe really ran its rules on this page
    } finally {
      await map.close();
    }
  });
});

describe('axe best practice in high contrast', () => {
  it.each(['en', 'ar'] as const)('finds no violation in explore with hc=1 (%s)', async (lang) => {
    const map = await launch(baseUrl, { width: 1024, height: 640 });
    try {
      await map.open(`?lang=${lang}&hc=1`);
      const findings = await axeFindings(map, { bestPractice: true });
      expect(findings.violations).toEqual([]);
    } finally {
      await map.close();
    }
  });
});
