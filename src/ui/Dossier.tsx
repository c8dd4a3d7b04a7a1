// The side panel's content: a country dossier, or the card of a route, mission or funding amount.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { FundingFlow } from '../data/schema';
import { countryDossier } from '../selectors/dossier';
import { fundingCurrentUntil, fundingStandingAt, type FundingSummary } from '../selectors/funding';
import { figureAt, type RouteFigure } from '../selectors/routes';
import { useActions, useAppState } from './context';
import { useModel } from './ModelContext';
import { Sources, SourceQuote } from './SourceQuote';
import { plural, t } from '../i18n/t';
import { formatEur, formatNumber, formatPartialDate, formatPercent } from '../i18n/format';
import { agreementTypeName, fundingKindName, instrumentName, nameIn, groupName, metricName, missionKindName, qualifierName, recipientName, statusName } from '../i18n/enumerations';
import { countryName } from '../i18n/countries';
import type { Lang } from '../state/types';
import { regionName } from '../i18n/names';

function Section({ title, children, empty }: { title: string; children: ComponentChildren; empty: boolean }) {
  const lang = useAppState((s) => s.view.lang);
  return (
    <section class="dossier-section">
      <h3>{title}</h3>
      {empty ? <p class="empty-state">{t(lang, 'nothingYet')}</p> : children}
    </section>
  );
}

function qualified(lang: Lang, qualifier: string | undefined, text: string): string {
  return qualifier ? `${qualifierName(lang, qualifier)} ${text}` : text;
}

function period(lang: Lang, from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return `${formatPartialDate(lang, from)} – ${formatPartialDate(lang, to)}`;
  if (from) return t(lang, 'since', { date: formatPartialDate(lang, from) });
  if (to) return t(lang, 'until', { date: formatPartialDate(lang, to) });
  return '';
}

export function FigureLine({ figure }: { figure: RouteFigure }) {
  const lang = useAppState((s) => s.view.lang);
  return (
    <span class="figure">
      <strong>{qualified(lang, figure.qualifier, formatNumber(lang, figure.value))}</strong> {metricName(lang, figure.metric)}
      {figure.place ? ` (${figure.place})` : ''}, {period(lang, figure.from, figure.to)} <SourceQuote citation={figure.source} />
    </span>
  );
}

