// Country search: an ARIA combobox over names in the UI language, English names and former names; choosing one opens its dossier.
import { useMemo, useState } from 'preact/hooks';
import { useActions, useAppState } from './context';
import { useModel } from './context';
import { t } from '../i18n/t';
import { countryName, countryNamesForSearch } from '../i18n/countries';
import type { Geometry } from 'geojson';
import { boundsOf, cameraForBounds } from '../geo/fit';
import { mapFrame } from './map-frame';

/** Case- and accent-insensitive key: "turkiye" finds Türkiye, "tcheq" finds Tchéquie. */
function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

interface Option {
  iso2: string;
  name: string;
  matched: string;
}

export function CountrySearch({ countryPoints, geometries }: { countryPoints: ReadonlyMap<string, readonly number[]>; geometries?: ReadonlyMap<string, Geometry> }) {
  const lang = useAppState((s) => s.view.lang);
  const { model } = useModel();
  const { select, setCamera } = useActions();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const entries = useMemo(
    () =>
      model.dataset.countries.flatMap((c) => {
        const name = countryName(lang, c.id, c.name);
        const labels = [...new Set([name, ...countryNamesForSearch(lang, c.id), c.name, ...c.aliases])];
        return labels.map((label) => ({ iso2: c.id, name, matched: label, key: searchKey(label) }));
      }),
    [model, lang],
  );
  const options: Option[] = useMemo(() => {
    const q = searchKey(query.trim());
    if (!q) return [];
    const seen = new Set<string>();
    const out: Option[] = [];
    for (const e of entries) {
      if (!e.key.includes(q) || seen.has(e.iso2)) continue;
      seen.add(e.iso2);
      out.push(e);
    }
    return out.sort((a, b) => Number(!searchKey(a.name).startsWith(q)) - Number(!searchKey(b.name).startsWith(q)) || a.name.localeCompare(b.name, lang)).slice(0, 8);
  }, [entries, query]);

  const choose = (o: Option): void => {
    select({ kind: 'country', id: o.iso2 });
    const geometry = geometries?.get(o.iso2);
    const bounds = geometry ? boundsOf(geometry) : null;
    const frame = mapFrame();
    const p = countryPoints.get(o.iso2);
    if (bounds && frame) setCamera(cameraForBounds(bounds, frame.box, frame.padding), 'app');
    else if (p) setCamera({ lon: p[0]!, lat: p[1]!, zoom: 4 }, 'app');
    setQuery(o.name);
    setOpen(false);
  };

  const listId = 'country-search-options';
  return (
    <div class="country-search">
      <label for="country-search-input" class="visually-hidden">
        {t(lang, 'searchCountry')}
      </label>
      <input
        id="country-search-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? `country-option-${options[active].iso2}` : undefined}
        placeholder={t(lang, 'searchCountry')}
        value={query}
        autocomplete="off"
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, Math.max(0, options.length - 1)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === 'Enter') {
            const o = options[active];
            if (o) {
              e.preventDefault();
              choose(o);
            }
          } else if (e.key === 'Escape' && open && options.length > 0) {
            // Escape closes the list first; with the list closed it clears the selection like anywhere else.
            e.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" class="country-options" hidden={!open || options.length === 0} aria-label={t(lang, 'searchCountry')}>
        {options.map((o, i) => (
          <li
            key={o.iso2}
            id={`country-option-${o.iso2}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : ''}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o);
            }}
          >
            {o.name}
            {o.matched !== o.name ? <span class="alias"> ({o.matched})</span> : null}
          </li>
        ))}
      </ul>
      {open && query.trim() !== '' && options.length === 0 && <p class="no-match" role="status">{t(lang, 'noMatch')} “{query}”</p>}
    </div>
  );
}
