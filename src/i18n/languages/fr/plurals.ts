// French messages with a count, one form per plural category of the language (see ../en/plurals.ts).
import type { PluralCatalogue } from '../../language-pack';

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
