// The data table: what the map shows for the current filters and date, as sortable tables with CSV/JSON download.
import { useMemo, useState } from 'preact/hooks';
import { useActions, useAppState } from './context';
import { useModel } from './context';
import { t } from '../i18n/t';
import { formatEur, formatList, formatMonth, formatNumber, formatPartialDate } from '../i18n/format';
import { formatPeriod } from '../i18n/period';
import { viewToPng, type LegendEntry } from '../export/png';
import { themeOf } from '../map/theme';
import { pngLegend } from './png-legend';
import { activeMapCanvas } from '../map/active-map';
import type { Lang } from '../state/types';
import { countryName } from '../i18n/countries';
import { direction } from '../i18n/languages';
import { agreementTypeName, fundingDonorName, fundingPurposeName, fundingStageName, instrumentName, nameIn, missionKindName, statusName, partnerCategoryName, metricName, recipientName, visibleLayerNames } from '../i18n/enumerations';
import { fundingCurrentUntil, fundingStandingAt } from '../selectors/funding';
import { figureKnownAt } from '../selectors/figures';
import { agreementStatusAt } from '../selectors/agreements';
import { euMembershipAt } from '../selectors/membership';
import { citedStandingAt } from '../selectors/time';
import { amountText, fundingPeriodText, standingNote } from '../i18n/standing';
import type { Citation, FundingFlow } from '../data/schema';
import type { Model } from '../data/model';
import { citationColumns as sourceColumns, rowsToCsv, rowsToJson, type ViewRow } from '../export/records';
import { documentLabel } from './SourceQuote';
import type { MessageKey } from '../i18n/language-pack';
import { regionName } from '../i18n/names';
import { ChangeTable } from './compare/ChangeTable';
import { SlidesButton } from './slides/SlidesButton';

type SortKey = 'name' | 'value' | 'detail';

