// The data table's part for a comparison: the change list as a table (date, change, section, source), downloadable as
// CSV, and the PNG of both maps with the list.
import { useMemo } from 'preact/hooks';
import { rowsToCsv } from '../../export/records';
import { compareToPng } from '../../export/compare-png';
import { compareCanvases } from '../../map/compare/pair';
import { formatMonth, formatPartialDate } from '../../i18n/format';
import { t } from '../../i18n/t';
import { useAppState } from '../context';
import { useModel } from '../context';
import { useChangeList } from './ChangeList';
import { changeRows } from './change-rows';

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ChangeTable() {
  const lang = useAppState((s) => s.view.lang);
  const { model } = useModel();
  const list = useChangeList();
  const rows = useMemo(() => (list ? changeRows(lang, model, list) : []), [lang, model, list]);
  if (!list) return null;
  const name = `migration-map-changes-${list.from}-${list.to}`;
  const title = t(lang, 'compareTitle', { a: formatMonth(lang, list.from), b: formatMonth(lang, list.to) });
  const png = async (): Promise<void> => {
    const pair = compareCanvases();
    if (!pair) return;
    const lines = list.changes.map((c, i) => `${formatPartialDate(lang, c.date)} · ${rows[i]!.name} (${rows[i]!.sourceDocument})`);
    if (list.hidden > 0) lines.push(t(lang, 'compareHidden', { count: list.hidden }));
    const blob = await compareToPng(pair, { title, labels: [t(lang, 'compareSideA', { month: formatMonth(lang, list.from) }), t(lang, 'compareSideB', { month: formatMonth(lang, list.to) })], lines, sources: t(lang, 'pngSources') });
    if (blob) save(`${name}.png`, blob);
  };
  return (
    <section class="compare-table" data-testid="compare-table" aria-labelledby="compare-table-title">
      <div class="data-table-head">
        <h3 id="compare-table-title">
          {t(lang, 'compareTableTab')}: {title}
        </h3>
        <button type="button" class="button" onClick={() => save(`${name}.csv`, new Blob([rowsToCsv(rows)], { type: 'text/csv' }))}>
          {t(lang, 'downloadCsv')}
        </button>
        <button type="button" class="button" onClick={() => void png()}>
          {t(lang, 'downloadPng')}
        </button>
      </div>
      {list.hidden > 0 && <p class="compare-hidden">{t(lang, 'compareHidden', { count: list.hidden })}</p>}
      <table class="data-table">
        <caption>
          {title} ({rows.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'columnDetail')}</th>
            <th scope="col">{t(lang, 'columnName')}</th>
            <th scope="col">{t(lang, 'columnSource')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-change-key={r.id}>
              <td>{r.detail}</td>
              <th scope="row">{r.name}</th>
              {/* The quote is the cell's tooltip, as in the other tables; a background fact has none. */}
              <td class="quote" title={r.quote || undefined}>{r.sourceDocument}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
