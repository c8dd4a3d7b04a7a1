// English messages with a count, one form per plural category of the language (Intl.PluralRules): the reference;
// every other language (../<lang>/plurals.ts) must have its keys, and a form for each category its rules use. The
// forms are checked against `PluralForms` (../../language-pack.ts) where English becomes a pack (../../catalogues.ts).

export const enPlurals = {
  fundingCurrentCount: { one: '{count} amount current at this date', other: '{count} amounts current at this date' },
  fundingOpenEnded: {
    one: '{count} with no stated end, taken as current to the end of the year of its document',
    other: '{count} with no stated end, taken as current to the end of the year of their document',
  },
  fundingLeftOut: { one: 'In no total: {count} amount', other: 'In no total: {count} amounts' },
  storiesLoaded: { one: '{count} story opened from {file}.', other: '{count} stories opened from {file}.' },
} as const;
