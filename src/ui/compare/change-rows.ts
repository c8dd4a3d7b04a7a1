// The change list as flat rows for the data table and the CSV: one row per change, with its date, section, the amount
// and kind for funding (never a total), and its source document and quote or background reference.
import type { Model } from '../../data/model';
import type { ChangeList } from '../../selectors/changes';
import { citationColumns, type ViewRow } from '../../export/records';
import type { Lang } from '../../state/types';
import { t } from '../../i18n/t';
import { documentLabel } from '../SourceQuote';
import { fundingStageName } from '../../i18n/enumerations';
import { changeText, SECTION_TITLES } from './change-text';

export function changeRows(lang: Lang, model: Model, list: ChangeList): ViewRow[] {
  const documentOf = (seed: string): string => {
    const source = model.sourceBySeed.get(seed);
    return source ? documentLabel(lang, source) : '';
  };
  return list.changes.map((c): ViewRow => ({
    table: `changes ${list.from}..${list.to}`,
    id: c.key,
    name: changeText(lang, model, c),
    value: c.type === 'funding' ? c.record.amountEur : null,
    detail: [c.date, t(lang, SECTION_TITLES[c.type]), c.type === 'funding' ? fundingStageName(lang, c.record.stage) : ''].filter(Boolean).join(' · '),
    ...citationColumns(c.citation, documentOf),
  }));
}
