import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { createFactmarkStore } from './create-store';
import { spanOf, storeWithArticle } from './test-helpers';
import type { Article } from '../../shared/model/article';
import type { Claim } from '../../shared/model/annotations';
import { createClaim } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';

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
    expect(api.saveAnnotations).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(api.saveAnnotations).toHaveBeenCalledTimes(1);
    const sent = api.saveAnnotations.mock.calls[0]![0].patch;
    expect(sent.claims.upsert[0]).toMatchObject({ status: 'supported', note: 'ok' });
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
    expect(api.saveAnnotations.mock.calls.length).toBeGreaterThanOrEqual(2);
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
    expect(api.saveAnnotations).not.toHaveBeenCalled();
    expect(api.saveEntities).not.toHaveBeenCalled();
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('keeps a change that failed to save, tells the user, and retries', async () => {
    const { store, api, article } = await storeWithArticle();
    api.failing.saveAnnotations = new ContractError('io', 'library/llama.json: disk full');
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await vi.advanceTimersByTimeAsync(500);
    expect(api.saveAnnotations).toHaveBeenCalledTimes(1);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().unsavedArticles[article.id]?.claims).toEqual([claim]);
    expect(store.getState().article!.claims).toEqual([claim]);
    const error = store.getState().notices.find((n) => n.kind === 'error');
    expect(error?.message).toMatch(
      /Could not save “Llama 4 🦙 arrives”: library\/llama\.json: disk full/,
    );

    await vi.advanceTimersByTimeAsync(2_000); // first retry, still failing
    expect(api.saveAnnotations).toHaveBeenCalledTimes(2);
    expect(store.getState().notices.filter((n) => n.kind === 'error')).toHaveLength(1);

    api.failing.saveAnnotations = null;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.saveAnnotations).toHaveBeenCalledTimes(3);
    expect(api.saveArticle).not.toHaveBeenCalled();
    expect(api.articles.get(article.id)?.claims).toEqual([claim]);
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().notices.some((n) => n.kind === 'error')).toBe(false);
  });

  it('keeps unsaved changes of an article the user leaves, and shows them on return', async () => {
    const { store, api, article } = await storeWithArticle();
    api.failing.saveAnnotations = new ContractError('io', 'disk full');
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await store.getState().openText('Another article', 'Other');
    expect(store.getState().article!.title).toBe('Other');
    await store.getState().openArticle(article.id);
    expect(store.getState().article!.claims).toEqual([claim]);
    api.failing.saveAnnotations = null;
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
      api.saveAnnotations.mock.invocationCallOrder[0]!,
    );
    expect(api.host.registry.entities.map((e) => e.name)).toEqual(['Meta']);
  });

  it('saves a change made while a save is in flight', async () => {
    const { store, api } = await storeWithArticle();
    let release = () => {};
    const save = api.saveAnnotations.getMockImplementation()!;
    api.saveAnnotations.mockImplementationOnce(
      (input) => new Promise((resolve) => (release = () => resolve(save(input)))),
    );
    const claim = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await vi.advanceTimersByTimeAsync(500);
    store.getState().setClaimStatus(claim.id, 'refuted');
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.saveAnnotations).toHaveBeenCalledTimes(2);
    const second = api.saveAnnotations.mock.calls[1]![0];
    expect(second.baseRevision).toBe(1);
    expect(second.patch.claims.upsert.map((c) => c.status)).toEqual(['refuted']);
    expect(store.getState().unsavedArticles).toEqual({});
  });

  it('flushSaves saves at once', async () => {
    const { store, api } = await storeWithArticle();
    store.getState().markClaim(spanOf(store, 'Meta said'));
    expect(await store.getState().flushSaves()).toBe(true);
    expect(api.saveAnnotations).toHaveBeenCalledTimes(1);
  });
});

