// The French and German UIs have no untranslated string; country names, numbers, dates and euros follow the language.
import { describe, expect, test } from 'vitest';
import { en, type Catalogue } from '../../src/i18n/messages';
import { fr } from '../../src/i18n/fr';
import { de } from '../../src/i18n/de';
import { t } from '../../src/i18n/t';
import { countryName } from '../../src/i18n/countries';
import { formatEur, formatMonth } from '../../src/i18n/format';
import { ENUMERATION_TABLES, groupName } from '../../src/i18n/enumerations';
import { labelTextField, withLocalisedNames } from '../../src/map/labels-lang';
import { SVG_FALLBACK_NOTICE } from '../../src/map/renderer';

/** Words that are the same in English and the translation: a proper name, an acronym or a shared word. */
const SAME_IN_TRANSLATION = new Set(['Source', 'Date', 'Instrument', 'Pause', 'transit', 'Transit', 'destination', 'Organisation', 'Sahel', 'Dialogue', 'Centre', 'Menu']);

const translations: Array<[string, Catalogue]> = [
  ['fr', fr],
  ['de', de],
];

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe.each(translations)('the %s catalogue', (_lang, catalogue) => {
  test('has exactly the keys of the English catalogue', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  test('translates every message (no value left in English)', () => {
    const untranslated = Object.entries(catalogue).filter(([key, value]) => value === en[key as keyof typeof en] && !SAME_IN_TRANSLATION.has(value));
    expect(untranslated).toEqual([]);
  });

  test('has no empty message', () => {
    expect(Object.entries(catalogue).filter(([, value]) => value.trim() === '')).toEqual([]);
  });

  test('keeps every {placeholder} of the English message', () => {
    const wrong = Object.keys(en).filter((key) => placeholders(catalogue[key as keyof typeof en]).join() !== placeholders(en[key as keyof typeof en]).join());
    expect(wrong).toEqual([]);
  });
});

describe('enumeration names', () => {
  test.each(Object.entries(ENUMERATION_TABLES))('%s: fr and de name every English value, in translation', (_name, table) => {
    const english = table.en as Record<string, string>;
    for (const lang of ['fr', 'de'] as const) {
      const translated = table[lang] as Record<string, string>;
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      expect(Object.entries(translated).filter(([id, value]) => value === english[id] && !SAME_IN_TRANSLATION.has(value))).toEqual([]);
    }
  });

  test('use EU terminology', () => {
    expect(ENUMERATION_TABLES.AGREEMENT_TYPES.fr['mobility-partnership']).toBe('Partenariat pour la mobilité');
    expect(ENUMERATION_TABLES.AGREEMENT_TYPES.de['mobility-partnership']).toBe('Mobilitätspartnerschaft');
    expect(ENUMERATION_TABLES.AGREEMENT_TYPES.fr['readmission-agreement']).toBe('Accord de réadmission');
    expect(ENUMERATION_TABLES.AGREEMENT_TYPES.de['readmission-agreement']).toBe('Rückübernahmeabkommen');
    expect(groupName('de', 'western-balkans')).toBe('Westbalkan');
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

  test('follow EU usage where it differs from ISO', () => {
    for (const lang of ['en', 'fr', 'de'] as const) expect(countryName(lang, 'TR', 'Türkiye')).toBe('Türkiye');
    expect(countryName('fr', 'MK', 'North Macedonia')).toBe('Macédoine du Nord');
    expect(countryName('de', 'MK', 'North Macedonia')).toBe('Nordmazedonien');
    expect(countryName('fr', 'CZ', 'Czechia')).toBe('Tchéquie');
    expect(countryName('de', 'CZ', 'Czechia')).toBe('Tschechien');
    expect(countryName('fr', 'XK', 'Kosovo')).toBe('Kosovo');
    expect(countryName('de', 'XK', 'Kosovo')).toBe('Kosovo');
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
    expect(labels.features[0]!.properties).toMatchObject({ name: 'Germany', name_fr: 'Allemagne', name_de: 'Deutschland' });
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
  });
});
