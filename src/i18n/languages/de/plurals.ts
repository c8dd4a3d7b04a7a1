// German messages with a count, one form per plural category of the language (see ../en/plurals.ts).
import type { PluralCatalogue } from '../../language-pack';

export const dePlurals: PluralCatalogue = {
  fundingCurrentCount: { one: '{count} zu diesem Zeitpunkt laufender Betrag', other: '{count} zu diesem Zeitpunkt laufende Beträge' },
  fundingOpenEnded: {
    one: '{count} ohne angegebenes Ende, als laufend bis zum Ende des Jahres seines Dokuments gewertet',
    other: '{count} ohne angegebenes Ende, als laufend bis zum Ende des Jahres ihres Dokuments gewertet',
  },
  fundingLeftOut: { one: 'In keiner Summe: {count} Betrag', other: 'In keiner Summe: {count} Beträge' },
  storiesLoaded: { one: '{count} Geschichte aus {file} geöffnet.', other: '{count} Geschichten aus {file} geöffnet.' },
};
