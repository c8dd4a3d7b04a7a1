// Every UI language has every message, with the English placeholders, and a form for each of its plural categories;
// no string is left untranslated; country names, numbers, dates and euros follow the language.
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/languages/en/messages';
import { enPlurals } from '../../src/i18n/languages/en/plurals';
import { QUALIFIERS, type Catalogue, type EnumerationNames, type LanguagePack, type PluralCatalogue } from '../../src/i18n/language-pack';
import { plural, t } from '../../src/i18n/t';
import { loadLanguage } from '../../src/i18n/catalogues';
import { countryName } from '../../src/i18n/countries';
import { formatEur, formatMonth, formatNumber, locale } from '../../src/i18n/format';
import { groupName, qualifierName } from '../../src/i18n/enumerations';
import { loadDataset } from '../../src/data/load';
import { LANGS, type Lang } from '../../src/state/types';
import { labelTextField, withLocalisedNames } from '../../src/map/labels-lang';
import { SVG_FALLBACK_NOTICE } from '../../src/map/renderer';

/** Words that are the same in English and the translation: a proper name, an acronym or a shared word. */
const SAME_IN_TRANSLATION = new Set(['Source', 'Date', 'Instrument', 'Pause', 'transit', 'Transit', 'destination', 'Organisation', 'Sahel', 'Dialogue', 'Centre', 'Menu', 'Total', 'Total {kind}', 'Somalia', 'Europe', 'Link', 'A · {month}', 'B · {month}']);

