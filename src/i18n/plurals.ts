// Messages with a count, per language: one form per plural category of the language (Intl.PluralRules). English is
// the reference; every other language must have its keys, and a form for each category its rules use.

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

export const frPlurals: PluralCatalogue = {
  fundingCurrentCount: { one: '{count} montant en cours à cette date', many: '{count} de montants en cours à cette date', other: '{count} montants en cours à cette date' },
  fundingOpenEnded: {
    one: '{count} sans fin indiquée, considéré en cours jusqu’à la fin de l’année de son document',
    many: '{count} sans fin indiquée, considérés en cours jusqu’à la fin de l’année de leur document',
    other: '{count} sans fin indiquée, considérés en cours jusqu’à la fin de l’année de leur document',
  },
  fundingLeftOut: { one: 'Dans aucun total : {count} montant', many: 'Dans aucun total : {count} de montants', other: 'Dans aucun total : {count} montants' },
  storiesLoaded: { one: '{count} récit ouvert depuis {file}.', many: '{count} de récits ouverts depuis {file}.', other: '{count} récits ouverts depuis {file}.' },
};

export const dePlurals: PluralCatalogue = {
  fundingCurrentCount: { one: '{count} zu diesem Zeitpunkt laufender Betrag', other: '{count} zu diesem Zeitpunkt laufende Beträge' },
  fundingOpenEnded: {
    one: '{count} ohne angegebenes Ende, als laufend bis zum Ende des Jahres seines Dokuments gewertet',
    other: '{count} ohne angegebenes Ende, als laufend bis zum Ende des Jahres ihres Dokuments gewertet',
  },
  fundingLeftOut: { one: 'In keiner Summe: {count} Betrag', other: 'In keiner Summe: {count} Beträge' },
  storiesLoaded: { one: '{count} Geschichte aus {file} geöffnet.', other: '{count} Geschichten aus {file} geöffnet.' },
};

export const itPlurals: PluralCatalogue = {
  fundingCurrentCount: { one: '{count} importo in corso a questa data', many: '{count} di importi in corso a questa data', other: '{count} importi in corso a questa data' },
  fundingOpenEnded: {
    one: '{count} senza fine indicata, considerato in corso fino alla fine dell’anno del suo documento',
    many: '{count} senza fine indicata, considerati in corso fino alla fine dell’anno del loro documento',
    other: '{count} senza fine indicata, considerati in corso fino alla fine dell’anno del loro documento',
  },
  fundingLeftOut: { one: 'In nessun totale: {count} importo', many: 'In nessun totale: {count} di importi', other: 'In nessun totale: {count} importi' },
  storiesLoaded: {
    one: '{count} presentazione aperta da {file}.',
    many: '{count} di presentazioni aperte da {file}.',
    other: '{count} presentazioni aperte da {file}.',
  },
};

export const esPlurals: PluralCatalogue = {
  fundingCurrentCount: { one: '{count} importe vigente en esta fecha', many: '{count} de importes vigentes en esta fecha', other: '{count} importes vigentes en esta fecha' },
  fundingOpenEnded: {
    one: '{count} sin final indicado, considerado vigente hasta el final del año de su documento',
    many: '{count} sin final indicado, considerados vigentes hasta el final del año de su documento',
    other: '{count} sin final indicado, considerados vigentes hasta el final del año de su documento',
  },
  fundingLeftOut: { one: 'En ningún total: {count} importe', many: 'En ningún total: {count} de importes', other: 'En ningún total: {count} importes' },
  storiesLoaded: {
    one: '{count} presentación abierta desde {file}.',
    many: '{count} de presentaciones abiertas desde {file}.',
    other: '{count} presentaciones abiertas desde {file}.',
  },
};

// Arabic counts agree with the number: one and two are said in words, 3-10 take the plural, 11-99 the singular
// accusative, 100 and more the singular genitive.
export const arPlurals: PluralCatalogue = {
  fundingCurrentCount: {
    zero: 'لا مبلغ ساريًا في هذا التاريخ',
    one: 'مبلغ واحد سارٍ في هذا التاريخ',
    two: 'مبلغان ساريان في هذا التاريخ',
    few: '{count} مبالغ سارية في هذا التاريخ',
    many: '{count} مبلغًا ساريًا في هذا التاريخ',
    other: '{count} مبلغ سارٍ في هذا التاريخ',
  },
  fundingOpenEnded: {
    zero: 'لا مبلغ بلا تاريخ انتهاء محدد',
    one: 'مبلغ واحد بلا تاريخ انتهاء محدد، يُعدّ ساريًا حتى نهاية سنة وثيقته',
    two: 'مبلغان بلا تاريخ انتهاء محدد، يُعدّان ساريين حتى نهاية سنة وثيقتيهما',
    few: '{count} مبالغ بلا تاريخ انتهاء محدد، تُعدّ سارية حتى نهاية سنة وثائقها',
    many: '{count} مبلغًا بلا تاريخ انتهاء محدد، تُعدّ سارية حتى نهاية سنة وثائقها',
    other: '{count} مبلغ بلا تاريخ انتهاء محدد، تُعدّ سارية حتى نهاية سنة وثائقها',
  },
  fundingLeftOut: {
    zero: 'خارج أي مجموع: لا مبالغ',
    one: 'خارج أي مجموع: مبلغ واحد',
    two: 'خارج أي مجموع: مبلغان',
    few: 'خارج أي مجموع: {count} مبالغ',
    many: 'خارج أي مجموع: {count} مبلغًا',
    other: 'خارج أي مجموع: {count} مبلغ',
  },
  storiesLoaded: {
    zero: 'لم يُفتح أي عرض من {file}.',
    one: 'فُتح عرض واحد من {file}.',
    two: 'فُتح عرضان من {file}.',
    few: 'فُتحت {count} عروض من {file}.',
    many: 'فُتح {count} عرضًا من {file}.',
    other: 'فُتح {count} عرض من {file}.',
  },
};
