// Funding at the current date and filters: totals of one stage, one donor and one period each (never a sum across
// them), with the hedge their parts carry, bars by place within each, the amounts left out of every total with the
// reason, and context envelopes with their scope.
import { useState } from 'preact/hooks';
import { scaleLinear } from '../selectors/scales';
import { useActions, useAppState } from './context';
import { useModel } from './context';
import { themeOf } from '../map/theme';
import { plural, t } from '../i18n/t';
import { formatEur, formatEurCompact, formatNumber } from '../i18n/format';
import { amountText, fundingPeriodText, totalAmountText, totalHeading } from '../i18n/standing';
import { fundingStageName, recipientKeyName, recipientName } from '../i18n/enumerations';
import { fundingCurrentUntil, type LeftOutReason } from '../selectors/funding';
import type { FundingFlow } from '../data/schema';
import type { Lang } from '../state/types';
import type { Model } from '../data/model';

function Bars({ rows, colour, label }: { rows: Array<{ key: string; label: string; amount: number }>; colour: string; label: string }) {
  const lang = useAppState((s) => s.view.lang);
  const max = Math.max(1, ...rows.map((r) => r.amount));
  const x = scaleLinear([0, max], [0, 100]);
  return (
    <table class="bar-table" aria-label={label}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <span class="bar" style={{ width: `${x(r.amount).toFixed(1)}%`, background: colour }} />
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

export function reasonText(lang: Lang, model: Model, f: FundingFlow, reason: LeftOutReason): string {
  switch (reason) {
    case 'context':
      return t(lang, 'leftOutContext');
    case 'period-ended':
      return t(lang, 'leftOutEnded', { until: fundingCurrentUntil(model, f) ?? '' });
    case 'stage-not-stated':
      return t(lang, 'leftOutStageNotStated');
    case 'committed-or-planned':
      return t(lang, 'leftOutCommittedOrPlanned');
    case 'no-amount':
      return t(lang, 'leftOutNoAmount');
    case 'part-of-counted':
      return t(lang, 'leftOutPart');
  }
}

export function FundingChart() {
  const lang = useAppState((s) => s.view.lang);
  const { model, views } = useModel();
  const { select } = useActions();
  const summary = useAppState((s) => views.fundingSummary(s));
  const theme = useAppState(themeOf);
  const context = summary.leftOut.filter((l) => l.reason === 'context');
  const others = summary.leftOut.filter((l) => l.reason !== 'context');
  const [leftOutOpen, setLeftOutOpen] = useState(false);
  const filtered = useAppState((s) => s.filters.routes.length > 0 || s.filters.groups.length > 0);
  return (
    <section class="funding-chart" aria-labelledby="funding-chart-title">
      <h2 id="funding-chart-title" class="overview-heading">{t(lang, 'fundingChartTitle')}</h2>
      <p class="note">{t(lang, 'fundingByKindNote')}</p>
      {filtered && <p class="note" data-testid="funding-filtered-note">{t(lang, 'fundingFilteredNote')}</p>}
      {summary.totals.map((k) => {
        const heading = totalHeading(lang, model, k);
        return (
          <div key={`${k.stage}|${k.donor}|${k.from ?? ''}|${k.to ?? ''}`} class="funding-kind" data-stage={k.stage} data-donor={k.donor}>
            <h3 class="overview-subheading">
              <span class="swatch line" style={{ background: theme.fundingStage[k.stage] }} aria-hidden="true" /> {heading}:{' '}
              <strong data-testid={`funding-total-${k.stage}`}>{totalAmountText(lang, k)}</strong>
            </h3>
            <p class="note">
              {plural(lang, 'fundingCurrentCount', k.records.length)}
              {k.openEnded > 0 && <> · {plural(lang, 'fundingOpenEnded', k.openEnded)}</>}
              {filtered && k.shared > 0 && <> · {t(lang, 'fundingSharedCount', { count: formatNumber(lang, k.shared) })}</>}
            </p>
            <Bars label={heading} colour={theme.fundingStage[k.stage]} rows={k.byPlace.slice(0, 8).map((r) => ({ key: r.key, label: recipientKeyName(lang, model, r.key, r.label), amount: r.amount }))} />
          </div>
        );
      })}
      {others.length > 0 && (
        <details class="funding-left-out" data-testid="funding-left-out" open={leftOutOpen} onToggle={(e) => setLeftOutOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{plural(lang, 'fundingLeftOut', others.length)}</summary>
          {/* Hundreds of items with large data: rendered only while open, so a step or a filter change does not redraw them. */}
          {leftOutOpen && (
            <ul class="funding-list">
              {others.map(({ record: f, reason }) => (
                <li key={f.id} data-reason={reason}>
                  <button type="button" class="link" onClick={() => select({ kind: 'funding', id: f.id })}>
                    {amountText(lang, f)} {fundingStageName(lang, f.stage)} · {recipientName(lang, model, f)}
                  </button>{' '}
                  — {reasonText(lang, model, f, reason)}
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {context.length > 0 && (
        <div class="funding-context" data-testid="funding-context">
          <h3 class="overview-subheading">{t(lang, 'fundingContext')}</h3>
          <ul class="funding-list">
            {context.map(({ record: f }) => (
              <li key={f.id}>
                <button type="button" class="link" onClick={() => select({ kind: 'funding', id: f.id })}>
                  {amountText(lang, f)} {fundingStageName(lang, f.stage)} · {fundingPeriodText(lang, model, f)}
                </button>
                : {f.context}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
