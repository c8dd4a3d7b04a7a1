// What a viewer waits for, measured in the page: from an action (a timeline step, a filter change, a briefing step, a
// one-pixel pan) to the map's next `idle`, i.e. the new state drawn (worker tiling and the draw included). The film of
// a playing timeline is page-work.ts (filmPlay), shared with the e2e spec.
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
