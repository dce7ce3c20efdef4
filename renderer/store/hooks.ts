// React access to the store: components select single values, or use `useShallow` for objects.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { FactmarkStore } from './create-store';
import type { FactmarkState } from './types';

export const StoreContext = createContext<FactmarkStore | null>(null);

export function useFactmarkStore(): FactmarkStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useFactmarkStore: no StoreContext provider above this component.');
  return store;
}

export function useFactmark<T>(selector: (state: FactmarkState) => T): T {
  return useStore(useFactmarkStore(), selector);
}