/** One total per kind (never a sum across kinds), and how many amounts are in none and why. */
function FundingKindTotals({ summary, testId }: { summary: FundingSummary; testId: string }) {
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

function FundingItem({ f }: { f: FundingFlow }) {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const { model } = useModel();
  const { select } = useActions();
  const standing = fundingStandingAt(model, f, date);
  return (
    <li data-standing={standing}>
      <button type="button" class="link" onClick={() => select({ kind: 'funding', id: f.id })}>
        <strong>{qualified(lang, f.qualifier, formatEur(lang, f.amountEur))}</strong>
      </button>{' '}
      {fundingKindName(lang, f.kind)} · {instrumentName(lang, model, f.instrument)}
      {period(lang, f.from, f.to) ? ` · ${period(lang, f.from, f.to)}` : ''}
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

function CountryPanel({ iso2 }: { iso2: string }) {
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
          {t(lang, 'formerNames')}: {dossier.aliases.join(', ')}
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
          {dossier.agreements.map(({ agreement, current }) => (
            <li key={agreement.id} class={`agreement status-${current?.status ?? 'none'}`}>
              <strong>{nameIn(lang, agreement)}</strong> — {agreementTypeName(lang, agreement.type)}: <em>{current ? statusName(lang, current.status) : ''}</em>
              <details>
                <summary>{t(lang, 'statusHistory')}</summary>
                <ol>
                  {agreement.status.map((s, i) => (
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
            <li key={m.id}>
              <button type="button" class="link" onClick={() => select({ kind: 'mission', id: m.id })}>
                {nameIn(lang, m)}
              </button>{' '}
              — {missionKindName(lang, m.kind)}, {m.location.name} <Sources citations={m.sources} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'displacement')} empty={dossier.displacement.length === 0}>
        <ul>
          {dossier.displacement.map((d) => (
            <li key={d.id}>
              <strong>{qualified(lang, d.qualifier, formatNumber(lang, d.idps))}</strong> ({formatPartialDate(lang, d.date)}) <SourceQuote citation={d.source} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'documentFigures')} empty={dossier.figures.length === 0}>
        <ul class="figure-list">
          {dossier.figures.map((f) => (
            <li key={f.id} data-figure={f.id}>
              <strong>{qualified(lang, f.qualifier, f.unit === 'percent' ? formatPercent(lang, f.value) : formatNumber(lang, f.value))}</strong> <span lang="en">{f.subject}</span>
              {period(lang, f.from, f.to) ? ` (${period(lang, f.from, f.to)})` : ''} <SourceQuote citation={f.source} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'events')} empty={dossier.events.length === 0}>
        <ul>
          {dossier.events.map((e) => (
            <li key={e.id}>
              {formatPartialDate(lang, e.date)}: <span lang="en">{e.title}</span> <SourceQuote citation={e.source} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'processes')} empty={dossier.processes.length === 0}>
        <ul>
          {dossier.processes.map((p) => (
            <li key={p.id}>
              {nameIn(lang, p)} ({regionName(lang, p.region)}) <Sources citations={p.sources} />
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

function RoutePanel({ id }: { id: string }) {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const { model } = useModel();
  const route = model.routes.get(id);
  if (!route) return null;
  const current = figureAt(route, date);
  const name = (c: string): string => countryName(lang, c, model.countries.get(c)?.name);
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{nameIn(lang, route)}</h2>
      <p class="schematic-note">{t(lang, 'schematicNote')}</p>
      <p>
        {t(lang, 'waypoints')}: {route.waypoints.map((w) => w.name).join(' → ')}
      </p>
      {current ? <p>{<FigureLine figure={current} />}</p> : <p class="empty-state">{t(lang, 'noFigure')}</p>}
      <Section title={t(lang, 'composition')} empty={route.composition.length === 0}>
        <ul>
          {route.composition.map((c, i) => (
            <li key={i}>
              {(Array.isArray(c.nationality) ? c.nationality : [c.nationality]).map((n) => (n === 'sub-saharan-africa' ? t(lang, 'subSaharanAfrica') : name(n))).join(', ')}: {qualified(lang, c.qualifier, formatPercent(lang, c.percent))} ({period(lang, c.from, c.to)}) <SourceQuote citation={c.source} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t(lang, 'allFigures')} empty={route.figures.length === 0}>
        <ul>
          {route.figures.map((f) => (
            <li key={f.id}>
              <FigureLine figure={f} />
            </li>
          ))}
        </ul>
      </Section>
      <p>
        {t(lang, 'roleOrigin')}: {route.countries.origin.map(name).join(', ') || '—'}; {t(lang, 'roleTransit')}: {route.countries.transit.map(name).join(', ') || '—'};{' '}
        {t(lang, 'roleDestination')}: {route.countries.destination.map(name).join(', ') || '—'}
      </p>
      {route.vague && <p class="vague" lang="en">{route.vague}</p>}
      <Sources citations={route.sources} />
    </article>
  );
}

function MissionPanel({ id }: { id: string }) {
  const lang = useAppState((s) => s.view.lang);
  const { model } = useModel();
  const mission = model.missions.get(id);
  if (!mission) return null;
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{nameIn(lang, mission)}</h2>
      <p>
        {missionKindName(lang, mission.kind)} · {mission.location.name}
        {mission.country ? `, ${countryName(lang, mission.country, model.countries.get(mission.country)?.name)}` : ''}
        {period(lang, mission.from, mission.to) ? ` · ${period(lang, mission.from, mission.to)}` : ''}
      </p>
      <h3>{t(lang, 'mandate')}</h3>
      <p lang="en">{mission.mandate}</p>
      {mission.vague && <p class="vague" lang="en">{mission.vague}</p>}
      <Sources citations={mission.sources} />
    </article>
  );
}

function FundingPanel({ id }: { id: string }) {
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
      <h2 id="dossier-title">{qualified(lang, f.qualifier, formatEur(lang, f.amountEur))}</h2>
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
            <dd>{regionCountries.map((c) => countryName(lang, c, model.countries.get(c)?.name)).join(', ')}</dd>
          </>
        )}
        <dt>{t(lang, 'kind')}</dt>
        <dd>
          {fundingKindName(lang, f.kind)} · {standing === 'current' ? t(lang, 'fundingCurrent') : standing === 'ended' ? t(lang, 'leftOutEnded', { until: fundingCurrentUntil(model, f) ?? '' }) : t(lang, 'leftOutContext')}
        </dd>
        {period(lang, f.from, f.to) && (
          <>
            <dt>{t(lang, 'period')}</dt>
            <dd>{period(lang, f.from, f.to)}</dd>
          </>
        )}
      </dl>
      {parent && (
        <p>
          {t(lang, 'partOf')}:{' '}
          <button type="button" class="link" onClick={() => select({ kind: 'funding', id: parent.id })}>
            {formatEur(lang, parent.amountEur)} — {parent.purpose}
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

export function Dossier() {
  const selection = useAppState((s) => s.selection);
  const lang = useAppState((s) => s.view.lang);
  const { select } = useActions();
  if (!selection) return <p class="empty-state">{t(lang, 'noSelection')}</p>;
  return (
    <div class="dossier-wrap">
      <button type="button" class="button close-dossier" onClick={() => select(null)} aria-label={t(lang, 'clearSelection')} aria-keyshortcuts="Escape">
        × {t(lang, 'close')}
      </button>
      {selection.kind === 'country' && <CountryPanel iso2={selection.id} />}
      {selection.kind === 'route' && <RoutePanel id={selection.id} />}
      {selection.kind === 'mission' && <MissionPanel id={selection.id} />}
      {selection.kind === 'funding' && <FundingPanel id={selection.id} />}
    </div>
  );
}
