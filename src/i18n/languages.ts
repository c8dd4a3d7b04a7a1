// The UI languages: their own names, their writing direction, and the page's <html lang dir> and title kept in step.
import { LANGS, type Lang } from '../state/types';
import { t } from './t';

/** Each language named in itself, for the switcher (the option carries its own lang attribute). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  es: 'Español',
  ar: 'العربية',
};

const RIGHT_TO_LEFT: ReadonlySet<Lang> = new Set<Lang>(['ar']);

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

export function direction(lang: Lang): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

/**
 * Sets `<html lang dir>` and the page title for a language: the title, MapLibre's controls and dialogs mounted outside
 * the app's container are then announced in the UI language (WCAG 3.1.1). main.tsx calls it on every language change.
 */
export function applyDocumentLanguage(lang: Lang, doc: Document = document): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = direction(lang);
  doc.title = t(lang, 'pageTitle');
}
