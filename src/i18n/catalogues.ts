// The languages whose messages are here: English is bundled (every lookup falls back to it); each other language's
// messages, plural forms and names of kinds arrive as one chunk (languages/<lang>/pack.ts) when it is first chosen.
import type { Lang } from '../state/types';
import type { LanguagePack } from './language-pack';
import { en } from './languages/en/messages';
import { enPlurals } from './languages/en/plurals';
import { enEnumerations } from './languages/en/enumerations';

export const LANGUAGE_PACKS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<LanguagePack>>> = {
  fr: () => import('./languages/fr/pack'),
  de: () => import('./languages/de/pack'),
  it: () => import('./languages/it/pack'),
  es: () => import('./languages/es/pack'),
  ar: () => import('./languages/ar/pack'),
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
