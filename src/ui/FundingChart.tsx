// Funding totals for the current filters and date, by instrument and by recipient, as d3-scaled bars.
import { scaleLinear } from 'd3';
import { useAppState } from './context';
import { useModel } from './ModelContext';
import { mapTheme, usesHighContrast } from '../map/theme';
import { t } from '../i18n/t';
import { formatEur, formatEurCompact } from '../i18n/format';
import { recipientKeyName } from './labels';

function Bars({ rows, colour, label }: { rows: Array<{ key: string; label: string; amount: number; colour?: string }>; colour: string; label: string }) {
  const lang = useAppState((s) => s.view.lang);
  const max = Math.max(1, ...rows.map((r) => r.amount));
  const x = scaleLinear().domain([0, max]).range([0, 100]);
  return (
    <table class="bar-table" aria-label={label}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <span class="bar" style={{ width: `${x(r.amount).toFixed(1)}%`, background: r.colour ?? colour }} />
              <span class="bar-value" title={formatEur(lang, r.amount)}>
                {formatEurCompact(lang, r.amount)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FundingChart() {
  const lang = useAppState((s) => s.view.lang);
  const highContrast = useAppState((s) => usesHighContrast(s.view));
  const { model, views } = useModel();
  const totals = useAppState((s) => views.fundingTotals(s));
  const theme = mapTheme(highContrast);
  const instrumentIndex = new Map(model.dataset.instruments.map((ins, i) => [ins.id, i]));
  return (
    <section class="funding-chart" aria-labelledby="funding-chart-title">
      <h3 id="funding-chart-title">{t(lang, 'fundingChartTitle')}</h3>
      <p class="funding-total" data-testid="funding-total">
        {t(lang, 'fundingTotal')}: <strong>{formatEur(lang, totals.total)}</strong>
      </p>
      <h4>{t(lang, 'byInstrument')}</h4>
      <Bars
        label={t(lang, 'byInstrument')}
        colour={theme.fundingArc}
        rows={totals.byInstrument.map((r) => ({ key: r.id, label: r.name, amount: r.amount, colour: theme.instrument[(instrumentIndex.get(r.id) ?? 0) % theme.instrument.length] }))}
      />
      <h4>{t(lang, 'byRecipient')}</h4>
      <Bars label={t(lang, 'byRecipient')} colour={theme.fundingArc} rows={totals.byRecipient.slice(0, 12).map((r) => ({ key: r.key, label: recipientKeyName(lang, model, r.key, r.label), amount: r.amount }))} />
    </section>
  );
}
