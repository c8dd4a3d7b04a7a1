// Spanish messages with a count, one form per plural category of the language (see ../en/plurals.ts).
import type { PluralCatalogue } from '../../language-pack';

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
