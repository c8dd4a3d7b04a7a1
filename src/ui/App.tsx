// The application shell: header, notices, map, side panel and timeline, laid out by mode.
import type { ComponentChildren } from 'preact';
import { useAppState } from './context';
import { Notices } from './Notices';
import { t } from '../i18n/t';
import { usesHighContrast } from '../map/theme';

interface AppProps {
  map: ComponentChildren;
  /** Side panel content per mode. */
  panel: ComponentChildren;
  briefing: ComponentChildren;
  embedCard: ComponentChildren;
  toolbar?: ComponentChildren;
  footer?: ComponentChildren;
  overlays?: ComponentChildren;
  embedChrome?: ComponentChildren;
  liveRegion?: ComponentChildren;
}

export function App({ map, panel, briefing, embedCard, toolbar, footer, overlays, embedChrome, liveRegion }: AppProps) {
  const mode = useAppState((s) => s.view.mode);
  const lang = useAppState((s) => s.view.lang);
  const highContrast = useAppState((s) => usesHighContrast(s.view));
  const hasSelection = useAppState((s) => s.selection !== null);
  return (
    <div class={`app mode-${mode}${highContrast ? ' theme-hc' : ''}`} lang={lang}>
      <a class="skip-link" href="#map-region">
        {t(lang, 'skipToMap')}
      </a>
      <a class="skip-link" href="#side-panel">
        {t(lang, 'skipToPanel')}
      </a>
      {mode === 'explore' && (
        <header class="app-header">
          <div class="app-title">
            <h1>{t(lang, 'appTitle')}</h1>
            <p class="app-subtitle">{t(lang, 'appSubtitle')}</p>
          </div>
          <div class="toolbar">{toolbar}</div>
        </header>
      )}
      {mode !== 'explore' && <h1 class="visually-hidden">{t(lang, 'appTitle')}</h1>}
      <Notices />
      <main class="app-main">
        <section id="map-region" class="map-region" aria-label={t(lang, 'mapRegion')} tabIndex={-1}>
          {map}
          {overlays}
          {mode === 'embed' && embedChrome}
        </section>
        {mode !== 'embed' && (
          <aside id="side-panel" class="side-panel" aria-label={t(lang, 'panelRegion')} tabIndex={-1}>
            {mode === 'briefing' ? briefing : panel}
          </aside>
        )}
        {mode === 'embed' && hasSelection && (
          <aside id="side-panel" class="embed-card" aria-label={t(lang, 'panelRegion')} tabIndex={-1}>
            {embedCard}
          </aside>
        )}
      </main>
      {mode === 'explore' && footer && <footer class="app-footer">{footer}</footer>}
      {liveRegion}
    </div>
  );
}