describe('saving only what changed', () => {
  /** A claim made elsewhere (another tab) on the sample article's text. */
  function claimOn(article: Article, quote: string): Claim {
    const text = new CodePointIndex(article.text);
    const at = text.toCodePoint(article.text.indexOf(quote));
    return createClaim(text, at, at + [...quote].length, '2026-04-07T09:00:00.000Z');
  }

  it('sends each change as a patch based on the revision the last one stored', async () => {
    const { store, api, article } = await storeWithArticle();
    const first = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await store.getState().flushSaves();
    store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'));
    await store.getState().flushSaves();
    store.getState().removeClaim(first.id);
    await store.getState().flushSaves();

    const calls = api.saveAnnotations.mock.calls.map(([input]) => input);
    expect(calls.map((c) => c.baseRevision)).toEqual([0, 1, 2]);
    expect(calls.map((c) => c.patch.claims.upsert.length)).toEqual([1, 1, 0]);
    expect(calls[2]!.patch.claims.remove).toEqual([first.id]);
    expect(calls.every((c) => c.contentHash === article.contentHash)).toBe(true);
    expect(api.saveArticle).not.toHaveBeenCalled();
    expect(api.articles.get(article.id)!.claims).toEqual(store.getState().article!.claims);
    expect(store.getState().knownRevision(article.id)).toBe(3);
  });

  it('sends nothing when an undo brings the article back to what is stored', async () => {
    const { store, api } = await storeWithArticle();
    store.getState().markClaim(spanOf(store, 'Meta said'));
    store.getState().undo();
    expect(await store.getState().flushSaves()).toBe(true);
    expect(api.saveAnnotations).not.toHaveBeenCalled();
    expect(api.saveArticle).not.toHaveBeenCalled();
    expect(store.getState().unsavedArticles).toEqual({});
  });

  it('saves the whole article when the patch does not add up to what the host has', async () => {
    const { store, api, article } = await storeWithArticle();
    // The stored file changed behind this tab's back without a new revision (edited by hand).
    api.articles.set(article.id, { ...article, claims: [claimOn(article, 'Llama 4')] });
    const mine = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    expect(await store.getState().flushSaves()).toBe(true);
    expect(api.saveAnnotations).toHaveBeenCalledTimes(1);
    expect(api.saveArticle).toHaveBeenCalledTimes(1);
    expect(api.articles.get(article.id)!.claims).toEqual([mine]);
  });

  it('keeps both sides when another tab saved first, and patches from its revision', async () => {
    const { store, api, article } = await storeWithArticle();
    const theirs = claimOn(article, 'Llama 4');
    api.articles.set(article.id, { ...article, claims: [theirs], revision: 3 });
    const mine = store.getState().markClaim(spanOf(store, 'Meta said'))!;
    await vi.advanceTimersByTimeAsync(2_000);
    const calls = api.saveAnnotations.mock.calls.map(([input]) => input);
    expect(calls.map((c) => c.baseRevision)).toEqual([0, 3]);
    expect(calls[1]!.patch.claims.upsert).toEqual([mine]);
    const stored = api.articles.get(article.id)!;
    expect(stored.claims.map((c) => c.id).sort()).toEqual([theirs.id, mine.id].sort());
    expect(stored.revision).toBe(4);
    expect(store.getState().article!.claims).toHaveLength(2);
    expect(store.getState().notices.at(-1)!.message).toMatch(/also changed in another tab/);
  });

  it('patches from the version read when the article is opened again after another tab saved', async () => {
    const { store, api, article } = await storeWithArticle();
    store.getState().markClaim(spanOf(store, 'Meta said'));
    await store.getState().flushSaves();
    await store.getState().openText('Another article', 'Other');
    const theirs = claimOn(article, 'Llama 4');
    const stored = api.articles.get(article.id)!;
    api.articles.set(article.id, { ...stored, claims: [...stored.claims, theirs], revision: 5 });
    await store.getState().openArticle(article.id);
    store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'));
    await store.getState().flushSaves();
    const last = api.saveAnnotations.mock.calls.at(-1)![0];
    expect(last.baseRevision).toBe(5);
    expect(last.patch.claims.upsert).toHaveLength(1);
    expect(api.articles.get(article.id)!.claims).toHaveLength(3);
    expect(store.getState().notices.some((n) => /another tab/.test(n.message))).toBe(false);
  });

  it('patches from the reloaded article after a reload', async () => {
    const { store, api, article } = await storeWithArticle({ revision: 2 });
    const reloaded: Article = { ...article, contentHash: `sha256:${'2'.repeat(64)}`, revision: 3 };
    api.articles.set(article.id, reloaded);
    api.reloadArticle.mockResolvedValueOnce({
      article: reloaded,
      counts: { anchored: 0, drifted: 0, orphaned: 0, unchanged: false },
    });
    await store.getState().reloadArticle();
    store.getState().markClaim(spanOf(store, 'Meta said'));
    await store.getState().flushSaves();
    expect(api.saveAnnotations.mock.calls.at(-1)![0]).toMatchObject({
      baseRevision: 3,
      contentHash: reloaded.contentHash,
    });
    expect(api.saveArticle).not.toHaveBeenCalled();
  });

  it('saves the whole article when no stored version of it is known here', async () => {
    const article = sampleArticle();
    const api = fakeApi([article]);
    const store = createFactmarkStore({ api });
    store.getState().queueArticleSave({ ...article, claims: [claimOn(article, 'Meta said')] });
    expect(await store.getState().flushSaves()).toBe(true);
    expect(api.saveArticle).toHaveBeenCalledTimes(1);
    expect(api.saveAnnotations).not.toHaveBeenCalled();
  });
});

