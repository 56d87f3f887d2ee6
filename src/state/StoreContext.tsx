import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { browserStore } from './browserStore';
import type { AppState, AppStore } from './store';

const StoreContext = createContext<AppStore | null>(null);

/** Gives the components below a store; without one they use the page's browser store. */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for calling actions (`useAppStoreApi().getState().dispatch(...)`). */
export function useAppStoreApi(): AppStore {
  return useContext(StoreContext) ?? browserStore();
}

/** Reads one value from the store; re-renders only when that value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
