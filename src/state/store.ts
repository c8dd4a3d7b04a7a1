// The zustand store: the app state (view, time, filters, selection, notices) and its actions in one vanilla store; createAppStore builds a fresh one, so each test has its own.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { defaultState, EMPTY_FILTERS, TIMELINE_END, TIMELINE_START } from './defaults';
import { addMonths, clampMonth } from './month';
import type { AppState, Camera, FilterKey, Lang, Mode, Month, OverlayId, Scheme, Selection } from './types';

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
  setDate(date: Month): void;
  stepDate(deltaMonths: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: 1 | 2 | 4): void;
  toggleFilter(key: FilterKey, value: string): void;
  removeFilter(key: FilterKey, value: string): void;
  clearFilters(): void;
  select(selection: Selection | null): void;
  hover(selection: Selection | null): void;
  setStory(story: { id: string; step: number } | null): void;
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

export function createAppStore(initial: AppState = defaultState()): AppStore {
  return createStore<Store>()(
    subscribeWithSelector((set, get) => ({
      ...initial,
      setMode: (mode) => set((s) => ({ view: { ...s.view, mode } })),
      setLang: (lang) => set((s) => ({ view: { ...s.view, lang } })),
      setHighContrast: (highContrast) => set((s) => ({ view: { ...s.view, highContrast } })),
      setScheme: (scheme) => set((s) => ({ view: { ...s.view, scheme } })),
      setSystemDark: (systemDark) => set((s) => (s.view.systemDark === systemDark ? s : { view: { ...s.view, systemDark } })),
      setCamera: (camera, cameraOrigin) => set((s) => ({ view: { ...s.view, camera, cameraOrigin } })),
      toggleOverlay: (id) => get().setOverlay(id, !get().view.overlays[id]),
      setOverlay: (id, visible) => set((s) => ({ view: { ...s.view, overlays: { ...s.view.overlays, [id]: visible } } })),
      setTableOpen: (tableOpen) => set((s) => ({ view: { ...s.view, tableOpen } })),
      setDate: (date) => set((s) => ({ time: { ...s.time, date: clampMonth(date, TIMELINE_START, TIMELINE_END) } })),
      stepDate: (delta) => get().setDate(addMonths(get().time.date, delta)),
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
        set({ hovered });
      },
      setStory: (story) => set((s) => ({ view: { ...s.view, story } })),
      notify: (message) => set((s) => ({ notices: s.notices.includes(message) ? s.notices : [...s.notices, message] })),
      dismissNotice: (message) => set((s) => ({ notices: s.notices.filter((n) => n !== message) })),
      replace: (state) => set(state),
    })),
  ) as AppStore;
}
