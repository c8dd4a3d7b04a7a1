// The side panel's content: a country dossier, or the card of a route, mission or funding amount.
import { useActions, useAppState } from '../context';
import { t } from '../../i18n/t';
import { CountryPanel } from './CountryPanel';
import { RoutePanel } from './RoutePanel';
import { MissionPanel } from './MissionPanel';
import { FundingPanel } from './FundingPanel';

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
