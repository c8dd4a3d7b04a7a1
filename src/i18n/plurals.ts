// Messages with a count: one form per plural category of the language (Intl.PluralRules). English here is the
// reference; every other language (plurals/<lang>.ts) must have its keys, and a form for each category its rules use.

/**
 * Messages with a count, one form per plural category of the language (Intl.PluralRules: English has one and other,
 * Arabic zero, one, two, few, many and other). `{count}` is the number formatted for the language; a form may leave it
 * out where the language says the number in words ("un montant", "مبلغان").
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

export const enPlurals = {
  fundingCurrentCount: { one: '{count} amount current at this date', other: '{count} amounts current at this date' },
  fundingOpenEnded: {
    one: '{count} with no stated end, taken as current to the end of the year of its document',
    other: '{count} with no stated end, taken as current to the end of the year of their document',
  },
  fundingLeftOut: { one: 'In no total: {count} amount', other: 'In no total: {count} amounts' },
  storiesLoaded: { one: '{count} story opened from {file}.', other: '{count} stories opened from {file}.' },
} as const satisfies Record<string, PluralForms>;

export type PluralKey = keyof typeof enPlurals;
export type PluralCatalogue = Record<PluralKey, PluralForms>;
