// The store, the validated data model and the view selectors reach Preact components (ui/ and the SVG map alike) through
// context; components read the narrowest slice.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStore } from 'zustand';
import type { AppStore, Store } from './state/store';
import type { Model } from './data/model';
import type { ViewSelectors } from './selectors/view';
import type { World } from './outside/vocabulary';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

export function useAppState<T>(selector: (s: Store) => T): T {
  return useStore(useAppStore(), selector);
}

export function useActions(): Store {
  return useAppStore().getState();
}

export interface ModelContextValue {
  model: Model;
  views: ViewSelectors;
  /** Which ids are real (records, basemap countries, bundled stories): what comes from outside is checked against it. */
  world?: World;
}

export const ModelContext = createContext<ModelContextValue | null>(null);

export function useModel(): ModelContextValue {
  const value = useContext(ModelContext);
  if (!value) throw new Error('ModelContext is missing');
  return value;
}
