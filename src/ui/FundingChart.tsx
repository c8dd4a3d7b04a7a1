// Funding at the current date and filters: one total per kind of amount (never a sum across kinds), bars by place
// within each kind, the amounts left out of every total with the reason, and context envelopes with their scope.
import { useState } from 'preact/hooks';
import { scaleLinear } from '../selectors/scales';
import { useActions, useAppState } from './context';
import { useModel } from './context';
import { themeOf } from '../map/theme';
import { plural, t } from '../i18n/t';
import { formatDateRange, formatEur, formatEurCompact } from '../i18n/format';
import { fundingKindName, recipientKeyName, recipientName } from '../i18n/enumerations';
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

function reasonText(lang: Lang, model: Model, f: FundingFlow, reason: LeftOutReason): string {
  if (reason === 'context') return t(lang, 'leftOutContext');
  if (reason === 'period-ended') return t(lang, 'leftOutEnded', { until: fundingCurrentUntil(model, f) ?? '' });
  return t(lang, 'leftOutPart');
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
  return (
    <section class="funding-chart" aria-labelledby="funding-chart-title">
      <h2 id="funding-chart-title" class="overview-heading">{t(lang, 'fundingChartTitle')}</h2>
      <p class="note">{t(lang, 'fundingByKindNote')}</p>
      {summary.byKind.map((k) => (
        <div key={k.kind} class="funding-kind" data-kind={k.kind}>
          <h3 class="overview-subheading">
            <span class="swatch line" style={{ background: theme.fundingKind[k.kind] }} aria-hidden="true" /> {t(lang, 'fundingKindTotal', { kind: fundingKindName(lang, k.kind) })}:{' '}
            <strong data-testid={`funding-total-${k.kind}`}>{formatEur(lang, k.amount)}</strong>
          </h3>
          <p class="note">
            {plural(lang, 'fundingCurrentCount', k.records.length)}
            {k.openEnded > 0 && <> · {plural(lang, 'fundingOpenEnded', k.openEnded)}</>}
          </p>
          <Bars label={t(lang, 'fundingKindTotal', { kind: fundingKindName(lang, k.kind) })} colour={theme.fundingKind[k.kind]} rows={k.byPlace.slice(0, 8).map((r) => ({ key: r.key, label: recipientKeyName(lang, model, r.key, r.label), amount: r.amount }))} />
        </div>
      ))}
      {others.length > 0 && (
        <details class="funding-left-out" data-testid="funding-left-out" open={leftOutOpen} onToggle={(e) => setLeftOutOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{plural(lang, 'fundingLeftOut', others.length)}</summary>
          {/* Hundreds of items with large data: rendered only while open, so a step or a filter change does not redraw them. */}
          {leftOutOpen && (
            <ul class="funding-list">
              {others.map(({ record: f, reason }) => (
                <li key={f.id} data-reason={reason}>
                  <button type="button" class="link" onClick={() => select({ kind: 'funding', id: f.id })}>
                    {formatEur(lang, f.amountEur)} {fundingKindName(lang, f.kind)} · {recipientName(lang, model, f)}
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
                  {formatEur(lang, f.amountEur)} {fundingKindName(lang, f.kind)}
                  {f.from && f.to ? ` ${formatDateRange(lang, f.from, f.to)}` : ''}
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
