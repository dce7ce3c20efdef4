import { describe, expect, it } from 'vitest';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { createFactmarkStore } from './create-store';
import { LOCAL_HOSTS_KEY } from './local-network-slice';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe('a link to the local network', () => {
  it('asks once, opens it when allowed, and does not ask again for that host', async () => {
    const api = fakeApi();
    const storage = memoryStorage();
    const store = createFactmarkStore({ api, storage });
    expect(await store.getState().openUrl('http://10.0.0.5/wiki')).toBe(false);
    expect(store.getState().dialog).toEqual({
      kind: 'local-network',
      host: '10.0.0.5',
      retry: { action: 'open-url', url: 'http://10.0.0.5/wiki' },
    });
    expect(store.getState().notices).toEqual([]); // the question speaks for the refusal

    await store.getState().answerLocalNetwork('10.0.0.5', true, {
      action: 'open-url',
      url: 'http://10.0.0.5/wiki',
    });
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().article?.source.url).toBe('http://10.0.0.5/wiki');
    expect(JSON.parse(storage.items.get(LOCAL_HOSTS_KEY)!)).toEqual(['10.0.0.5']);

    // A new window (a new store) remembers the answer.
    const later = createFactmarkStore({ api, storage });
    expect(await later.getState().openUrl('http://10.0.0.5/other')).toBe(true);
    expect(api.openUrl).toHaveBeenLastCalledWith({
      url: 'http://10.0.0.5/other',
      allowLocalHosts: ['10.0.0.5'],
    });
    // Another host is asked about on its own.
    expect(await later.getState().openUrl('http://192.168.1.1/')).toBe(false);
    expect(later.getState().dialog).toMatchObject({ kind: 'local-network', host: '192.168.1.1' });
  });

  it('opens nothing and remembers nothing when the answer is no', async () => {
    const api = fakeApi();
    const storage = memoryStorage();
    const store = createFactmarkStore({ api, storage });
    await store.getState().openUrl('http://127.0.0.1:8080/');
    await store.getState().answerLocalNetwork('127.0.0.1', false, {
      action: 'open-url',
      url: 'http://127.0.0.1:8080/',
    });
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().article).toBeNull();
    expect(api.openUrl).toHaveBeenCalledTimes(1);
    expect(storage.items.has(LOCAL_HOSTS_KEY)).toBe(false);
  });

  it('asks before reloading an article whose source is on the local network', async () => {
    const article = sampleArticle({
      source: { kind: 'url', url: 'http://intranet.local.test/note', retrievedAt: 'x' },
    });
    const api = fakeApi([article]);
    const store = createFactmarkStore({ api, storage: memoryStorage() });
    await store.getState().openArticle(article.id);
    const from = { kind: 'url' as const, url: 'http://10.1.1.1/note' };
    expect(await store.getState().reloadArticle(from)).toBeNull();
    expect(store.getState().dialog).toEqual({
      kind: 'local-network',
      host: '10.1.1.1',
      retry: { action: 'reload', from },
    });
    await store.getState().answerLocalNetwork('10.1.1.1', true, { action: 'reload', from });
    expect(api.reloadArticle).toHaveBeenLastCalledWith(
      expect.objectContaining({ from, allowLocalHosts: ['10.1.1.1'] }),
    );
    expect(store.getState().notices.at(-1)?.message).toContain('Reloaded');
  });

  it('ignores a stored list that is not one', () => {
    const storage = memoryStorage({ [LOCAL_HOSTS_KEY]: '{"not":"a list"' });
    expect(createFactmarkStore({ api: fakeApi(), storage }).getState().allowedLocalHosts).toEqual(
      [],
    );
  });
});
