import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createUpdateBatching } from './batched-updates';
import { spanOf, storeWithArticle } from './test-helpers';

interface Counter {
  a: number;
  b: number;
  bump(): void;
}

function counterStore() {
  const batching = createUpdateBatching();
  const store = createStore<Counter>()(
    batching.wrap((set, get) => ({
      a: 0,
      b: 0,
      bump: () => {
        set((s) => ({ a: s.a + 1 }));
        set({ b: get().a * 10 });
      },
    })),
  );
  const seen: Counter[] = [];
  store.subscribe((state) => void seen.push(state));
  return { store, batching, seen };
}

describe('batched store updates', () => {
  it('notifies subscribers once for all the sets of a batch, with the last state', () => {
    const { store, batching, seen } = counterStore();
    batching.batch(() => {
      store.getState().bump();
      store.getState().bump();
    });
    expect(seen.map((s) => [s.a, s.b])).toEqual([[2, 20]]);
  });

  it('reads its own sets inside the batch, and nested batches join the outer one', () => {
    const { store, batching, seen } = counterStore();
    const inside = batching.batch(() => {
      store.getState().bump();
      batching.batch(() => store.getState().bump());
      expect(seen).toHaveLength(0);
      return store.getState().a;
    });
    expect(inside).toBe(2);
    expect(seen).toHaveLength(1);
  });

  it('notifies at once outside a batch and not at all for a batch that changes nothing', () => {
    const { store, batching, seen } = counterStore();
    store.getState().bump();
    expect(seen).toHaveLength(2);
    batching.batch(() => store.setState((s) => s));
    expect(seen).toHaveLength(2);
  });

  it('ends the batch when its work throws, keeping what was set before', () => {
    const { store, batching, seen } = counterStore();
    expect(() =>
      batching.batch(() => {
        store.getState().bump();
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(seen).toHaveLength(1);
    store.getState().bump();
    expect(seen).toHaveLength(3);
  });

  it('makes marking a claim one store update (article, history, library row, save queue)', async () => {
    const { store } = await storeWithArticle();
    let updates = 0;
    store.subscribe(() => void updates++);
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'));
    expect(claim).not.toBeNull();
    expect(updates).toBe(1);
    const state = store.getState();
    expect(state.article?.claims).toHaveLength(1);
    expect(state.undoStack).toHaveLength(1);
    expect(state.unsavedArticles[state.article!.id]).toBe(state.article);
    store.getState().undo();
    expect(updates).toBe(2);
    expect(store.getState().article?.claims).toHaveLength(0);
  });
});
