// Keeps the address bar in step with the store: meaningful changes push history, camera moves replace it.
import type { AppStore } from './store';
import { decode, encode, type KnownIds, type LinkState } from './url';
import type { AppState } from './types';
import { plainProblems, type DescribeProblems } from '../outside/problem';

export function linkState(s: AppState): LinkState {
  const { mode, lang, highContrast, scheme, camera, overlays, tableOpen, story } = s.view;
  return { view: { mode, lang, highContrast, scheme, camera, overlays, tableOpen, story }, time: { date: s.time.date }, filters: s.filters, compare: s.compare, selection: s.selection };
}

/** Everything but the camera: a change here is a step in history. */
function meaningfulKey(s: LinkState): string {
  return encode({ ...s, view: { ...s.view, camera: { lon: 0, lat: 0, zoom: 0 } } });
}

/** Applies a link; each ignored parameter becomes a notice worded by `describe` (in the reader's language). */
export function applyLink(store: AppStore, search: string, known?: KnownIds, describe: DescribeProblems = plainProblems): void {
  const { state, problems } = decode(search, known);
  const current = store.getState();
  store.getState().replace({
    view: { ...current.view, ...state.view, cameraOrigin: 'app' },
    time: { ...current.time, date: state.time.date, playing: false },
    filters: state.filters,
    compare: state.compare,
    selection: state.selection,
  });
  for (const n of describe(problems)) store.getState().notify(n);
}

export function syncUrl(store: AppStore, known?: KnownIds, describe: DescribeProblems = plainProblems): () => void {
  let lastMeaningful = meaningfulKey(linkState(store.getState()));
  // The query last read or written: a history step that keeps it (a fragment pasted into the address bar, or Back
  // over one) has no view to re-apply.
  let lastSearch = location.search;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    const s = store.getState();
    const link = linkState(s);
    const query = `?${encode(link)}`;
    if (query === location.search) return;
    const key = meaningfulKey(link);
    try {
      // While the timeline plays, each frame replaces the entry: history holds stops, not frames.
      if (key !== lastMeaningful && !s.time.playing) history.pushState(null, '', query);
      else history.replaceState(null, '', query);
    } catch {
      // Sandboxed iframes may refuse history writes; the view still works.
    }
    lastSearch = location.search;
    lastMeaningful = key;
  };
  const unsubscribe = store.subscribe(
    (s) => encode(linkState(s)),
    () => {
      clearTimeout(timer);
      timer = setTimeout(write, 250);
    },
  );
  const onPop = (): void => {
    // A change of the fragment alone (a story link pasted into the address bar) fires popstate too: the query is
    // unchanged, and re-reading it would undo what the fragment opens, fly the map to where it is (a redraw of every
    // frame for a second) and repeat the query's notices. The query as first given need not read as the app writes it.
    if (location.search === lastSearch || location.search === `?${encode(linkState(store.getState()))}`) return;
    lastSearch = location.search;
    applyLink(store, location.search, known, describe);
    lastMeaningful = meaningfulKey(linkState(store.getState()));
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('popstate', onPop);
  };
}
