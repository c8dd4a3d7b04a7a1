// Wiring only: store from the link, then the app (data, basemap, map, panels) loaded as its own chunk, so that a file
// that fails to arrive ends in a readable message instead of "Loading the map…" for ever.
import { render } from 'preact';
import './ui/styles.css';
import { createAppStore } from './state/store';
import { defaultState } from './state/defaults';
import { applyLink, syncUrl } from './state/url-sync';
import { StoreContext } from './ui/context';
import { LoadError } from './ui/LoadError';
import { t } from './i18n/t';
import { installKeyboard } from './ui/keyboard';
import { connectHost } from './embed/bridge';
import { exposeForTests } from './debug/test-handles';
import { initialRenderer } from './map/renderer';

const root = document.getElementById('app');
if (!root) throw new Error('#app element missing from index.html');

const store = createAppStore(defaultState());
exposeForTests('__store', store);
applyLink(store, location.search);
// embed.html is the single-file build for iframes: it opens in embed mode unless the link names a mode.
const params = new URLSearchParams(location.search);
const embedPage = location.pathname.endsWith('embed.html') && !params.has('mode') && !params.has('embed');
if (embedPage) store.getState().setMode('embed');

// The presenter window (opened from briefing mode) is the same page with ?presenter=1: its own view, no URL sync.
const presenterWindow = params.get('presenter') === '1';
if (presenterWindow) {
  const lang = params.get('lang');
  if (lang === 'fr' || lang === 'de') store.getState().setLang(lang);
  import('./ui/presenter/start')
    .then(({ startPresenter }) => {
      root.replaceChildren();
      render(<StoreContext.Provider value={store}>{startPresenter(store)}</StoreContext.Provider>, root);
    })
    .catch((error: unknown) => {
      console.error(error);
      root.replaceChildren();
      render(<LoadError title={t(store.getState().view.lang, 'loadError')} error={error} lang={store.getState().view.lang} />, root);
    });
} else {
  // MapLibre, the largest chunk, is fetched and compiled while the app and data chunks arrive, not after the model is
  // built (start.tsx asks for the same module; a failure is handled there, by the SVG map).
  if (initialRenderer() === 'webgl') import('./map/controller').catch(() => undefined);
  import('./start')
    .then(({ startApp }) => startApp(store))
    .then(({ app, known, stories }) => {
      // Re-read the link now that the dataset can tell known ids from unknown ones.
      store.getState().replace({ notices: [] });
      applyLink(store, location.search, known);
      if (embedPage) store.getState().setMode('embed');
      root.replaceChildren();
      render(<StoreContext.Provider value={store}>{app}</StoreContext.Provider>, root);
      syncUrl(store, known);
      installKeyboard(store);
      if (store.getState().view.mode === 'embed' || window.parent !== window) connectHost(store, known, stories);
    })
    .catch((error: unknown) => {
      console.error(error);
      const lang = store.getState().view.lang;
      root.replaceChildren();
      render(<LoadError title={t(lang, 'loadError')} error={error} lang={lang} />, root);
    });
}
