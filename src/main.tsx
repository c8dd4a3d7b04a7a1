// Wiring only: store from the link, then the app (data, basemap, map, panels) loaded as its own chunk, so that a file
// that fails to arrive ends in a readable message instead of "Loading the map…" for ever.
import { render } from 'preact';
import './ui/styles.css';
import { createAppStore } from './state/store';
import { defaultState } from './state/defaults';
import { applyLink, syncUrl } from './state/url-sync';
import { StoreContext } from './context';
import { LoadError } from './ui/LoadError';
import { t } from './i18n/t';
import { applyDocumentLanguage, isLang, LANG_NAMES } from './i18n/languages';
import { describeProblems } from './i18n/problems';
import type { Problem } from './outside/problem';
import { isLanguageLoaded, loadLanguage } from './i18n/catalogues';
import type { Lang } from './state/types';
import { installKeyboard } from './ui/keyboard';
import { connectHost } from './embed/bridge';
import { exposeForTests, TEST_HANDLES } from './debug/test-handles';
import { installWorkCounters } from './debug/work-counters';
import { initialRenderer } from './map/renderer';
import { holdMapAhead, takeMapAhead } from './map/map-ahead';

const root = document.getElementById('app');
if (!root) throw new Error('#app element missing from index.html');

// A language other than English arrives as its own chunk; the store shows it once it is here. If it cannot arrive the
// page stays in the language it had, and says so.
let languageArrival: Promise<unknown> = Promise.resolve();
const arrivalOf = (lang: Lang): Promise<unknown> | null => {
  if (isLanguageLoaded(lang)) return null;
  languageArrival = loadLanguage(lang).catch((error: unknown) => {
    console.warn(`The ${lang} messages did not load:`, error);
    const shown = store.getState().view.lang;
    store.getState().notify(t(shown, 'languageLoadError', { language: LANG_NAMES[lang] }));
    throw error;
  });
  return languageArrival;
};
const store = createAppStore(defaultState(), arrivalOf);
// The first render waits for the link's language, so a French link never shows English first.
const startLanguage = (): Promise<unknown> => languageArrival.catch(() => undefined);
if (TEST_HANDLES) exposeForTests('__store', store);
// Problems with the link, worded in the language on screen when the notice is made.
const describe = (problems: readonly Problem[]): string[] => describeProblems(store.getState().view.lang, problems);
applyLink(store, location.search, undefined, describe);
// The page's language and title follow the store's language (i18n/ knows no store).
applyDocumentLanguage(store.getState().view.lang);
store.subscribe((s) => s.view.lang, (lang) => applyDocumentLanguage(lang));
// Test builds only: count renders and WebGL programs from the start (the bench's and CI's ceilings on work).
if (TEST_HANDLES) installWorkCounters(() => store.getState().time.date);
// embed.html is the single-file build for iframes: it opens in embed mode unless the link names a mode.
const params = new URLSearchParams(location.search);
const embedPage = location.pathname.endsWith('embed.html') && !params.has('mode') && !params.has('embed');
if (embedPage) store.getState().setMode('embed');

// The presenter window (opened from briefing mode) is the same page with ?presenter=1: its own view, no URL sync.
const presenterWindow = params.get('presenter') === '1';
if (presenterWindow) {
  const lang = params.get('lang');
  if (isLang(lang)) store.getState().setLang(lang);
  Promise.all([import('./ui/presenter/start'), startLanguage()])
    .then(([{ startPresenter }]) => {
      if (isLang(lang)) store.getState().setLang(lang);
      root.replaceChildren();
      render(<StoreContext.Provider value={store}>{startPresenter(store)}</StoreContext.Provider>, root);
    })
    .catch((error: unknown) => {
      console.error(error);
      root.replaceChildren();
      render(<LoadError title={t(store.getState().view.lang, 'loadError')} error={error} lang={store.getState().view.lang} />, root);
    });
} else {
  // The map starts at once, with the basemap alone, in a hidden element of the page's size: its WebGL set-up and the
  // basemap's tiling run while the data and panels arrive, and start.tsx adopts it and adds the overlays. A link that
  // opens a comparison makes its two maps there. A map that cannot start here is made (or given up for SVG) there.
  let mapStarted: Promise<unknown> = Promise.resolve();
  if (initialRenderer() === 'webgl') {
    if (store.getState().compare === null) {
      const ahead = Promise.all([import('./map/controller'), import('./map/basemap-data')])
        .then(([{ startMapAhead }, { appBasemap }]) => startMapAhead(store, appBasemap()))
        .catch(() => null);
      holdMapAhead(ahead);
      mapStarted = ahead;
    } else import('./map/controller').catch(() => undefined);
  }
  // The app's own modules are asked for once the map has started: the map's load is the page's longest path, and
  // evaluating the app's modules and building its model first put the map's creation about 250 ms later than a bare
  // MapLibre page's (issue 36's load ratio). They then run while MapLibre's worker tiles the basemap.
  Promise.all([mapStarted.then(() => import('./start')), startLanguage()])
    .then(([{ startApp }]) => startApp(store))
    .then(({ app, known, stories }) => {
      // Re-read the link now that the dataset can tell known ids from unknown ones.
      store.getState().replace({ notices: [] });
      applyLink(store, location.search, known, describe);
      if (embedPage) store.getState().setMode('embed');
      root.replaceChildren();
      render(<StoreContext.Provider value={store}>{app}</StoreContext.Provider>, root);
      syncUrl(store, known, describe);
      installKeyboard(store);
      if (store.getState().view.mode === 'embed' || window.parent !== window) connectHost(store, known, stories, { describe });
    })
    .catch((error: unknown) => {
      void takeMapAhead()?.then((ahead) => ahead?.discard());
      console.error(error);
      const lang = store.getState().view.lang;
      root.replaceChildren();
      render(<LoadError title={t(lang, 'loadError')} error={error} lang={lang} />, root);
    });
}
