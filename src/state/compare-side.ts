// One side of a comparison as a store of its own: the app's state with the date of side A or B. Every action goes
// to the app's store (the side's state carries the app's actions), so a click or a camera move on either map is one
// change of the one state; the map code and the panels read a side store exactly as they read the app's.
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { AppStore, Store } from './store';
import type { TimeState } from './types';

export type CompareSide = 'a' | 'b';

/** A store that follows `main` with the month of `side` (the app's own date when nothing is compared). */
export function createSideStore(main: AppStore, side: CompareSide): { store: AppStore; destroy(): void } {
  // One time object per (app time, month): selectors and subscribers that compare by identity see no change elsewhere.
  let lastTime: { from: TimeState; month: string; time: TimeState } | null = null;
  const derive = (s: Store): Store => {
    const month = s.compare?.[side] ?? s.time.date;
    if (month === s.time.date) return s;
    if (!lastTime || lastTime.from !== s.time || lastTime.month !== month) lastTime = { from: s.time, month, time: { ...s.time, date: month, playing: false } };
    return { ...s, time: lastTime.time };
  };
  const store = createStore<Store>()(subscribeWithSelector(() => derive(main.getState()))) as AppStore;
  const destroy = main.subscribe((s) => store.setState(derive(s), true));
  return { store, destroy };
}
