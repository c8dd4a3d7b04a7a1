// The languages whose messages are here: English is bundled (every lookup falls back to it); each other language's
// messages, plural forms and names of kinds arrive as one chunk (packs/language-<lang>.ts) when it is first chosen.
import type { Lang } from '../state/types';
import { en, type Catalogue } from './messages';
import { enPlurals, type PluralCatalogue } from './plurals';
import { enEnumerations } from './enumerations/en';
import type { EnumerationNames } from './enumerations';

/** Everything a language needs beyond English: the Catalogue and PluralCatalogue types require every key. */
export interface LanguagePack {
  readonly messages: Catalogue;
  readonly plurals: PluralCatalogue;
  readonly enumerations: EnumerationNames;
  /** Regions as the documents name them (in English), translated; English has none. */
  readonly regions: Readonly<Record<string, string>>;
}

export const LANGUAGE_PACKS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<LanguagePack>>> = {
  fr: () => import('./packs/language-fr'),
  de: () => import('./packs/language-de'),
  it: () => import('./packs/language-it'),
  es: () => import('./packs/language-es'),
  ar: () => import('./packs/language-ar'),
};

const ENGLISH: LanguagePack = { messages: en, plurals: enPlurals, enumerations: enEnumerations, regions: {} };
const loaded = new Map<Lang, LanguagePack>([['en', ENGLISH]]);
const loading = new Map<Lang, Promise<LanguagePack>>();

/** A language's pack, or English while it has not arrived. */
export function languagePack(lang: Lang): LanguagePack {
  return loaded.get(lang) ?? ENGLISH;
}

export function isLanguageLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Fetches a language's pack once; a failed fetch may be tried again later. */
export function loadLanguage(lang: Lang): Promise<LanguagePack> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(lang);
  if (!pending) {
    pending = LANGUAGE_PACKS[lang as Exclude<Lang, 'en'>]().then(
      (pack) => {
        loaded.set(lang, pack);
        loading.delete(lang);
        return pack;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
