// The side panel: country search on top, then the dossier of the selection, or the overview (filters, funding).
import { useAppState } from './context';
import { CountrySearch } from './CountrySearch';
import { Dossier } from './dossier/Dossier';
import { FilterPanel } from './FilterPanel';
import { FundingChart } from './FundingChart';
import { t } from '../i18n/t';
import type { Geometry } from 'geojson';

export function SidePanel({ countryPoints, geometries }: { countryPoints: ReadonlyMap<string, readonly number[]>; geometries?: ReadonlyMap<string, Geometry> }) {
  const selection = useAppState((s) => s.selection);
  const lang = useAppState((s) => s.view.lang);
  return (
    <>
      <CountrySearch countryPoints={countryPoints} geometries={geometries} />
      {selection ? (
        <Dossier />
      ) : (
        <>
          <p class="empty-state">{t(lang, 'noSelection')}</p>
          <FilterPanel />
          <FundingChart />
        </>
      )}
    </>
  );
}