/** Whether an amount is current at the date, its period ended, or context only: said in every row. */
function standingName(lang: Lang, model: Model, f: FundingFlow, month: string): string {
  const standing = fundingStandingAt(model, f, month);
  if (standing === 'context') return t(lang, 'leftOutContext');
  if (standing === 'ended') return t(lang, 'leftOutEnded', { until: fundingCurrentUntil(model, f) ?? '' });
  return t(lang, 'fundingCurrent');
}

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function downloadPng(lang: Lang, date: string, layers: string, legend: readonly LegendEntry[]): Promise<void> {
  const canvas = activeMapCanvas();
  if (!canvas) return;
  const blob = await viewToPng(canvas, { title: t(lang, 'appTitle'), date: formatMonth(lang, date), layers, sources: t(lang, 'pngSources'), legend, direction: direction(lang) });
  if (!blob) return;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `migration-map-${date}.png`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Table({ title, rows, money }: { title: string; rows: readonly ViewRow[]; money?: boolean }) {
  const lang = useAppState((s) => s.view.lang);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'value', dir: -1 });
  const sorted = useMemo(() => {
    const copy = [...rows];
    copy.sort((a, b) => {
      const va = a[sort.key];
      const vb = b[sort.key];
      if (typeof va === 'number' || typeof vb === 'number') return ((Number(va ?? -1) - Number(vb ?? -1)) || 0) * sort.dir;
      return String(va).localeCompare(String(vb)) * sort.dir;
    });
    return copy;
  }, [rows, sort]);
  const header = (key: SortKey, label: MessageKey) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" onClick={() => setSort({ key, dir: sort.key === key ? ((-sort.dir) as 1 | -1) : 1 })} aria-label={t(lang, 'sortBy', { column: t(lang, label) })}>
        {t(lang, label)}
      </button>
    </th>
  );
  return (
    <table class="data-table">
      <caption>
        {title} ({formatNumber(lang, rows.length)})
      </caption>
      <thead>
        <tr>
          {header('name', 'columnName')}
          {header('value', 'columnValue')}
          {header('detail', 'columnDetail')}
          <th scope="col">{t(lang, 'columnSource')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.id}>
            <td>{r.name}</td>
            <td class="num">{r.value === null ? '–' : money ? formatEur(lang, r.value) : formatNumber(lang, r.value)}</td>
            <td>{r.detail}</td>
            <td class="quote" title={r.quote}>
              {r.sourceDocument}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The table panel, when open: closed, it subscribes to nothing but its open flag. */
export function DataTable() {
  const open = useAppState((s) => s.view.tableOpen);
  return open ? <OpenDataTable /> : null;
}

function OpenDataTable() {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const { setTableOpen } = useActions();
  const comparing = useAppState((s) => s.compare !== null);
  const overlays = useAppState((s) => s.view.overlays);
  // The map's own colours: briefing mode draws in high contrast.
  const theme = useAppState(themeOf);
  const layers = visibleLayerNames(lang, overlays);
  const { model, views } = useModel();
  const routes = useAppState((s) => views.routes(s));
  const partners = useAppState((s) => views.partners(s));
  const missions = useAppState((s) => views.missions(s));
  // Every amount known at the date, each with its kind and whether it is current, ended or context: the table adds nothing up.
  const funding = useAppState((s) => views.funding(s));
  const fundingDrawn = useAppState((s) => views.fundingDrawn(s));
  const displacement = useAppState((s) => views.displacement(s));
  const euMembers = useAppState((s) => views.euMembers(s));
  const hostedFigures = useAppState((s) => views.hostedFigures(s));
  const kept = useAppState((s) => views.filtered(s).kept);
  const tables = useMemo(() => {
    const c = (iso2: string): string => countryName(lang, iso2, model.countries.get(iso2)?.name);
    const documentOf = (seed: string): string => {
      const source = model.sourceBySeed.get(seed);
      return source ? documentLabel(lang, source) : '';
    };
    const citationColumns = (citation: Citation | undefined) => sourceColumns(citation, documentOf);
    return {
      routes: routes.map((r): ViewRow => ({ table: 'routes', id: r.route.id, name: nameIn(lang, r.route), value: r.figure?.value ?? null, detail: r.figure ? metricName(lang, r.figure.metric) : '', ...citationColumns(r.figure?.source ?? r.route.sources[0]) })),
      partners: partners.map((p): ViewRow => ({ table: 'partners', id: p.iso2, name: c(p.iso2), value: p.frameworks.length, detail: `${partnerCategoryName(lang, p.category)}: ${p.frameworks.map((f) => [nameIn(lang, f.agreement), standingNote(lang, f.standing, f.lastReported)].filter(Boolean).join(', ')).join('; ')}`, ...citationColumns(p.frameworks[0]?.status.source) })),
      missions: missions.map((m): ViewRow => ({ table: 'missions', id: m.id, name: nameIn(lang, m), value: null, detail: [`${missionKindName(lang, m.kind)}, ${m.location.name}`, standingNote(lang, m.standing, m.lastReported)].filter(Boolean).join(' · '), ...citationColumns(m.sources[0]) })),
      funding: funding.map((f): ViewRow => ({ table: 'funding', id: f.id, name: recipientName(lang, model, f), value: f.amountEur, detail: [`${amountText(lang, f)}: ${fundingStageName(lang, f.stage)} (${standingName(lang, model, f, date)})`, fundingDonorName(lang, f.donor), fundingPurposeName(lang, f.purposeKind), fundingPeriodText(lang, model, f), instrumentName(lang, model, f.instrument)].filter(Boolean).join(' · ') + ` — ${f.purpose}`, ...citationColumns(f.source) })),
      displacement: displacement.map((d): ViewRow => ({ table: 'displacement', id: d.id, name: c(d.country), value: d.idps, detail: d.date, ...citationColumns(d.source) })),
      // Every agreement or framework in force or under way at the date, those with no partner country named included.
      agreements: model.dataset.agreements.flatMap((a): ViewRow[] => {
        const at = kept.agreement.has(a.id) ? agreementStatusAt(model, a, date) : undefined;
        if (!at) return [];
        const partnersNamed = a.partners.length ? formatList(lang, a.partners.map(c)) : t(lang, 'noPartnerNamed');
        const standing = standingNote(lang, at.standing, at.lastReported);
        return [{ table: 'agreements', id: a.id, name: nameIn(lang, a), value: null, detail: `${agreementTypeName(lang, a.type)}: ${statusName(lang, at.entry.status)}${standing ? ` (${standing})` : ''} — ${partnersNamed}`, ...citationColumns(at.entry.source) }];
      }),
      // Organisations the EU cooperates with (kept by the organisation and theme filters), and the instruments named.
      organisations: model.dataset.organisations
        .filter((o) => kept.organisation.has(o.id))
        .map((o): ViewRow => ({ table: 'organisations', id: o.id, name: o.acronym ? `${o.name} (${o.acronym})` : o.name, value: o.cooperation.length, detail: o.cooperation.map((x) => x.on).join('; '), ...citationColumns(o.cooperation[0]?.source) })),
      processes: model.dataset.processes.flatMap((x): ViewRow[] => {
        const at = citedStandingAt(model, x.sources, date);
        if (!at) return [];
        const standing = standingNote(lang, at.standing, at.lastReported);
        return [{ table: 'processes', id: x.id, name: nameIn(lang, x), value: x.countries.length || null, detail: [regionName(lang, x.region), standing].filter(Boolean).join(' · '), ...citationColumns(x.sources[0]) }];
      }),
      instruments: model.dataset.instruments.map((i): ViewRow => ({ table: 'instruments', id: i.id, name: nameIn(lang, i), value: null, detail: [i.acronym, i.vague].filter(Boolean).join(' — '), ...citationColumns(i.sources[0]) })),
      // Membership at the date, from the dated records (accession and withdrawal are background facts).
      euMembers: euMembers.map((iso2): ViewRow => {
        const membership = euMembershipAt(model, iso2, date);
        const since = membership?.from ? t(lang, 'memberSince', { date: formatPartialDate(lang, membership.from) }) : '';
        const until = membership?.to ? t(lang, 'memberUntil', { date: formatPartialDate(lang, membership.to) }) : '';
        return { table: 'eu-members', id: iso2, name: c(iso2), value: null, detail: formatList(lang, [since, until].filter(Boolean)), ...citationColumns(membership?.source) };
      }),
      // The documents' other figures known at the date; they concern countries or regions, not a filter dimension.
      figures: model.dataset.figures
        .filter((f) => figureKnownAt(model, f, date))
        .map((f): ViewRow => ({ table: 'figures', id: f.id, name: f.countries.length ? formatList(lang, f.countries.map(c)) : f.region ? regionName(lang, f.region) : '', value: f.value, detail: `${f.unit === 'percent' ? '% · ' : ''}${f.subject}${f.from || f.to ? ` (${formatPeriod(lang, f.from, f.to)})` : ''}`, ...citationColumns(f.source) })),
    };
  }, [routes, partners, missions, funding, displacement, euMembers, kept, lang, model, date]);
  const all = [...tables.routes, ...tables.partners, ...tables.agreements, ...tables.missions, ...tables.funding, ...tables.displacement, ...tables.figures, ...tables.euMembers, ...tables.organisations, ...tables.instruments, ...tables.processes];
  return (
    <section
      class="data-table-panel"
      role="region"
      aria-labelledby="data-table-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setTableOpen(false);
        }
      }}
    >
      <div class="data-table-head">
        <h2 id="data-table-title">
          {t(lang, 'dataTable')} — {date}
        </h2>
        <button type="button" class="button" onClick={() => download(`migration-map-${date}.csv`, 'text/csv', rowsToCsv(all))}>
          {t(lang, 'downloadCsv')}
        </button>
        <button type="button" class="button" onClick={() => download(`migration-map-${date}.json`, 'application/json', rowsToJson(all))}>
          {t(lang, 'downloadJson')}
        </button>
        {/* While two dates are compared, the PNG (both maps and the list) is the change table's (issue 19). */}
        {!comparing && (
          <button type="button" class="button" onClick={() => void downloadPng(lang, date, layers, pngLegend({ lang, theme, model, overlays, partners, missions, fundingDrawn, hostedFigures }))}>
            {t(lang, 'downloadPng')}
          </button>
        )}
        {!comparing && <SlidesButton class="button" />}
        <button type="button" class="button" onClick={() => setTableOpen(false)}>
          {t(lang, 'close')}
        </button>
      </div>
      <ChangeTable />
      <Table title={t(lang, 'tableRoutes')} rows={tables.routes} />
      <Table title={t(lang, 'tablePartners')} rows={tables.partners} />
      <Table title={t(lang, 'agreements')} rows={tables.agreements} />
      <Table title={t(lang, 'tableMissions')} rows={tables.missions} />
      <Table title={t(lang, 'tableFunding')} rows={tables.funding} money />
      <Table title={t(lang, 'tableDisplacement')} rows={tables.displacement} />
      <Table title={t(lang, 'documentFigures')} rows={tables.figures} />
      <Table title={t(lang, 'tableEuMembers')} rows={tables.euMembers} />
      <Table title={t(lang, 'tableOrganisations')} rows={tables.organisations} />
      <Table title={t(lang, 'tableInstruments')} rows={tables.instruments} />
      <Table title={t(lang, 'processes')} rows={tables.processes} />
    </section>
  );
}
