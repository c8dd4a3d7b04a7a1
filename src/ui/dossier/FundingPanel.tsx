// A funding amount's dossier: kind, recipients, instrument, period, standing at the date and its source.
import { fundingCurrentUntil, fundingStandingAt } from '../../selectors/funding';
import { useActions, useAppState } from '../context';
import { useModel } from '../context';
import { SourceQuote } from '../SourceQuote';
import { t } from '../../i18n/t';
import { fundingStageName, instrumentName, recipientName } from '../../i18n/enumerations';
import { countryName } from '../../i18n/countries';
import { FundingItem } from './parts';
import { amountText } from '../../i18n/standing';
import { formatPeriod } from '../../i18n/period';
import { formatList } from '../../i18n/format';

export function FundingPanel({ id }: { id: string }) {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const { model } = useModel();
  const { select } = useActions();
  const f = model.funding.get(id);
  if (!f) return null;
  const parent = f.partOf ? model.funding.get(f.partOf) : undefined;
  const parts = model.dataset.funding.filter((x) => x.partOf === f.id);
  const standing = fundingStandingAt(model, f, date);
  const regionCountries = f.recipients.length === 0 ? (f.regionCountries ?? []) : [];
  return (
    <article class="dossier" aria-labelledby="dossier-title" data-standing={standing}>
      <h2 id="dossier-title">{amountText(lang, f)}</h2>
      <p lang="en">{f.purpose}</p>
      {f.context && (
        <p class="note" data-testid="funding-context-scope">
          {t(lang, 'fundingContext')}: <span lang="en">{f.context}</span>
        </p>
      )}
      <dl class="facts">
        <dt>{t(lang, 'instrument')}</dt>
        <dd>{instrumentName(lang, model, f.instrument)}</dd>
        <dt>{t(lang, 'recipients')}</dt>
        <dd>{recipientName(lang, model, f)}</dd>
        {regionCountries.length > 0 && (
          <>
            <dt>{t(lang, 'regionCountries')}</dt>
            <dd>{formatList(lang, regionCountries.map((c) => countryName(lang, c, model.countries.get(c)?.name)))}</dd>
          </>
        )}
        <dt>{t(lang, 'kind')}</dt>
        <dd>
          {fundingStageName(lang, f.stage)} · {standing === 'current' ? t(lang, 'fundingCurrent') : standing === 'ended' ? t(lang, 'leftOutEnded', { until: fundingCurrentUntil(model, f) ?? '' }) : t(lang, 'leftOutContext')}
        </dd>
        {formatPeriod(lang, f.from, f.to) && (
          <>
            <dt>{t(lang, 'period')}</dt>
            <dd>{formatPeriod(lang, f.from, f.to)}</dd>
          </>
        )}
      </dl>
      {parent && (
        <p>
          {t(lang, 'partOf')}:{' '}
          <button type="button" class="link" onClick={() => select({ kind: 'funding', id: parent.id })}>
            {amountText(lang, parent)} — {parent.purpose}
          </button>
        </p>
      )}
      {parts.length > 0 && (
        <>
          <h3>{t(lang, 'parts')}</h3>
          <ul class="funding-list">
            {parts.map((p) => (
              <FundingItem key={p.id} f={p} />
            ))}
          </ul>
        </>
      )}
      {f.vague && <p class="vague" lang="en">{f.vague}</p>}
      <SourceQuote citation={f.source} />
    </article>
  );
}
