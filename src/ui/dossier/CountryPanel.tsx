// A country's dossier: routes through it, agreements, funding, missions, displacement, figures, events, processes.
import { useMemo } from 'preact/hooks';
import { countryDossier } from '../../selectors/dossier';
import { useActions, useAppState } from '../context';
import { useModel } from '../context';
import { Sources, SourceQuote } from '../SourceQuote';
import { hedged } from '../figure-text';
import { t } from '../../i18n/t';
import { formatList, formatNumber, formatPartialDate, formatPercent } from '../../i18n/format';
import { agreementTypeName, nameIn, groupName, missionKindName, statusName } from '../../i18n/enumerations';
import { countryName } from '../../i18n/countries';
import { regionName } from '../../i18n/names';
import { Section, FigureLine, FundingKindTotals, FundingItem } from './parts';
import { standingNote } from '../../i18n/standing';
import { statusHistoryAt } from '../../selectors/agreements';
import { formatPeriod } from '../../i18n/period';

export function CountryPanel({ iso2 }: { iso2: string }) {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const { model } = useModel();
  const { select } = useActions();
  const dossier = useMemo(() => countryDossier(model, iso2, date), [model, iso2, date]);
  if (!dossier) {
    return (
      <article class="dossier" aria-labelledby="dossier-title">
        <h2 id="dossier-title">{iso2}</h2>
        <p class="empty-state">{t(lang, 'nothingYet')}</p>
      </article>
    );
  }
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{countryName(lang, iso2, dossier.name)}</h2>
      {dossier.footnote && <p class="footnote">* {dossier.footnote}</p>}
      {dossier.aliases.length > 0 && (
        <p class="aliases">
          {t(lang, 'formerNames')}: {formatList(lang, dossier.aliases)}
        </p>
      )}
      {dossier.groups.length > 0 && (
        <ul class="chips" aria-label={t(lang, 'groups')}>
          {dossier.groups.map((g) => (
            <li key={g} class="chip">
              {groupName(lang, g)}
            </li>
          ))}
        </ul>
      )}
      <Section title={t(lang, 'routesThrough')} empty={dossier.routes.length === 0}>
        <ul>
          {dossier.routes.map(({ route, role, figure }) => (
            <li key={route.id}>
              <button type="button" class="link" onClick={() => select({ kind: 'route', id: route.id })}>
                {nameIn(lang, route)}
              </button>{' '}
              ({t(lang, role === 'origin' ? 'roleOrigin' : role === 'transit' ? 'roleTransit' : 'roleDestination')})
              {figure ? (
                <>
                  : <FigureLine figure={figure} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'agreements')} empty={dossier.agreements.length === 0}>
        <ul>
          {dossier.agreements.map(({ agreement, current, status }) => (
            <li key={agreement.id} class={`agreement status-${current.status}`} data-standing={status.standing}>
              <strong>{nameIn(lang, agreement)}</strong> — {agreementTypeName(lang, agreement.type)}: <em>{statusName(lang, current.status)}</em>
              {status.standing !== 'current' && <span class="standing-note"> · {standingNote(lang, status.standing, status.lastReported)}</span>}
              <details>
                <summary>{t(lang, 'statusHistory')}</summary>
                <ol>
                  {statusHistoryAt(model, agreement, date).map((s, i) => (
                    <li key={i}>
                      {formatPartialDate(lang, s.from)}: {statusName(lang, s.status)}
                      {s.fromBasis === 'document-date' ? ` ${t(lang, 'knownByDate')}` : ''} {s.note && <>— <span lang="en">{s.note}</span></>} <SourceQuote citation={s.source} />
                    </li>
                  ))}
                </ol>
              </details>
              <Sources citations={agreement.sources} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'fundingReceived', { name: countryName(lang, iso2, dossier.name) })} empty={dossier.funding.length + dossier.sharedFunding.length === 0}>
        {dossier.funding.length > 0 && (
          <>
            <ul class="funding-list">
              {dossier.funding.map((f) => (
                <FundingItem key={f.id} f={f} />
              ))}
            </ul>
            <FundingKindTotals summary={dossier.fundingSummary} testId="country-funding-total" />
          </>
        )}
        {dossier.sharedFunding.length > 0 && (
          <>
            <h4>{t(lang, 'fundingShared')}</h4>
            <ul class="funding-list">
              {dossier.sharedFunding.map((f) => (
                <FundingItem key={f.id} f={f} />
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section title={t(lang, 'missions')} empty={dossier.missions.length === 0}>
        <ul>
          {dossier.missions.map((m) => (
            <li key={m.id} data-standing={m.standing}>
              <button type="button" class="link" onClick={() => select({ kind: 'mission', id: m.id })}>
                {nameIn(lang, m)}
              </button>{' '}
              — {missionKindName(lang, m.kind)}, {m.location.name}
              {m.standing !== 'current' && <span class="standing-note"> · {standingNote(lang, m.standing, m.lastReported)}</span>} <Sources citations={m.sources} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'displacement')} empty={dossier.displacement.length === 0}>
        <ul>
          {dossier.displacement.map((d) => (
            <li key={d.id}>
              <strong>{hedged(lang, d.qualifier, formatNumber(lang, d.idps))}</strong> ({formatPartialDate(lang, d.date)}) <SourceQuote citation={d.source} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'documentFigures')} empty={dossier.figures.length === 0}>
        <ul class="figure-list">
          {dossier.figures.map((f) => (
            <li key={f.id} data-figure={f.id}>
              <strong>{hedged(lang, f.qualifier, f.unit === 'percent' ? formatPercent(lang, f.value) : formatNumber(lang, f.value))}</strong> <span lang="en">{f.subject}</span>
              {formatPeriod(lang, f.from, f.to) ? ` (${formatPeriod(lang, f.from, f.to)})` : ''} <SourceQuote citation={f.source} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'events')} empty={dossier.events.length === 0}>
        <ul>
          {dossier.events.map((e) => (
            <li key={e.id} data-standing={e.announced ? 'planned' : 'current'}>
              {formatPartialDate(lang, e.date)}: <span lang="en">{e.title}</span>
              {e.announced && <span class="standing-note"> · {standingNote(lang, 'planned', null)}</span>} <SourceQuote citation={e.source} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'processes')} empty={dossier.processes.length === 0}>
        <ul>
          {dossier.processes.map((p) => (
            <li key={p.id} data-standing={p.standing}>
              {nameIn(lang, p)} ({regionName(lang, p.region)})
              {p.standing !== 'current' && <span class="standing-note"> · {standingNote(lang, p.standing, p.lastReported)}</span>} <Sources citations={p.sources} />
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
