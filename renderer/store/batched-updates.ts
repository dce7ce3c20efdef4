// One store update for an action that changes several slices: inside `batch`, the slices' `set`
// calls build up one next state (which their `get` already reads), and the store takes it in a
// single `setState` at the end, so every subscriber (each component's selector, the highlight
// sync, the bindings) runs once per edit instead of once per slice.
import type { StateCreator, StoreApi } from 'zustand/vanilla';

export interface UpdateBatching {
  /** Runs `work` with the store's updates joined into one; nested calls join the outer one. */
  batch<T>(work: () => T): T;
  /** Wraps the store's creator so its `set`, `get` and the store's own API take part. */
  wrap<S>(create: StateCreator<S>): StateCreator<S>;
}

type SetState<S> = StoreApi<S>['setState'];

export function createUpdateBatching(): UpdateBatching {
  let depth = 0;
  /** Flushes the state built up by the running batch (set by `wrap`). */
  let finish: () => void = () => {};

  return {
    batch(work) {
      depth++;
      try {
        return work();
      } finally {
        depth--;
        if (depth === 0) finish();
      }
    },
    wrap<S>(create: StateCreator<S>): StateCreator<S> {
      return (set, get, api) => {
        /** The state as the running batch left it; null outside a batch or before its first set. */
        let draft: S | null = null;
        const read = () => draft ?? get();
        const write: SetState<S> = (partial: Parameters<SetState<S>>[0], replace?: boolean) => {
          if (depth === 0) {
            (set as (p: typeof partial, r?: boolean) => void)(partial, replace);
            return;
          }
          const base = read();
          const next =
            typeof partial === 'function' ? (partial as (s: S) => S | Partial<S>)(base) : partial;
          if (Object.is(next, base)) return;
          draft = replace ? (next as S) : Object.assign({}, base, next);
        };
        finish = () => {
          const built = draft;
          draft = null;
          if (built) (set as (s: S, r: true) => void)(built, true);
        };
        api.setState = write;
        api.getState = read;
        return create(write, read, api);
      };
    },
  };
}
