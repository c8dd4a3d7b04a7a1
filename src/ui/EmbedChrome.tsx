// Embed mode's minimal chrome: the title, the date (not while comparing: the two maps' labels carry their months),
// and a link to the full map with the same view.
import { useAppState } from './context';
import { encode } from '../state/url';
import { linkState } from '../state/url-sync';
import { formatMonth } from '../i18n/format';
import { t } from '../i18n/t';

export function EmbedChrome() {
  const lang = useAppState((s) => s.view.lang);
  const date = useAppState((s) => s.time.date);
  const comparing = useAppState((s) => s.compare !== null);
  const fullLink = useAppState((s) => {
    const link = linkState(s);
    return `?${encode({ ...link, view: { ...link.view, mode: 'explore' } })}`;
  });
  const href = `${location.pathname.replace(/embed\.html$/, '')}${fullLink}`;
  return (
    <div class="embed-chrome">
      <span class="embed-title">{t(lang, 'appTitle')}</span>
      {!comparing && <span class="embed-date">{formatMonth(lang, date)}</span>}
      <a class="embed-open" href={href} target="_blank" rel="noopener">
        {t(lang, 'openFullMap')}
      </a>
    </div>
  );
}
