// The zustand store: the app state (view, time, filters, selection, notices) and its actions in one vanilla store; createAppStore builds a fresh one, so each test has its own.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { defaultState, EMPTY_FILTERS, TIMELINE_END, TIMELINE_START } from './defaults';
import { addMonths, clampMonth } from './month';
import type { AppState, Camera, CompareState, FilterKey, Lang, MapFocus, Mode, Month, OverlayId, Scheme, Selection } from './types';
import { focusHighlight, sameFeature } from './focus';
import { isValidComparison } from '../outside/vocabulary';

export interface Actions {
  setMode(mode: Mode): void;
  setLang(lang: Lang): void;
  setHighContrast(on: boolean): void;
  setScheme(scheme: Scheme): void;
  setSystemDark(dark: boolean): void;
  /** Camera from the map (user gesture) or from the app (link, story step, fly-to). */
  setCamera(camera: Camera, origin: 'map' | 'app'): void;
  toggleOverlay(id: OverlayId): void;
  setOverlay(id: OverlayId, visible: boolean): void;
  setTableOpen(open: boolean): void;
  /** The timeline's month; while comparing, month A's (it moves A, never onto B). */
  setDate(date: Month): void;
  stepDate(deltaMonths: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: 1 | 2 | 4): void;
  toggleFilter(key: FilterKey, value: string): void;
  removeFilter(key: FilterKey, value: string): void;
  clearFilters(): void;
  select(selection: Selection | null): void;
  hover(selection: Selection | null): void;
  /** Moves the map's keyboard focus; it sets the hover highlight too, so focus and hover never disagree. */
  focus(focus: MapFocus | null): void;
  setStory(story: { id: string; step: number } | null): void;
  /** Compares two months (null: back to the one-date map); the timeline goes to month A. A comparison of a month with
   * itself or of months off the timeline is refused: the state stays as it was. */
  setCompare(compare: CompareState | null): void;
  notify(message: string): void;
  dismissNotice(message: string): void;
  /** Replace the whole UI state (URL restore, postMessage, story step). */
  replace(state: Partial<AppState>): void;
}

export type Store = AppState & Actions;
export type AppStore = StoreApi<Store> & {
  subscribe: StoreApi<Store>['subscribe'] & {
    <U>(selector: (s: Store) => U, listener: (next: U, prev: U) => void, options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean }): () => void;
  };
};

/**
 * How the app's store waits for a language: `null` when its messages are here, else a promise that settles once they
 * are (or have failed to arrive). Injected by main.tsx, so state/ does not depend on i18n/.
 */
export type LanguageLoader = (lang: Lang) => Promise<unknown> | null;

export function createAppStore(initial: AppState = defaultState(), loadLanguage?: LanguageLoader): AppStore {
  // The language asked for last: a slower chunk that arrives after a newer choice does not override it.
  let wantedLang: Lang | undefined;
  return createStore<Store>()(
    subscribeWithSelector((plainSet, get) => {
      // A change to a language whose messages have not arrived applies everything else at once and the language when
      // they arrive: no render ever shows a mix of English fallbacks and the new language.
      const set = (partial: Partial<Store> | ((s: Store) => Partial<Store> | Store)): void => {
        const current = get();
        const next = typeof partial === 'function' ? partial(current) : partial;
        const lang = next.view?.lang;
        if (!loadLanguage || !next.view || lang === undefined || lang === current.view.lang) {
          plainSet(next);
          return;
        }
        const waiting = loadLanguage(lang);
        wantedLang = lang;
        if (!waiting) {
          plainSet(next);
          return;
        }
        plainSet({ ...next, view: { ...next.view, lang: current.view.lang } });
        void waiting.then(
          () => {
            if (wantedLang === lang) plainSet((s) => ({ view: { ...s.view, lang } }));
          },
          () => undefined,
        );
      };
      return {
        ...initial,
        setMode: (mode) => set((s) => ({ view: { ...s.view, mode } })),
        setLang: (lang) => {
          // Back to the language shown: a switch still loading is called off.
          if (lang === get().view.lang) wantedLang = undefined;
          set((s) => ({ view: { ...s.view, lang } }));
        },
        setHighContrast: (highContrast) => set((s) => ({ view: { ...s.view, highContrast } })),
        setScheme: (scheme) => set((s) => ({ view: { ...s.view, scheme } })),
        setSystemDark: (systemDark) => set((s) => (s.view.systemDark === systemDark ? s : { view: { ...s.view, systemDark } })),
        setCamera: (camera, cameraOrigin) => set((s) => ({ view: { ...s.view, camera, cameraOrigin } })),
        toggleOverlay: (id) => get().setOverlay(id, !get().view.overlays[id]),
        setOverlay: (id, visible) => set((s) => ({ view: { ...s.view, overlays: { ...s.view.overlays, [id]: visible } } })),
        setTableOpen: (tableOpen) => set((s) => ({ view: { ...s.view, tableOpen } })),
        setDate: (date) =>
          set((s) => {
            const next = clampMonth(date, TIMELINE_START, TIMELINE_END);
            if (!s.compare) return { time: { ...s.time, date: next } };
            // While comparing, the date is month A's (the left-hand map, which the legend and panels follow): the
            // timeline moves A, never onto B.
            if (next === s.compare.b) return {};
            return { time: { ...s.time, date: next }, compare: { ...s.compare, a: next } };
          }),
        stepDate: (delta) => {
          const { time, compare } = get();
          const next = addMonths(time.date, delta);
          // A step that would land A on B goes one month further, past it.
          get().setDate(compare && clampMonth(next, TIMELINE_START, TIMELINE_END) === compare.b ? addMonths(next, Math.sign(delta)) : next);
        },
        setPlaying: (playing) => set((s) => ({ time: { ...s.time, playing } })),
        setSpeed: (speed) => set((s) => ({ time: { ...s.time, speed } })),
        toggleFilter: (key, value) =>
          set((s) => {
            const current = s.filters[key];
            const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
            return { filters: { ...s.filters, [key]: next } };
          }),
        removeFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: s.filters[key].filter((v) => v !== value) } })),
        clearFilters: () => set({ filters: EMPTY_FILTERS }),
        select: (selection) => set({ selection }),
        hover: (hovered) => {
          const prev = get().hovered;
          if (prev?.kind === hovered?.kind && prev?.id === hovered?.id) return;
          // The pointer moving to something else takes the highlight: the keyboard focus gives way rather than disagree.
          const focused = get().focused;
          set(focused && !sameFeature(focusHighlight(focused), hovered) ? { hovered, focused: null } : { hovered });
        },
        focus: (focused) => set({ focused, hovered: focused ? focusHighlight(focused) : get().focused ? null : get().hovered }),
        setStory: (story) => set((s) => ({ view: { ...s.view, story } })),
        // The timeline shows month A while comparing (the left-hand map, which the legend and panels follow).
        setCompare: (compare) => {
          if (compare && !isValidComparison(compare)) return;
          set((s) => (compare ? { compare: { a: compare.a, b: compare.b }, time: { ...s.time, date: compare.a } } : { compare }));
        },
        notify: (message) => set((s) => ({ notices: s.notices.includes(message) ? s.notices : [...s.notices, message] })),
        dismissNotice: (message) => set((s) => ({ notices: s.notices.filter((n) => n !== message) })),
        replace: (state) => set(state),
      };
    }),
  ) as AppStore;
}
