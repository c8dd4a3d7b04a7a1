// What a viewer waits for, measured in the page: from an action (a timeline step, a filter change, a briefing step, a
// one-pixel pan) to the map's next `idle`, i.e. the new state drawn (worker tiling and the draw included); and how
// many months a playing timeline actually paints.
import type { Page } from 'playwright-core';

export type PaintedAction = 'step' | 'filter' | 'briefing' | 'pan';

type MapHandle = { once(e: 'idle', f: () => void): void; on(e: 'render', f: () => void): void; off(e: 'render', f: () => void): void; loaded(): boolean; triggerRepaint(): void; panBy(offset: [number, number], options: { duration: number }): void };
type StoreHandle = {
  getState(): {
    stepDate(n: number): void;
    setDate(d: string): void;
    toggleFilter(k: string, v: string): void;
    setMode(m: string): void;
    setSpeed(s: number): void;
    setPlaying(p: boolean): void;
    time: { date: string };
  };
  subscribe(f: (s: { time: { date: string } }) => void): () => void;
};

/**
 * Milliseconds from each action to the map's next `idle` (the action's state drawn), `count` times. Briefing steps go
 * forward through the first story with PageDown, as a clicker does; the page is opened with reduced motion, so a
 * step's camera jumps instead of flying: the figure is the state change and the redraw at the new camera, without the
 * flight animation (which takes its own 1.2 s by design).
 */
export async function actionToPainted(page: Page, action: PaintedAction, count: number): Promise<number[]> {
  return page.evaluate(
    async ([kind, n]) => {
      const w = window as unknown as { __map: MapHandle; __store?: StoreHandle };
      const map = w.__map;
      // No named function in here: tsx would wrap it in a helper that does not exist in the page.
      const settle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
      map.triggerRepaint();
      await settle;
      const store = w.__store;
      if (kind === 'briefing') {
        store?.getState().setMode('briefing');
        const ready = new Promise<void>((resolve) => map.once('idle', () => resolve()));
        map.triggerRepaint();
        await ready;
      }
      if (kind === 'step') store?.getState().setDate('2014-01');
      const times: number[] = [];
      for (let i = 0; i < (n as number); i++) {
        const painted = new Promise<void>((resolve) => map.once('idle', () => resolve()));
        const t0 = performance.now();
        if (kind === 'step') store?.getState().stepDate(i % 48 < 24 ? 1 : -1);
        else if (kind === 'filter') store?.getState().toggleFilter('instruments', 'humanitarian-aid');
        else if (kind === 'briefing') window.dispatchEvent(new KeyboardEvent('keydown', { key: i % 8 < 4 ? 'PageDown' : 'PageUp', bubbles: true }));
        else map.panBy([i % 2 === 0 ? 1 : -1, 0], { duration: 0 });
        // An action that changes nothing on the map still ends in one drawn frame.
        map.triggerRepaint();
        await painted;
        times.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      return times;
    },
    [action, count] as const,
  );
}

export interface PlayFigures {
  speed: number;
  /** Months the timeline moved per second, and months drawn completely (all sources loaded) per second. */
  advancedPerSecond: number;
  paintedPerSecond: number;
  /** Months the timeline passed through that were never drawn completely. */
  dropped: number;
}

/** Plays the timeline from 2010-01 at `speed` for `seconds` and counts the months drawn completely. */
export async function playFigures(page: Page, speed: number, seconds: number): Promise<PlayFigures> {
  return page.evaluate(
    async ([sp, secs]) => {
      const w = window as unknown as { __map: MapHandle; __store: StoreHandle };
      const { __map: map, __store: store } = w;
      store.getState().setPlaying(false);
      store.getState().setDate('2010-01');
      await new Promise<void>((r) => {
        map.once('idle', () => r());
        map.triggerRepaint();
      });
      const advanced = new Set<string>();
      const painted = new Set<string>();
      const unsubscribe = store.subscribe((s) => advanced.add(s.time.date));
      // Kept in an array, not a named constant: tsx would wrap a named function in a helper the page does not have.
      const handlers: Array<() => void> = [];
      handlers.push(() => {
        if (map.loaded()) painted.add(store.getState().time.date);
      });
      map.on('render', handlers[0]!);
      store.getState().setSpeed(sp as number);
      store.getState().setPlaying(true);
      await new Promise((r) => setTimeout(r, (secs as number) * 1000));
      store.getState().setPlaying(false);
      unsubscribe();
      map.off('render', handlers[0]!);
      const seen = [...advanced];
      return {
        speed: sp as number,
        advancedPerSecond: seen.length / (secs as number),
        paintedPerSecond: seen.filter((d) => painted.has(d)).length / (secs as number),
        dropped: seen.filter((d) => !painted.has(d)).length,
      };
    },
    [speed, seconds] as const,
  );
}
