import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFactmarkStore } from './create-store';
import {
  ASIDE_KEY,
  installJournal,
  JOURNAL_KEY,
  OLD_JOURNAL_KEY,
  RECOVERING_KEY,
  recoverJournal,
} from './journal';
import { ContractError } from '../../shared/contract/result';
import { createClaim } from '../../shared/model/annotate';
import type { Article } from '../../shared/model/article';
import type { Claim } from '../../shared/model/annotations';
import { CodePointIndex } from '../../shared/text/code-points';
import { fakeApi, sampleArticle, type FakeApi } from '../testing/fake-api';
import { spanOf } from './test-helpers';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}
const noWindow = { addEventListener: () => {}, removeEventListener: () => {} };

function claimOn(article: Article, quote: string): Claim {
  const text = new CodePointIndex(article.text);
  const at = text.toCodePoint(article.text.indexOf(quote));
  return createClaim(text, at, at + [...quote].length, '2026-04-07T09:00:00.000Z');
}

/** A first session that opens the article, marks a claim and dies before saving it. */
async function sessionThatDies(storage: MemoryStorage, api: FakeApi, article: Article) {
  api.failing.saveAnnotations = new ContractError('io', 'disk full');
  const store = createFactmarkStore({ api });
  installJournal(store, storage, noWindow);
  await store.getState().openArticle(article.id);
  const claim = store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'))!;
  await vi.advanceTimersByTimeAsync(600);
  expect(store.getState().saveStatus).toBe('failed');
  api.failing.saveAnnotations = null;
  return claim;
}

/** The next session, with a working host. */
async function nextSession(storage: MemoryStorage, api: FakeApi) {
  const store = createFactmarkStore({ api });
  installJournal(store, storage, noWindow);
  const count = await recoverJournal(store, storage, api);
  await store.getState().flushSaves();
  return { store, count };
}

describe('recovery journal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps only the change, never the text, and a new session saves it', async () => {
    const storage = new MemoryStorage();
    const article = sampleArticle();
    const api = fakeApi([article]);
    const claim = await sessionThatDies(storage, api, article);

    const raw = storage.getItem(JOURNAL_KEY)!;
    expect(JSON.parse(raw).articles).toEqual([
      expect.objectContaining({ kind: 'patch', articleId: article.id, baseRevision: 0 }),
    ]);
    expect(raw).toContain(claim.quote);
    // Neither the text nor the blocks are journaled.
    expect(raw).not.toContain('"text"');
    expect(raw).not.toContain('"blocks"');

    const { store, count } = await nextSession(storage, api);
    expect(count).toBe(1);
    expect(api.articles.get(article.id)!.claims).toEqual([claim]);
    expect(store.getState().notices.at(-1)!.message).toMatch(/Recovered changes .*Llama 4/);
    await vi.advanceTimersByTimeAsync(500);
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
    expect(storage.getItem(RECOVERING_KEY)).toBeNull();
  });

  it('journals the annotations (still without the text) when no stored version is known', async () => {
    const storage = new MemoryStorage();
    const article = sampleArticle();
    const api = fakeApi([article]);
    api.failing.saveArticle = new ContractError('io', 'disk full');
    const store = createFactmarkStore({ api });
    installJournal(store, storage, noWindow);
    const claim = claimOn(article, 'Meta said');
    store.getState().queueArticleSave({ ...article, claims: [claim] });
    await vi.advanceTimersByTimeAsync(600);
    const entry = JSON.parse(storage.getItem(JOURNAL_KEY)!).articles[0];
    expect(entry).toMatchObject({ kind: 'annotations', claims: [{ id: claim.id }] });
    expect(entry).not.toHaveProperty('text');

    api.failing.saveArticle = null;
    expect((await nextSession(storage, api)).count).toBe(1);
    expect(api.articles.get(article.id)!.claims).toEqual([claim]);
  });

  it('keeps aside, and reports, changes made on a text that was replaced since', async () => {
    const storage = new MemoryStorage();
    const article = sampleArticle();
    const api = fakeApi([article]);
    await sessionThatDies(storage, api, article);
    // Reloaded from its source in the meantime: another text, another hash.
    const reloaded = { ...article, contentHash: `sha256:${'1'.repeat(64)}`, revision: 1 };
    api.articles.set(article.id, reloaded);

    const { store, count } = await nextSession(storage, api);
    expect(count).toBe(0);
    expect(api.saveAnnotations).toHaveBeenCalledTimes(1); // only the first session's attempt
    expect(api.saveArticle).not.toHaveBeenCalled();
    expect(api.articles.get(article.id)).toBe(reloaded);
    const aside = JSON.parse(storage.getItem(ASIDE_KEY)!);
    expect(aside).toEqual([
      expect.objectContaining({
        entry: expect.objectContaining({ articleId: article.id }),
        reason: expect.stringMatching(/text was replaced/),
      }),
    ]);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/“Llama 4 🦙 arrives”.*not applied.*kept aside/),
    });
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('keeps aside the changes of an article that is gone', async () => {
    const storage = new MemoryStorage();
    const article = sampleArticle();
    const api = fakeApi([article]);
    await sessionThatDies(storage, api, article);
    api.articles.delete(article.id);
    const { store } = await nextSession(storage, api);
    expect(JSON.parse(storage.getItem(ASIDE_KEY)!)).toHaveLength(1);
    expect(store.getState().notices.at(-1)!.kind).toBe('error');
  });

  it('keeps both sides when the article was saved elsewhere since', async () => {
    const storage = new MemoryStorage();
    const article = sampleArticle();
    const api = fakeApi([article]);
    const mine = await sessionThatDies(storage, api, article);
    const theirs = claimOn(article, 'Meta said');
    api.articles.set(article.id, { ...article, claims: [theirs], revision: 2 });
    await nextSession(storage, api);
    const stored = api.articles.get(article.id)!;
    expect(stored.claims.map((c) => c.id).sort()).toEqual([mine.id, theirs.id].sort());
    expect(stored.revision).toBe(3);
  });

  it('reads the journal of Factmark 0.1 (whole articles) once', async () => {
    const storage = new MemoryStorage();
    const article = sampleArticle();
    const api = fakeApi([article]);
    const claim = claimOn(article, 'Meta said');
    const edited = { ...article, claims: [claim] };
    storage.setItem(OLD_JOURNAL_KEY, JSON.stringify({ articles: [edited], registry: null }));
    const { count } = await nextSession(storage, api);
    expect(count).toBe(1);
    expect(api.articles.get(article.id)!.claims).toEqual([claim]);
    expect(storage.getItem(OLD_JOURNAL_KEY)).toBeNull();
  });

  it('finishes a recovery that was cut short', async () => {
    const storage = new MemoryStorage();
    const article = sampleArticle();
    const api = fakeApi([article]);
    const claim = await sessionThatDies(storage, api, article);
    // The second session moved the journal aside for recovery and died there.
    storage.setItem(RECOVERING_KEY, storage.getItem(JOURNAL_KEY)!);
    storage.removeItem(JOURNAL_KEY);
    expect((await nextSession(storage, api)).count).toBe(1);
    expect(api.articles.get(article.id)!.claims).toEqual([claim]);
    expect(storage.getItem(RECOVERING_KEY)).toBeNull();
  });

  it('ignores a journal it cannot read', async () => {
    const storage = new MemoryStorage();
    storage.setItem(JOURNAL_KEY, '{"articles": [{"id": 5}]}');
    const api = fakeApi();
    const store = createFactmarkStore({ api });
    expect(await recoverJournal(store, storage, api)).toBe(0);
  });
});
