// Builds a store over a fake host for the store's tests.
import { fakeApi, sampleArticle, type FakeApi } from '../testing/fake-api';
import type { Article } from '../../shared/model/article';
import { createFactmarkStore, type FactmarkStore } from './create-store';

export interface TestStore {
  store: FactmarkStore;
  api: FakeApi;
  article: Article;
}

/** A store with the entity list loaded and one sample article open. */
export async function storeWithArticle(overrides: Partial<Article> = {}): Promise<TestStore> {
  const article = sampleArticle(overrides);
  const api = fakeApi([article]);
  let tick = 0;
  const store = createFactmarkStore({
    api,
    now: () => `2026-04-07T00:00:${String(tick++ % 60).padStart(2, '0')}.000Z`,
    retryDelaysMs: [2000, 5000],
  });
  await store.getState().loadEntities();
  await store.getState().openArticle(article.id);
  return { store, api, article };
}

/** Code-point span of the first occurrence of `quote` in the open article's text. */
export function spanOf(store: FactmarkStore, quote: string): { start: number; end: number } {
  const text = store.getState().article!.text;
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the article`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}
