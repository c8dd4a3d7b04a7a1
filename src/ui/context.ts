// The store and the data model reach components through context; components read the narrowest slice.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppStore, Store } from '../state/store';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

export function useAppState<T>(selector: (s: Store) => T): T {
  return useStore(useAppStore(), selector);
}

export function useAppStateShallow<T>(selector: (s: Store) => T): T {
  return useStore(useAppStore(), useShallow(selector));
}

export function useActions(): Store {
  return useAppStore().getState();
}
