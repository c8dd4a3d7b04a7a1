// Italian messages with a count, one form per plural category of the language (see ../en/plurals.ts).
import type { PluralCatalogue } from '../../language-pack';

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
