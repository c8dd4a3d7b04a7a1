// Filters by theme, instrument, country group, agreement type, organisation and route, with counts and chips.
import { memo } from 'preact/compat';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useActions, useAppState } from './context';
import { useModel } from './context';
import { FILTER_KEYS, type FilterKey } from '../state/types';
import { t } from '../i18n/t';
import { formatNumber } from '../i18n/format';
import { agreementTypeName, groupName, themeName, nameIn } from '../i18n/enumerations';
import type { MessageKey } from '../i18n/language-pack';
import type { FilterResult } from '../selectors/filters';

const DIMENSION_TITLES: Record<FilterKey, MessageKey> = {
  themes: 'filterThemes',
  instruments: 'filterInstruments',
  groups: 'filterGroups',
  agreementTypes: 'filterAgreementTypes',
  organisations: 'filterOrganisations',
  routes: 'filterRoutes',
};

export function FilterPanel() {
  const lang = useAppState((s) => s.view.lang);
  const filters = useAppState((s) => s.filters);
  const { model, views } = useModel();
  const result = useAppState((s) => views.filtered(s));
  const { removeFilter, clearFilters } = useActions();

  const options = useMemo((): Record<FilterKey, Array<{ id: string; name: string }>> => {
    const d = model.dataset;
    const groups = [...new Set(d.countries.flatMap((c) => c.groups.map((g) => g.group)))].filter((g) => g !== 'eu-member');
    const types = [...new Set(d.agreements.map((a) => a.type))];
    return {
      themes: d.themes.map((x) => ({ id: x.id, name: themeName(lang, x.id, x.name) })),
      instruments: d.instruments.map((x) => ({ id: x.id, name: nameIn(lang, x) })),
      groups: groups.map((g) => ({ id: g, name: groupName(lang, g) })),
      agreementTypes: types.map((ty) => ({ id: ty, name: agreementTypeName(lang, ty) })),
      organisations: d.organisations.map((o) => ({ id: o.id, name: o.acronym ?? o.name })),
      routes: d.routes.map((r) => ({ id: r.id, name: nameIn(lang, r) })),
    };
  }, [model, lang]);
  const nameOf = (key: FilterKey, id: string): string => options[key].find((o) => o.id === id)?.name ?? id;
  const chips = FILTER_KEYS.flatMap((key) => filters[key].map((id) => ({ key, id })));

  return (
    <section class="filter-panel" aria-labelledby="filters-title">
      <h2 id="filters-title" class="overview-heading">{t(lang, 'filters')}</h2>
      {chips.length > 0 && (
        <div class="active-filters">
          <ul class="chips" aria-label={t(lang, 'activeFilters')}>
            {chips.map(({ key, id }) => (
              <li key={`${key}:${id}`} class="chip">
                {nameOf(key, id)}
                <button type="button" class="chip-remove" aria-label={t(lang, 'removeFilter', { name: nameOf(key, id) })} onClick={() => removeFilter(key, id)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="button" onClick={clearFilters}>
            {t(lang, 'clearFilters')}
          </button>
        </div>
      )}
      {result.active && result.total === 0 && (
        <p class="empty-result" role="status">
          {t(lang, 'emptyResult')}{' '}
          <button type="button" class="button" onClick={clearFilters}>
            {t(lang, 'clearFilters')}
          </button>
        </p>
      )}
      {FILTER_KEYS.map((key) => (
        <FilterDimension key={key} dimension={key} options={options[key]} wanted={filters[key]} />
      ))}
    </section>
  );
}

interface FilterDimensionProps {
  dimension: FilterKey;
  options: ReadonlyArray<{ id: string; name: string }>;
  wanted: readonly string[];
}

/**
 * One dimension as a disclosure; its options (hundreds with large data) are rendered only while it is open. Its counts
 * are read only while it is open: a closed dimension whose own filter did not change is not rendered again when
 * another filter changes (five of six renders of a filter change at 100x data).
 */
const FilterDimension = memo(function FilterDimension({ dimension: key, options, wanted }: FilterDimensionProps) {
  const lang = useAppState((s) => s.view.lang);
  const { toggleFilter } = useActions();
  const { views } = useModel();
  const [open, setOpen] = useState(wanted.length > 0);
  const result: FilterResult | null = useAppState((s) => (open ? views.filtered(s) : null));
  // A filter set from elsewhere (a link, Back) opens its dimension.
  useEffect(() => {
    if (wanted.length > 0) setOpen(true);
  }, [wanted.length > 0]);
  return (
    <details class="filter-dimension" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t(lang, DIMENSION_TITLES[key])}
        {wanted.length > 0 ? ` (${wanted.length})` : ''}
      </summary>
      {open && result && (
        <ul class="filter-options">
          {options.map((o) => {
            const count = result.counts[key].get(o.id) ?? 0;
            const checked = wanted.includes(o.id);
            return (
              <li key={o.id}>
                <label class={count === 0 && !checked ? 'disabled' : ''}>
                  <input type="checkbox" checked={checked} onChange={() => toggleFilter(key, o.id)} data-filter={`${key}:${o.id}`} />
                  {o.name} <span class="count">({formatNumber(lang, count)})</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
});
