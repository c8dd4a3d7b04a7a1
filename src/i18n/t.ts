// Message lookup with {name} placeholders; falls back to English for a missing key.
import type { Lang } from '../state/types';
import { en, type Catalogue, type MessageKey } from './messages';
import { fr } from './fr';
import { de } from './de';

const catalogues: Partial<Record<Lang, Catalogue>> = { en, fr, de };

export function registerCatalogue(lang: Lang, catalogue: Catalogue): void {
  catalogues[lang] = catalogue;
}

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogues[lang]?.[key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
