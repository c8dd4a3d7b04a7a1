// The dossier's shared pieces: a titled section, a route figure, a funding amount and totals by kind.
import type { ComponentChildren } from 'preact';
import type { FundingFlow } from '../../data/schema';
import { fundingCurrentUntil, fundingStandingAt, type FundingSummary } from '../../selectors/funding';
import type { RouteFigure } from '../../selectors/routes';
import { useActions, useAppState } from '../context';
import { useModel } from '../context';
import { SourceQuote } from '../SourceQuote';
import { hedged } from '../figure-text';
import { plural, t } from '../../i18n/t';
import { formatEur, formatNumber } from '../../i18n/format';
import { formatPeriod } from '../../i18n/period';
import { fundingKindName, instrumentName, metricName } from '../../i18n/enumerations';
import { regionName } from '../../i18n/names';

export function Section({ title, children, empty }: { title: string; children: ComponentChildren; empty: boolean }) {
  const lang = useAppState((s) => s.view.lang);
  return (
    <section class="dossier-section">
      <h3>{title}</h3>
      {empty ? <p class="empty-state">{t(lang, 'nothingYet')}</p> : children}
    </section>
  );
}


export function FigureLine({ figure }: { figure: RouteFigure }) {
  const lang = useAppState((s) => s.view.lang);
  return (
    <span class="figure">
      <strong>{hedged(lang, figure.qualifier, formatNumber(lang, figure.value))}</strong> {metricName(lang, figure.metric)}
      {figure.place ? ` (${figure.place})` : ''}, {formatPeriod(lang, figure.from, figure.to)} <SourceQuote citation={figure.source} />
    </span>
  );
}

/** One total per kind (never a sum across kinds), and how many amounts are in none and why. */
export function FundingKindTotals({ summary, testId }: { summary: FundingSummary; testId: string }) {
  const lang = useAppState((s) => s.view.lang);
  const ended = summary.leftOut.filter((l) => l.reason === 'period-ended').length;
  const parts = summary.leftOut.filter((l) => l.reason === 'part-of-counted').length;
  const context = summary.leftOut.filter((l) => l.reason === 'context').length;
  return (
    <div class="funding-total" data-testid={testId}>
      <ul class="funding-kind-totals">
        {summary.byKind.map((k) => (
          <li key={k.kind} data-kind={k.kind}>
            {t(lang, 'fundingKindTotal', { kind: fundingKindName(lang, k.kind) })}: <strong>{formatEur(lang, k.amount)}</strong> ({plural(lang, 'fundingCurrentCount', k.records.length)})
          </li>
        ))}
      </ul>
      {summary.leftOut.length > 0 && (
        <p class="note">
          {plural(lang, 'fundingLeftOut', summary.leftOut.length)}:{' '}
          {[
            ended > 0 ? `${formatNumber(lang, ended)} ${t(lang, 'leftOutEndedShort')}` : '',
            parts > 0 ? `${formatNumber(lang, parts)} ${t(lang, 'leftOutPart')}` : '',
            context > 0 ? `${formatNumber(lang, context)} ${t(lang, 'leftOutContext')}` : '',
          ]
            .filter(Boolean)
            .join('; ')}
        </p>
      )}
    </div>
  );
}

export function FundingItem({ f }: { f: FundingFlow }) {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const { model } = useModel();
  const { select } = useActions();
  const standing = fundingStandingAt(model, f, date);
  return (
    <li data-standing={standing}>
      <button type="button" class="link" onClick={() => select({ kind: 'funding', id: f.id })}>
        <strong>{hedged(lang, f.qualifier, formatEur(lang, f.amountEur))}</strong>
      </button>{' '}
      {fundingKindName(lang, f.kind)} · {instrumentName(lang, model, f.instrument)}
      {formatPeriod(lang, f.from, f.to) ? ` · ${formatPeriod(lang, f.from, f.to)}` : ''}
      {standing === 'ended' && ` · ${t(lang, 'leftOutEnded', { until: fundingCurrentUntil(model, f) ?? '' })}`} — <span lang="en">{f.purpose}</span>
      {f.region && f.recipients.length === 0 && ` (${regionName(lang, f.region)})`} <SourceQuote citation={f.source} />
      {f.context && <p class="note">{t(lang, 'fundingContext')}: {f.context}</p>}
      {f.vague && (
        <p class="vague" lang="en">
          {f.vague}
        </p>
      )}
    </li>
  );
}
