// The dossier's shared pieces: a titled section, a route figure, a funding amount and totals by kind.
import type { ComponentChildren } from 'preact';
import type { FundingFlow } from '../../data/schema';
import { fundingCurrentUntil, fundingStandingAt, type FundingSummary, type LeftOutReason } from '../../selectors/funding';
import type { MessageKey } from '../../i18n/language-pack';
import type { RouteFigure } from '../../selectors/routes';
import { useActions, useAppState } from '../context';
import { useModel } from '../context';
import { SourceQuote } from '../SourceQuote';
import { hedged } from '../figure-text';
import { plural, t } from '../../i18n/t';
import { formatNumber } from '../../i18n/format';
import { fundingDonorName, fundingPurposeName, fundingStageName, instrumentName, metricName } from '../../i18n/enumerations';
import { regionName } from '../../i18n/names';
import { amountText, fundingPeriodText, totalAmountText, totalHeading } from '../../i18n/standing';
import { formatPeriod } from '../../i18n/period';

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

const LEFT_OUT_SHORT = {
  'period-ended': 'leftOutEndedShort',
  'part-of-counted': 'leftOutPart',
  context: 'leftOutContext',
  'stage-not-stated': 'leftOutStageNotStated',
  'committed-or-planned': 'leftOutCommittedOrPlanned',
  'no-amount': 'leftOutNoAmount',
} as const satisfies Record<LeftOutReason, MessageKey>;

/** Totals of one stage, one donor and one period each (never a sum across them), and how many amounts are in none and why. */
export function FundingKindTotals({ summary, testId }: { summary: FundingSummary; testId: string }) {
  const lang = useAppState((s) => s.view.lang);
  const { model } = useModel();
  const counts = new Map<LeftOutReason, number>();
  for (const l of summary.leftOut) counts.set(l.reason, (counts.get(l.reason) ?? 0) + 1);
  return (
    <div class="funding-total" data-testid={testId}>
      <ul class="funding-kind-totals">
        {summary.totals.map((k) => (
          <li key={`${k.stage}|${k.donor}|${k.from ?? ''}|${k.to ?? ''}`} data-stage={k.stage} data-donor={k.donor}>
            {totalHeading(lang, model, k)}: <strong>{totalAmountText(lang, k)}</strong> ({plural(lang, 'fundingCurrentCount', k.records.length)})
          </li>
        ))}
      </ul>
      {summary.leftOut.length > 0 && (
        <p class="note">
          {plural(lang, 'fundingLeftOut', summary.leftOut.length)}:{' '}
          {[...counts]
            .map(([reason, n]) => `${formatNumber(lang, n)} ${t(lang, LEFT_OUT_SHORT[reason])}`)
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
        <strong>{amountText(lang, f)}</strong>
      </button>{' '}
      {fundingStageName(lang, f.stage)} · {fundingDonorName(lang, f.donor)} · {fundingPurposeName(lang, f.purposeKind)} · {instrumentName(lang, model, f.instrument)}
      {fundingPeriodText(lang, model, f) ? ` · ${fundingPeriodText(lang, model, f)}` : ''}
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
