// The map's keys, the same for the WebGL and the SVG map: the map element is one focusable region, labelled at once;
// what the keys do (key-moves.ts) and the features they walk (navigator.ts) are loaded on the map's first focus, so
// the first map does not wait for them. A key pressed before they arrive is kept and done when they do.
import { t } from '../../i18n/t';
import type { AppStore } from '../../state/store';
import type { MapFocus } from '../../state/types';
import type { MapNavigator } from './navigator';
import { announceNote } from './notes';
import type { KeyHandler, KeyPress, MapSurface } from './key-moves';

/** The map's navigator, fetched when the keys or the "Map as text" list first need it. */
export type NavigatorSource = () => Promise<MapNavigator>;

export const KEYS_HINT_ID = 'map-keys-hint';
/** Keys the map may use with no feature focused: kept (default prevented) while the moves are loading. */
const MAP_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '=', '-', '_', '?']);

/** The map element bound last, and how to focus a feature on it (for the "Map as text" list). */
let active: { element: HTMLElement; show(focus: MapFocus): void } | null = null;

export function focusOnMap(focus: MapFocus): void {
  active?.show(focus);
}

export function bindMapKeys(element: HTMLElement, store: AppStore, navigator: NavigatorSource, surface: MapSurface): () => void {
  const hint = document.createElement('p');
  hint.id = KEYS_HINT_ID;
  hint.className = 'visually-hidden';
  // Not inside the map element (the SVG map's element is Preact's to render) but inside its landmark, so that no
  // content of the page sits outside one (axe's `region` rule).
  (element.parentElement?.closest('main, section[aria-label], [role="region"]') ?? document.body).append(hint);
  element.tabIndex = 0;
  element.setAttribute('role', 'application');
  element.setAttribute('aria-describedby', KEYS_HINT_ID);
  element.dataset['mapKeys'] = '';
  const label = (): void => {
    const lang = store.getState().view.lang;
    element.setAttribute('aria-roledescription', t(lang, 'mapRoleDescription'));
    element.setAttribute('aria-label', t(lang, 'mapRegion'));
    hint.textContent = t(lang, 'mapKeysHint');
  };
  label();
  const offLang = store.subscribe((s) => s.view.lang, label);

  let unbound = false;
  let handler: KeyHandler | null = null;
  let loading: Promise<KeyHandler | null> | null = null;
  const ready = (): Promise<KeyHandler | null> =>
    (loading ??= Promise.all([import('./walk'), navigator()]).then(
      ([moves, nav]) => (handler = unbound ? null : moves.createKeyHandler(element, store, nav, surface)),
      (error: unknown) => {
        // Said once in the live region; the next focus or key tries again.
        console.error(error);
        loading = null;
        announceNote(t(store.getState().view.lang, 'partLoadError'));
        return null;
      },
    ));
  active = { element, show: (focus) => void ready().then((h) => h?.show(focus)) };
  const onFocus = (): void => void ready();

  const onKey = (e: KeyboardEvent): void => {
    // In briefing mode the arrows, Home and End belong to the clicker (the story's steps).
    if (e.target !== element || e.altKey || e.ctrlKey || e.metaKey || store.getState().view.mode === 'briefing') return;
    if (handler) {
      if (handler.onKey(e)) e.preventDefault();
      return;
    }
    if (!MAP_KEYS.has(e.key)) return;
    e.preventDefault();
    const press: KeyPress = { key: e.key, shiftKey: e.shiftKey };
    void ready().then((h) => h?.onKey(press));
  };
  // Escape in the details returns to the map, where the focus was (the app-wide key then closes the details).
  const onEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !store.getState().focused) return;
    const inPanel = document.activeElement instanceof Element && document.activeElement.closest('#side-panel');
    if (inPanel) element.focus({ preventScroll: true });
  };
  element.addEventListener('focus', onFocus);
  element.addEventListener('keydown', onKey);
  document.addEventListener('keydown', onEscape, true);
  return () => {
    unbound = true;
    handler?.dispose();
    handler = null;
    offLang();
    element.removeEventListener('focus', onFocus);
    element.removeEventListener('keydown', onKey);
    document.removeEventListener('keydown', onEscape, true);
    hint.remove();
    if (active?.element === element) active = null;
  };
}