describe('taking in what others saved of the open article', () => {
  /** Another annotator's host saves a claim of Bob's into the open article. */
  async function bobSaves(api: ReturnType<typeof fakeApi>, id: string, quote: string) {
    const stored = await api.getArticle({ id });
    const text = new CodePointIndex(stored.text);
    const at = text.toCodePoint(stored.text.indexOf(quote));
    const claim: Claim = {
      ...createClaim(text, at, at + [...quote].length, '2026-04-07T01:00:00.000Z'),
      annotator: 'Bob',
    };
    await api.saveArticle({
      article: { ...stored, claims: [...stored.claims, claim] },
      baseRevision: stored.revision ?? 0,
    });
  }

  it('shows their new marks, with nothing of mine pending', async () => {
    const { store, api, article } = await storeWithArticle();
    await store.getState().chooseAnnotator('Dana');
    await bobSaves(api, article.id, 'Meta said');
    await store.getState().refreshOpenArticle();
    expect(store.getState().article!.claims.map((c) => [c.quote, c.annotator])).toEqual([
      ['Meta said', 'Bob'],
    ]);
    expect(store.getState().unsavedArticles).toEqual({});
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.saveAnnotations).not.toHaveBeenCalled();
  });

  it('keeps my unsaved marks beside theirs, and saves mine against what the host has', async () => {
    const { store, api, article } = await storeWithArticle();
    await store.getState().chooseAnnotator('Dana');
    store.getState().markClaim(spanOf(store, 'Maverick'));
    await bobSaves(api, article.id, 'Meta said');
    await store.getState().refreshOpenArticle();
    const shown = store.getState().article!.claims.map((c) => `${c.quote}/${c.annotator}`);
    expect(shown.sort()).toEqual(['Maverick/Dana', 'Meta said/Bob']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.getState().saveStatus).toBe('saved');
    const stored = await api.getArticle({ id: article.id });
    expect(stored.claims.map((c) => `${c.quote}/${c.annotator}`).sort()).toEqual(shown.sort());
  });

  /** The open article's claims as `quote/annotator status`, sorted. */
  const claimsOf = (store: Awaited<ReturnType<typeof storeWithArticle>>['store']) =>
    store
      .getState()
      .article!.claims.map((c) => `${c.quote}/${c.annotator} ${c.status}`)
      .sort();

  it('keeps my undo history: undo after a refresh undoes my last edit and keeps theirs', async () => {
    const { store, api, article } = await storeWithArticle();
    await store.getState().chooseAnnotator('Dana');
    store.getState().markClaim(spanOf(store, 'Maverick'));
    const mine = store.getState().article!.claims[0]!.id;
    await vi.advanceTimersByTimeAsync(5_000); // saved
    store.getState().setClaimStatus(mine, 'supported'); // unsaved when Bob's claim comes in
    await bobSaves(api, article.id, 'Meta said');
    await store.getState().refreshOpenArticle();
    expect(claimsOf(store)).toEqual(['Maverick/Dana supported', 'Meta said/Bob unreviewed']);

    store.getState().undo();
    expect(claimsOf(store)).toEqual(['Maverick/Dana unreviewed', 'Meta said/Bob unreviewed']);
    store.getState().undo();
    expect(claimsOf(store)).toEqual(['Meta said/Bob unreviewed']);
    store.getState().redo();
    store.getState().redo();
    expect(claimsOf(store)).toEqual(['Maverick/Dana supported', 'Meta said/Bob unreviewed']);
    await vi.advanceTimersByTimeAsync(5_000);
    const stored = await api.getArticle({ id: article.id });
    expect(stored.claims.map((c) => `${c.quote}/${c.annotator} ${c.status}`).sort()).toEqual(
      claimsOf(store),
    );
  });

  it('drops the undo steps of a mark of mine removed elsewhere, keeping the others', async () => {
    const { store, api, article } = await storeWithArticle();
    await store.getState().chooseAnnotator('Dana');
    store.getState().markClaim(spanOf(store, 'Maverick'));
    store.getState().markClaim(spanOf(store, 'Meta said'));
    const [first, second] = store.getState().article!.claims.map((c) => c.id);
    store.getState().setClaimStatus(second!, 'refuted');
    await vi.advanceTimersByTimeAsync(5_000);
    // I (in another window) remove the second claim
    const stored = await api.getArticle({ id: article.id });
    api.savedElsewhere({
      ...stored,
      claims: stored.claims.filter((c) => c.id !== second),
      revision: (stored.revision ?? 0) + 1,
    });
    await store.getState().refreshOpenArticle();
    expect(store.getState().article!.claims.map((c) => c.id)).toEqual([first]);
    // marking it and setting its status no longer undo; marking the first still does
    store.getState().undo();
    expect(store.getState().article!.claims).toEqual([]);
    expect(store.getState().undoStack.filter((s) => s.annotations)).toEqual([]);
  });

  it('keeps a mark I removed, not yet saved, removed when others’ marks come in', async () => {
    const { store, api, article } = await storeWithArticle();
    await store.getState().chooseAnnotator('Dana');
    store.getState().markClaim(spanOf(store, 'Maverick'));
    await vi.advanceTimersByTimeAsync(5_000);
    store.getState().removeClaim(store.getState().article!.claims[0]!.id);
    await bobSaves(api, article.id, 'Meta said');
    await store.getState().refreshOpenArticle();
    expect(claimsOf(store)).toEqual(['Meta said/Bob unreviewed']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await api.getArticle({ id: article.id })).claims.map((c) => c.annotator)).toEqual([
      'Bob',
    ]);
  });

  it('takes in what came while a save of mine was under way once it is done', async () => {
    const { store, api, article } = await storeWithArticle();
    await store.getState().chooseAnnotator('Dana');
    store.getState().markClaim(spanOf(store, 'Maverick'));
    let release = () => {};
    const save = api.saveAnnotations.getMockImplementation()!;
    api.saveAnnotations.mockImplementationOnce(async (input) => {
      const saved = await save(input);
      await new Promise<void>((resolve) => (release = resolve));
      return saved;
    });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(store.getState().saveStatus).toBe('saving');
    // Bob's host writes his layer: my revision stays as it is
    const stored = await api.getArticle({ id: article.id });
    const text = new CodePointIndex(stored.text);
    const at = text.toCodePoint(stored.text.indexOf('Meta said'));
    const bobs = { ...createClaim(text, at, at + 9, '2026-04-07T01:00:00.000Z'), annotator: 'Bob' };
    api.savedElsewhere({ ...stored, claims: [...stored.claims, bobs] });
    await store.getState().refreshOpenArticle(); // put off: a save is under way
    expect(claimsOf(store)).toEqual(['Maverick/Dana unreviewed']);
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(claimsOf(store)).toEqual(['Maverick/Dana unreviewed', 'Meta said/Bob unreviewed']);
  });

  it('changes nothing when nothing was saved elsewhere', async () => {
    const { store } = await storeWithArticle();
    const before = store.getState().article;
    await store.getState().refreshOpenArticle();
    expect(store.getState().article).toBe(before);
  });
});
