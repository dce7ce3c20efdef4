import { describe, expect, it } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import type { Article } from '../../shared/model/article';
import type { Orphan } from '../../shared/model/annotations';
import { describeReload } from './reload-slice';
import { spanOf, storeWithArticle } from './test-helpers';

const ORPHAN: Orphan = {
  kind: 'claim',
  id: 'clm_gone',
  quote: '288 billion parameters',
  prefix: 'Behemoth has ',
  suffix: '.',
  lastStart: 60,
  lastEnd: 82,
  entities: ['ent_meta'],
  status: 'refuted',
  note: 'keep this note',
  createdAt: '2026-04-06T00:00:00.000Z',
  updatedAt: '2026-04-06T00:00:00.000Z',
};

describe('reloading the open article', () => {
  it('saves pending edits first, sends the revision, shows the result and its counts', async () => {
    const { store, api, article } = await storeWithArticle({ revision: 4 });
    store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'));
    const reloaded: Article = { ...article, title: 'Llama 4 🦙 arrives, updated', revision: 6 };
    api.saveAnnotations.mockResolvedValueOnce({ savedAt: 'now', revision: 5 });
    api.reloadArticle.mockResolvedValueOnce({
      article: reloaded,
      counts: { anchored: 3, drifted: 1, orphaned: 2, unchanged: false },
    });
    const from = { kind: 'file' as const, fileName: 'a.md', dataBase64: 'YQ==' };
    const counts = await store.getState().reloadArticle(from);
    expect(counts).toMatchObject({ anchored: 3, drifted: 1, orphaned: 2 });
    expect(api.saveAnnotations).toHaveBeenCalledBefore(api.reloadArticle);
    expect(api.reloadArticle).toHaveBeenCalledWith({ id: article.id, baseRevision: 5, from });
    expect(store.getState().article).toBe(reloaded);
    expect(store.getState().summaries[0]!.title).toBe('Llama 4 🦙 arrives, updated');
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'info',
      message: expect.stringContaining('3 anchored, 1 drifted (placed; review them), 2 orphaned'),
    });
    expect(store.getState().knownRevision(article.id)).toBe(6);
    expect(store.getState().reloading).toBeNull();
  });

  it('says unchanged and keeps the article as it is', async () => {
    const { store } = await storeWithArticle();
    const before = store.getState().article;
    await store.getState().reloadArticle();
    expect(store.getState().article).toBe(before);
    expect(store.getState().notices.at(-1)!.message).toMatch(/unchanged/);
  });

  it('reports a conflict and leaves the article shown as it was', async () => {
    const { store, api } = await storeWithArticle();
    const before = store.getState().article;
    api.failing.reloadArticle = new ContractError('conflict', 'it was changed in another tab');
    expect(await store.getState().reloadArticle()).toBeNull();
    expect(store.getState().article).toBe(before);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/Could not reload .*another tab.*Open it again/),
    });
  });

  it.each([
    [{ anchored: 0, drifted: 0, orphaned: 0, unchanged: true }, /unchanged/],
    [{ anchored: 2, drifted: 0, orphaned: 0, unchanged: false }, /2 anchored, 0 drifted, 0 orph/],
    [{ anchored: 0, drifted: 0, orphaned: 1, unchanged: false }, /1 orphaned \(kept under Orph/],
  ])('describes %j', (counts, message) => {
    expect(describeReload('T', counts)).toMatch(message);
  });
});

describe('reviewing after a reload', () => {
  it('accepts a drifted claim’s new place, undoably', async () => {
    const { store } = await storeWithArticle();
    const claim = store.getState().markClaim(spanOf(store, 'achieves 73.5% on MMLU'))!;
    const drifted = { ...claim, anchor: 'drifted' as const, previousQuote: 'achieves 73% on MMLU' };
    store.getState().showArticle({ ...store.getState().article!, claims: [drifted] });
    store.getState().acceptPlace(claim.id);
    const accepted = store.getState().article!.claims[0]!;
    expect(accepted.anchor).toBe('anchored');
    expect(accepted).not.toHaveProperty('previousQuote');
    expect(Object.keys(store.getState().unsavedArticles)).toContain(store.getState().article!.id);
    store.getState().undo();
    expect(store.getState().article!.claims[0]).toMatchObject({ anchor: 'drifted' });
  });

  it('deletes an orphan, and undo brings it back', async () => {
    const { store } = await storeWithArticle({ orphans: [ORPHAN] });
    store.getState().deleteOrphan(ORPHAN.id);
    expect(store.getState().article!.orphans).toEqual([]);
    store.getState().undo();
    expect(store.getState().article!.orphans).toEqual([ORPHAN]);
  });

  it('places an orphan on the selected text with all its fields', async () => {
    const { store } = await storeWithArticle({ orphans: [ORPHAN] });
    store.getState().placeOrphan(ORPHAN.id, spanOf(store, 'models from Meta'));
    const { article } = store.getState();
    expect(article!.orphans).toEqual([]);
    expect(article!.claims).toEqual([
      expect.objectContaining({
        id: 'clm_gone',
        quote: 'models from Meta',
        anchor: 'anchored',
        status: 'refuted',
        note: 'keep this note',
        entities: ['ent_meta'],
      }),
    ]);
    const claim = article!.claims[0]!;
    expect([...article!.text].slice(claim.start, claim.end).join('')).toBe(claim.quote);
  });

  it('places an orphaned mention back as a mention of its entity', async () => {
    const mention: Orphan = {
      kind: 'mention',
      id: 'men_gone',
      quote: 'Meta',
      prefix: '',
      suffix: '',
      lastStart: 0,
      lastEnd: 4,
      entity: 'ent_meta',
      createdAt: 'x',
    };
    const { store } = await storeWithArticle({ orphans: [mention] });
    store.getState().placeOrphan('men_gone', spanOf(store, 'Meta said'));
    expect(store.getState().article!.mentions).toEqual([
      expect.objectContaining({ id: 'men_gone', quote: 'Meta said', entity: 'ent_meta' }),
    ]);
  });
});
