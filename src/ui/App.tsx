// The application shell: header, notices, map, side panel and timeline, laid out by mode.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { useAppState, useAppStore } from './context';
import { isDark, watchSystemScheme } from '../state/scheme';
import './theme-dark.css';
import './phone.css';
import { Notices } from './Notices';
import { t } from '../i18n/t';
import { usesHighContrast } from '../state/scheme';
import { direction } from '../i18n/languages';

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
  const dark = useAppState(isDark);
  const comparing = useAppState((s) => s.compare !== null);
  const store = useAppStore();
  useEffect(() => watchSystemScheme(store), [store]);
  // Phones: the toolbar folds into a menu, and the panel is a sheet over the map, raised when something is selected.
  const [menuOpen, setMenuOpen] = useState(false);
  const selectionKey = useAppState((s) => (s.selection ? `${s.selection.kind}:${s.selection.id}` : ''));
  const [sheetRaised, setSheetRaised] = useState(false);
  useEffect(() => setSheetRaised(selectionKey !== ''), [selectionKey]);
  // A layout effect: the key is bound when the open menu is committed, not after the next frame (a busy map can delay
  // that frame, and an Escape pressed in between would clear the selection and leave the menu open).
  useLayoutEffect(() => {
    if (!menuOpen) return undefined;
    // Escape closes the open menu only: it does not also reach the app-wide key that clears the selection.
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [menuOpen]);
  return (
    <div class={`app mode-${mode}${highContrast ? ' theme-hc' : ''}${dark ? ' theme-dark' : ''}${comparing ? ' comparing' : ''}`} lang={lang} dir={direction(lang)}>
      <a class="skip-link" href="#map-region">
        {t(lang, 'skipToMap')}
      </a>
      {/* The embed shows its panel only with a selection: no link to a panel that is not there. */}
      {(mode !== 'embed' || hasSelection) && (
        <a class="skip-link" href="#side-panel">
          {t(lang, 'skipToPanel')}
        </a>
      )}
      {mode === 'explore' && (
        <header class="app-header">
          <div class="app-title">
            <h1>{t(lang, 'appTitle')}</h1>
            <p class="app-subtitle">{t(lang, 'appSubtitle')}</p>
          </div>
          <button type="button" class="menu-toggle button" aria-expanded={menuOpen} aria-controls="app-toolbar" onClick={() => setMenuOpen(!menuOpen)}>
            {t(lang, 'menu')}
          </button>
          <div
            id="app-toolbar"
            class={`toolbar${menuOpen ? ' open' : ''}`}
            onClick={(e) => {
              // An action closes the menu; not the share button, whose dialog lives in the menu (a hidden menu would hide it).
              const button = (e.target as Element).closest('button');
              if (button && !button.closest('dialog') && !button.hasAttribute('aria-haspopup')) setMenuOpen(false);
            }}
          >
            {toolbar}
          </div>
        </header>
      )}
      <main class="app-main">
        {/* Without the header, the page's heading sits in the main landmark (axe: all content in landmarks). */}
        {mode !== 'explore' && <h1 class="visually-hidden">{t(lang, 'appTitle')}</h1>}
        <section id="map-region" class="map-region" aria-label={t(lang, 'mapRegion')} tabIndex={-1}>
          {/* Over the top of the map, not above it: a notice must not resize the map (a full redraw, issue 38). */}
          <Notices />
          {map}
          {overlays}
          {mode === 'embed' && embedChrome}
        </section>
        {mode !== 'embed' && (
          <aside id="side-panel" class={`side-panel${sheetRaised ? ' sheet-raised' : ''}`} aria-label={t(lang, 'panelRegion')} tabIndex={-1}>
            {mode === 'explore' && (
              <button type="button" class="sheet-handle" aria-expanded={sheetRaised} aria-controls="side-panel" onClick={(e) => {
                  // Lowered, the sheet shows its top (the search and the dossier's title), not where it was scrolled to.
                  if (sheetRaised) e.currentTarget.parentElement?.scrollTo({ top: 0 });
                  setSheetRaised(!sheetRaised);
                }}>
                {t(lang, sheetRaised ? 'lowerSheet' : 'raiseSheet')}
              </button>
            )}
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