const OTHERS = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');
// Every language's pack, loaded as the app loads it when the language is chosen.
const PACKS = new Map<Lang, LanguagePack>(await Promise.all(LANGS.map(async (l) => [l, await loadLanguage(l)] as const)));
const pack = (l: Lang): LanguagePack => PACKS.get(l)!;
const CATALOGUES = Object.fromEntries(LANGS.map((l) => [l, pack(l).messages])) as Record<Lang, Catalogue>;
const PLURAL_CATALOGUES = Object.fromEntries(LANGS.map((l) => [l, pack(l).plurals])) as Record<Lang, PluralCatalogue>;
const ENUMERATION_TABLES = Object.fromEntries(LANGS.map((l) => [l, pack(l).enumerations])) as Record<Lang, EnumerationNames>;
const translations: Array<[Lang, Catalogue, PluralCatalogue]> = OTHERS.map((l) => [l, CATALOGUES[l], PLURAL_CATALOGUES[l]]);

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe.each(translations)('the %s catalogue', (lang, catalogue, plurals) => {
  test('has exactly the keys of the English catalogue', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  test('translates every message (no value left in English)', () => {
    // A message of placeholders and punctuation only ("{route}: {measure}, {period}") has nothing to translate.
    const hasWords = (value: string): boolean => /\p{L}/u.test(value.replace(/\{\w+\}/g, ''));
    const untranslated = Object.entries(catalogue).filter(([key, value]) => value === en[key as keyof typeof en] && hasWords(value) && !SAME_IN_TRANSLATION.has(value));
    expect(untranslated).toEqual([]);
  });

  test('has no empty message', () => {
    expect(Object.entries(catalogue).filter(([, value]) => value.trim() === '')).toEqual([]);
  });

  test('keeps every {placeholder} of the English message', () => {
    const wrong = Object.keys(en).filter((key) => placeholders(catalogue[key as keyof typeof en]).join() !== placeholders(en[key as keyof typeof en]).join());
    expect(wrong).toEqual([]);
  });

  test('has a form for exactly the plural categories of the language, each with the English placeholders', () => {
    const categories = [...new Intl.PluralRules(locale(lang)).resolvedOptions().pluralCategories].sort();
    const problems: string[] = [];
    for (const key of Object.keys(enPlurals) as Array<keyof typeof enPlurals>) {
      const forms = plurals[key] as Record<string, string>;
      if (Object.keys(forms).sort().join() !== categories.join()) problems.push(`${key}: forms ${Object.keys(forms).sort().join()} for ${categories.join()}`);
      const expected = placeholders(enPlurals[key].other).filter((p) => p !== 'count');
      for (const [category, form] of Object.entries(forms)) {
        const found = placeholders(form);
        // A language may say one or two in words ("un montant", "مبلغان"); every other form shows the number.
        const countOptional = category === 'zero' || category === 'one' || category === 'two';
        if (found.filter((p) => p !== 'count').join() !== expected.join() || (!countOptional && !found.includes('count'))) problems.push(`${key}.${category}: {${found.join('}{')}}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('plurals', () => {
  test('follow the language\'s plural rules, with the number formatted for the language', () => {
    expect(plural('en', 'fundingLeftOut', 1)).toBe('In no total: 1 amount');
    expect(plural('en', 'fundingLeftOut', 1200)).toBe(`In no total: ${formatNumber('en', 1200)} amounts`);
    expect(plural('fr', 'fundingLeftOut', 1)).toBe('Dans aucun total : 1 montant');
    expect(plural('ar', 'fundingLeftOut', 2)).toBe('خارج أي مجموع: مبلغان');
    expect(plural('ar', 'fundingLeftOut', 3)).toBe(`خارج أي مجموع: ${formatNumber('ar', 3)} مبالغ`);
    expect(plural('ar', 'fundingLeftOut', 11)).toBe(`خارج أي مجموع: ${formatNumber('ar', 11)} مبلغًا`);
    expect(plural('es', 'storiesLoaded', 2, { file: 'stories.json' })).toBe('2 presentaciones abiertas desde stories.json.');
  });
});

describe('enumeration names', () => {
  test.each(Object.keys(ENUMERATION_TABLES.en) as Array<keyof (typeof ENUMERATION_TABLES)['en']>)('%s: every language names every English value, in translation', (table) => {
    const english: Record<string, string> = ENUMERATION_TABLES.en[table];
    for (const lang of OTHERS) {
      const translated: Record<string, string> = ENUMERATION_TABLES[lang][table];
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      expect(Object.entries(translated).filter(([id, value]) => (value === english[id] && !SAME_IN_TRANSLATION.has(value)) || !value.trim())).toEqual([]);
    }
  });

  test('use EU terminology', () => {
    const agreementTypes = (lang: Lang): Record<string, string> => ENUMERATION_TABLES[lang].agreementTypes;
    expect(agreementTypes('fr')['mobility-partnership']).toBe('Partenariat pour la mobilité');
    expect(agreementTypes('de')['mobility-partnership']).toBe('Mobilitätspartnerschaft');
    expect(agreementTypes('it')['mobility-partnership']).toBe('Partenariato per la mobilità');
    expect(agreementTypes('es')['mobility-partnership']).toBe('Asociación de movilidad');
    expect(agreementTypes('fr')['readmission-agreement']).toBe('Accord de réadmission');
    expect(agreementTypes('de')['readmission-agreement']).toBe('Rückübernahmeabkommen');
    expect(agreementTypes('it')['readmission-agreement']).toBe('Accordo di riammissione');
    expect(agreementTypes('es')['readmission-agreement']).toBe('Acuerdo de readmisión');
    expect(agreementTypes('ar')['readmission-agreement']).toBe('اتفاق إعادة القبول');
    expect(groupName('de', 'western-balkans')).toBe('Westbalkan');
    expect(groupName('es', 'western-balkans')).toBe('Balcanes Occidentales');
  });

  test('name every hedge the dataset puts before a figure', () => {
    const d = loadDataset().dataset;
    const used = new Set<string>();
    for (const list of [d.routes.flatMap((r) => r.figures), d.funding, d.displacement, d.figures]) for (const r of list) if (r.qualifier) used.add(r.qualifier);
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((q) => !(QUALIFIERS as readonly string[]).includes(q))).toEqual([]);
    expect(qualifierName('it', 'around')).toBe('intorno a');
  });

  test('fall back to the id for a value the tables do not know', () => {
    expect(groupName('fr', 'not-a-group')).toBe('not-a-group');
  });
});

describe('t', () => {
  test('looks up the message in the language and fills placeholders', () => {
    expect(t('fr', 'close')).toBe('Fermer');
    expect(t('de', 'close')).toBe('Schließen');
    expect(t('de', 'removeFilter', { name: 'Sahel' })).toBe('Filter Sahel entfernen');
  });

  test('gives the English SVG fallback notice the text the e2e tests look for', () => {
    expect(t('en', 'svgFallbackNotice')).toBe(SVG_FALLBACK_NOTICE);
  });
});

describe('country names', () => {
  test('are localised from the browser\'s CLDR names (Intl.DisplayNames)', () => {
    expect(countryName('fr', 'NE', 'Niger')).toBe('Niger');
    expect(countryName('de', 'NE', 'Niger')).toBe('Niger');
    expect(countryName('fr', 'DE', 'Germany')).toBe('Allemagne');
    expect(countryName('de', 'DE', 'Germany')).toBe('Deutschland');
    expect(countryName('fr', 'MA', 'Morocco')).toBe('Maroc');
  });

  test('follow EU usage where it differs from ISO (the UN\'s Arabic names for Arabic)', () => {
    for (const lang of ['en', 'fr', 'de', 'it', 'es'] as const) expect(countryName(lang, 'TR', 'Türkiye')).toBe('Türkiye');
    const expected: Array<[Lang, string, string, string]> = [
      ['ar', 'TR', 'Türkiye', 'تركيا'],
      ['ar', 'MK', 'North Macedonia', 'مقدونيا الشمالية'],
      ['ar', 'XK', 'Kosovo', 'كوسوفو'],
      ['ar', 'CZ', 'Czechia', 'تشيكيا'],
      ['it', 'MK', 'North Macedonia', 'Macedonia del Nord'],
      ['it', 'CI', "Côte d'Ivoire", "Côte d'Ivoire"],
      ['es', 'MK', 'North Macedonia', 'Macedonia del Norte'],
      ['fr', 'MK', 'North Macedonia', 'Macédoine du Nord'],
      ['de', 'MK', 'North Macedonia', 'Nordmazedonien'],
      ['fr', 'CZ', 'Czechia', 'Tchéquie'],
      ['de', 'CZ', 'Czechia', 'Tschechien'],
      ['fr', 'XK', 'Kosovo', 'Kosovo'],
      ['de', 'XK', 'Kosovo', 'Kosovo'],
    ];
    expect(expected.map(([lang, iso2, english]) => countryName(lang, iso2, english))).toEqual(expected.map(([, , , name]) => name));
  });

  test('keep the English (EU) name in English and fall back to it for an unknown code', () => {
    expect(countryName('en', 'CZ', 'Czechia')).toBe('Czechia');
    expect(countryName('fr', 'ZZ', 'Nowhere')).toBe('Nowhere');
  });

  test('label the map in the UI language', () => {
    const labels = withLocalisedNames({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [10, 51] }, properties: { iso2: 'DE', name: 'Germany', area_km2: 357000 } }],
    });
    expect(labels.features[0]!.properties).toMatchObject({ name: 'Germany', name_fr: 'Allemagne', name_de: 'Deutschland', name_it: 'Germania', name_es: 'Alemania', name_ar: 'ألمانيا' });
    expect(labelTextField('ar')).toEqual(['coalesce', ['get', 'name_ar'], ['get', 'name']]);
    expect(labelTextField('fr')).toEqual(['coalesce', ['get', 'name_fr'], ['get', 'name']]);
    expect(labelTextField('en')).toEqual(['get', 'name']);
  });
});

describe('locale formats', () => {
  test('euros in French: narrow no-break space groups, euro sign after the number', () => {
    const text = formatEur('fr', 1750000);
    expect(text).toMatch(/^1\u202f750\u202f000\s€$/);
  });

  test('euros in German: dot groups, euro sign after the number', () => {
    expect(formatEur('de', 1750000)).toMatch(/^1\.750\.000\s€$/);
  });

  test('months are written out in the language', () => {
    expect(formatMonth('de', '2015-09')).toBe('September 2015');
    expect(formatMonth('fr', '2015-09')).toBe('septembre 2015');
    expect(formatMonth('en', '2015-09')).toBe('September 2015');
    expect(formatMonth('it', '2015-09')).toBe('settembre 2015');
    expect(formatMonth('es', '2015-09')).toBe('septiembre de 2015');
    expect(formatMonth('ar', '2015-09')).toMatch(/^سبتمبر /);
  });
});
