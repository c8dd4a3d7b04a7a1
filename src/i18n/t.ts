// Message lookup with {name} placeholders (falls back to English for a missing key or a language not loaded yet), and messages with a count whose
// form follows the language's plural rules (Intl.PluralRules), never a fragment glued to a number.
import type { Lang } from '../state/types';
import type { MessageKey, PluralKey } from './language-pack';
import { en } from './languages/en/messages';
import { formatNumber, locale } from './format';
import { languagePack } from './catalogues';

type Params = Record<string, string | number>;

function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(languagePack(lang).messages[key] ?? en[key], params);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** The plural category of a count in a language ("one", "two", "few", …). */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(locale(lang));
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** A message with a count: the form of the count's plural category, `{count}` formatted for the language. */
export function plural(lang: Lang, key: PluralKey, count: number, params?: Params): string {
  const forms = languagePack(lang).plurals[key];
  const template = forms[pluralCategory(lang, count)] ?? forms.other;
  return fill(template, { ...params, count: formatNumber(lang, count) });
}
