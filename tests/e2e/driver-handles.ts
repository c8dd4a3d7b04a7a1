// The session every driver-*.ts file shares, and the one typed way into the app's test handles (window.__store, window.__map).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { StoreApi } from 'zustand/vanilla';
import type { Actions, Store } from '../../src/state/store';
import type { AppState } from '../../src/state/types';

/** What the test build puts on `window` (src/debug/test-handles.ts): the store always, the map once MapLibre runs. */
export interface TestWindow {
  __store: StoreApi<Store>;
  __map?: MapLibreMap;
}

/** The browser of one test, as the verb files see it. */
export interface Session {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** The test's own temporary folder (the browser profile): downloads land there. */
  profile: string;
  consoleErrors: string[];
  /** Console warnings of the page and its frames. */
  consoleWarnings: string[];
  /** The frame whose app the verbs look at: the page's own, or the iframe of a host page. */
  view(): Frame;
  setView(frame: Frame): void;
}

/** The app's UI state as the store holds it now: its data, without the actions. */
export function readAppState(frame: Frame): Promise<AppState> {
  return frame.evaluate(() => {
    const s = (window as unknown as TestWindow).__store.getState();
    return { view: s.view, time: s.time, filters: s.filters, selection: s.selection, hovered: s.hovered, focused: s.focused, compare: s.compare, notices: s.notices };
  });
}

/** Calls one action of the store, with the arguments its type asks for. */
export async function callAction<K extends keyof Actions>(frame: Frame, name: K, ...args: Parameters<Actions[K]>): Promise<void> {
  await frame.evaluate(
    ([action, values]) => {
      const s = (window as unknown as TestWindow).__store.getState();
      (s[action] as (...a: unknown[]) => void)(...values);
    },
    [name, args as unknown[]] as const,
  );
}
