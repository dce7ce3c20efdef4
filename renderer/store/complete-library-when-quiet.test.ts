import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '../../shared/model/article';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { completeLibraryWhenQuiet } from './complete-library-when-quiet';
import { createFactmarkStore } from './create-store';
import { LIBRARY_FIRST_PAGE } from './library-slice';

/** A store over a library longer than its first screen, and its api. */
function largeLibrary() {
  const articles = Array.from({ length: LIBRARY_FIRST_PAGE + 10 }, () => sampleArticle());
  const api = fakeApi(articles);
  api.listLibrary.mockImplementation(async ({ limit }) => {
    const all = articles.map(summarize);
    return limit === undefined
      ? { articles: all, problems: [] }
      : { articles: all.slice(0, limit), problems: [], total: all.length };
  });
  return { api, articles, store: createFactmarkStore({ api }) };
}

const wholeListsAsked = (api: ReturnType<typeof fakeApi>) =>
  api.listLibrary.mock.calls.filter(([input]) => input.limit === undefined).length;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('completeLibraryWhenQuiet', () => {
  it('waits for the first screen, then for a pause in opening articles', async () => {
    const { api, articles, store } = largeLibrary();
    completeLibraryWhenQuiet(store, { quietMs: 1000, maxWaitMs: 10_000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(api.listLibrary).not.toHaveBeenCalled(); // nothing shown yet: nothing to complete
    await store.getState().loadLibrary();
    await vi.advanceTimersByTimeAsync(600);
    await store.getState().openArticle(articles[3]!.id);
    await vi.advanceTimersByTimeAsync(600);
    expect(wholeListsAsked(api)).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(wholeListsAsked(api)).toBe(1);
    expect(store.getState().libraryComplete).toBe(true);
  });

  it('does not wait longer than maxWaitMs for a busy user', async () => {
    const { api, articles, store } = largeLibrary();
    completeLibraryWhenQuiet(store, { quietMs: 1000, maxWaitMs: 3000 });
    await store.getState().loadLibrary();
    for (let i = 0; i < 6; i++) {
      await store.getState().openArticle(articles[i]!.id);
      await vi.advanceTimersByTimeAsync(600);
    }
    expect(wholeListsAsked(api)).toBe(1);
  });

  it('asks for nothing when the first screen was the whole library, or once stopped', async () => {
    const small = fakeApi([sampleArticle()]);
    const store = createFactmarkStore({ api: small });
    completeLibraryWhenQuiet(store);
    await store.getState().loadLibrary();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(small.listLibrary).toHaveBeenCalledTimes(1);

    const large = largeLibrary();
    completeLibraryWhenQuiet(large.store)();
    await large.store.getState().loadLibrary();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(wholeListsAsked(large.api)).toBe(0);
  });
});
