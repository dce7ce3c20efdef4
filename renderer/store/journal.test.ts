import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFactmarkStore } from './create-store';
import { installJournal, JOURNAL_KEY, recoverJournal } from './journal';
import { ContractError } from '../../shared/contract/result';
import { fakeApi, sampleArticle } from '../testing/fake-api';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}
const noWindow = { addEventListener: () => {}, removeEventListener: () => {} };

describe('recovery journal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps unsaved changes, and a new session saves them', async () => {
    const storage = new MemoryStorage();
    const article = sampleArticle();
    const api = fakeApi([article]);
    api.failing.saveArticle = new ContractError('io', 'disk full');
    const store = createFactmarkStore({ api });
    installJournal(store, storage, noWindow);
    store.getState().queueArticleSave({ ...article, claims: [], title: 'Edited' });
    await vi.advanceTimersByTimeAsync(200);
    expect(JSON.parse(storage.getItem(JOURNAL_KEY)!).articles[0].title).toBe('Edited');

    // The first session dies here. A second one starts with a working host.
    api.failing.saveArticle = null;
    const next = createFactmarkStore({ api });
    installJournal(next, storage, noWindow);
    expect(recoverJournal(next, storage)).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(api.saveArticle).toHaveBeenLastCalledWith(
      expect.objectContaining({ article: expect.objectContaining({ title: 'Edited' }) }),
    );
    await vi.advanceTimersByTimeAsync(200);
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('ignores a journal it cannot read', () => {
    const storage = new MemoryStorage();
    storage.setItem(JOURNAL_KEY, '{"articles": [{"id": 5}]}');
    const store = createFactmarkStore({ api: fakeApi() });
    expect(recoverJournal(store, storage)).toBe(0);
  });
});
