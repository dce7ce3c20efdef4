import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { createFactmarkStore } from './create-store';
import { spanOf, storeWithArticle } from './test-helpers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once, shortly after a burst of changes', async () => {
    const { store, api } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await vi.advanceTimersByTimeAsync(100);
    store.getState().setClaimStatus(claim.id, 'supported');
    await vi.advanceTimersByTimeAsync(100);
    store.getState().setClaimNote(claim.id, 'ok');
    expect(store.getState().saveStatus).toBe('pending');
    await vi.advanceTimersByTimeAsync(300);
    expect(api.saveArticle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(api.saveArticle).toHaveBeenCalledTimes(1);
    const saved = api.saveArticle.mock.calls[0]![0].article;
    expect(saved.claims[0]).toMatchObject({ status: 'supported', note: 'ok' });
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().unsavedArticles).toEqual({});
  });

  it('does not put off saving forever while the user keeps typing', async () => {
    const { store, api } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    for (let i = 0; i < 15; i++) {
      store.getState().setClaimNote(claim.id, 'note '.repeat(i + 1));
      await vi.advanceTimersByTimeAsync(200);
    }
    // 3 s of typing: a save at least every second
    expect(api.saveArticle.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('never writes merely because an article was opened', async () => {
    const article = sampleArticle();
    const api = fakeApi([article]);
    const store = createFactmarkStore({ api });
    await store.getState().loadLibrary();
    await store.getState().loadEntities();
    await store.getState().openArticle(article.id);
    await store.getState().openUrl('https://example.com/llama');
    await store.getState().openText('Some pasted text');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.saveArticle).not.toHaveBeenCalled();
    expect(api.saveEntities).not.toHaveBeenCalled();
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('keeps a change that failed to save, tells the user, and retries', async () => {
    const { store, api, article } = await storeWithArticle();
    api.failing.saveArticle = new ContractError('io', 'library/llama.json: disk full');
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await vi.advanceTimersByTimeAsync(500);
    expect(api.saveArticle).toHaveBeenCalledTimes(1);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().unsavedArticles[article.id]?.claims).toEqual([claim]);
    expect(store.getState().article!.claims).toEqual([claim]);
    const error = store.getState().notices.find((n) => n.kind === 'error');
    expect(error?.message).toMatch(
      /Could not save “Llama 4 🦙 arrives”: library\/llama\.json: disk full/,
    );

    await vi.advanceTimersByTimeAsync(2_000); // first retry, still failing
    expect(api.saveArticle).toHaveBeenCalledTimes(2);
    expect(store.getState().notices.filter((n) => n.kind === 'error')).toHaveLength(1);

    api.failing.saveArticle = null;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.saveArticle).toHaveBeenCalledTimes(3);
    expect(api.articles.get(article.id)?.claims).toEqual([claim]);
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().notices.some((n) => n.kind === 'error')).toBe(false);
  });

  it('keeps unsaved changes of an article the user leaves, and shows them on return', async () => {
    const { store, api, article } = await storeWithArticle();
    api.failing.saveArticle = new ContractError('io', 'disk full');
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await store.getState().openText('Another article', 'Other');
    expect(store.getState().article!.title).toBe('Other');
    await store.getState().openArticle(article.id);
    expect(store.getState().article!.claims).toEqual([claim]);
    api.failing.saveArticle = null;
    expect(await store.getState().flushSaves()).toBe(true);
    expect(api.articles.get(article.id)?.claims).toEqual([claim]);
  });

  it('saves the entity registry before the articles that refer to it', async () => {
    const { store, api } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    const meta = store.getState().createEntity('Meta', 'company')!;
    store.getState().tagEntity({ kind: 'claim', claimId: claim.id }, meta.id);
    await vi.advanceTimersByTimeAsync(500);
    expect(api.saveEntities).toHaveBeenCalledTimes(1);
    expect(api.saveEntities.mock.invocationCallOrder[0]!).toBeLessThan(
      api.saveArticle.mock.invocationCallOrder[0]!,
    );
    expect(api.host.registry.entities.map((e) => e.name)).toEqual(['Meta']);
  });

  it('saves a change made while a save is in flight', async () => {
    const { store, api } = await storeWithArticle();
    let release = () => {};
    api.saveArticle.mockImplementationOnce(
      () => new Promise((resolve) => (release = () => resolve({ savedAt: 'now' }))),
    );
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await vi.advanceTimersByTimeAsync(500);
    store.getState().setClaimStatus(claim.id, 'refuted');
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.saveArticle).toHaveBeenCalledTimes(2);
    expect(api.saveArticle.mock.calls[1]![0].article.claims[0]!.status).toBe('refuted');
    expect(store.getState().unsavedArticles).toEqual({});
  });

  it('flushSaves saves at once', async () => {
    const { store, api } = await storeWithArticle();
    store.getState().markClaim(spanOf(store, 'Meta said'));
    expect(await store.getState().flushSaves()).toBe(true);
    expect(api.saveArticle).toHaveBeenCalledTimes(1);
  });
});
