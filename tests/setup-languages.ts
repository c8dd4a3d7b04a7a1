// Unit tests render in every language at once: the app loads a language's pack before it shows the language (the
// store waits for it, tests/state/language-loading.test.ts), so here every pack is loaded before the tests run.
import { loadLanguage } from '../src/i18n/catalogues';
import { LANGS } from '../src/state/types';

await Promise.all(LANGS.map((lang) => loadLanguage(lang)));
