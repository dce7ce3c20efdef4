import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { spanOf, storeWithArticle, type TestStore } from './test-helpers';

let t: TestStore;

beforeEach(async () => {
  vi.useFakeTimers();
  t = await storeWithArticle();
});
afterEach(() => vi.useRealTimers());

describe('corpus slice', () => {
  it('opens the corpus view with every article’s claims', async () => {
    const claim = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
    await vi.runAllTimersAsync(); // saved
    await t.store.getState().openCorpus();
    const state = t.store.getState();
    expect(state.centreView).toBe('corpus');
    expect(state.corpusStatus).toBe('ready');
    expect(state.corpusDocuments!.flatMap((d) => d.claims.map((c) => c.id))).toEqual([claim.id]);
    state.closeCorpus();
    expect(t.store.getState().centreView).toBe('article');
  });

  it('keeps the documents it has when the host says nothing changed', async () => {
    await t.store.getState().openCorpus();
    const documents = t.store.getState().corpusDocuments;
    t.store.getState().closeCorpus();
    await t.store.getState().openCorpus();
    expect(t.api.getCorpus.mock.calls.at(-1)![0]).toEqual({
      unlessVersion: t.store.getState().corpusVersion,
    });
    expect(t.store.getState().corpusDocuments).toBe(documents);
  });

  it('says so when the corpus cannot be read', async () => {
    t.api.failing.getCorpus = new ContractError('io', 'disk on fire');
    await t.store.getState().openCorpus();
    expect(t.store.getState().corpusStatus).toBe('failed');
    expect(t.store.getState().notices.at(-1)!.message).toMatch(/disk on fire/);
  });

  it('stores a link made in the corpus view and shows it at once; says so when refused', async () => {
    const a = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
    const b = t.store.getState().markClaim(spanOf(t.store, 'Maverick'))!;
    await vi.runAllTimersAsync(); // saved
    await t.store.getState().openCorpus();
    const relation = {
      id: 'rel_corpus',
      type: 'contradicts' as const,
      from: { document: t.article.id, annotation: a.id },
      to: { document: t.article.id, annotation: b.id },
      createdAt: '2026-12-07T12:00:00.000Z',
    };
    expect(await t.store.getState().linkFromCorpus(relation)).toBe(true);
    expect(t.api.linkAnnotations).toHaveBeenCalledWith({ relations: [relation] });
    const doc = t.store.getState().corpusDocuments!.find((d) => d.articleId === t.article.id)!;
    expect(doc.relations).toEqual([relation]);
    // Read again from the host, the link is there too.
    t.store.getState().closeCorpus();
    await t.store.getState().openCorpus();
    expect(
      t.store.getState().corpusDocuments!.find((d) => d.articleId === t.article.id)!.relations,
    ).toEqual([relation]);

    t.api.failing.linkAnnotations = new ContractError(
      'not-found',
      'No annotation clm_x to link to.',
    );
    expect(await t.store.getState().linkFromCorpus({ ...relation, id: 'rel_2' })).toBe(false);
    expect(t.store.getState().notices.at(-1)!.message).toBe(
      'Could not link the claims: No annotation clm_x to link to.',
    );
  });

  it('remembers rejected same-claim suggestions for the session', () => {
    t.store.getState().rejectSameClaim('art_a/clm_1|art_b/clm_2');
    expect(t.store.getState().rejectedSameClaims).toEqual(['art_a/clm_1|art_b/clm_2']);
  });

  it('keeps only filled criteria in the filter', () => {
    t.store.getState().setCorpusFilter({ status: 'refuted', text: 'x' });
    t.store.getState().setCorpusFilter({ text: '' });
    expect(t.store.getState().corpusFilter).toEqual({ status: 'refuted' });
  });

  it('shows a claim of the corpus in its article, active', async () => {
    const claim = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
    t.store.getState().setActiveClaim(null);
    await t.store.getState().openCorpus();
    expect(await t.store.getState().showClaimInArticle(t.article.id, claim.id)).toBe(true);
    expect(t.store.getState()).toMatchObject({ centreView: 'article', activeClaimId: claim.id });
    expect(await t.store.getState().showClaimInArticle(t.article.id, 'clm_gone')).toBe(false);
  });

  it('opens the find bar with a query, and again to focus it', () => {
    t.store.getState().openFind('maverick', 12);
    expect(t.store.getState().find).toEqual({
      open: true,
      query: 'maverick',
      from: 12,
      focusRequest: 1,
    });
    t.store.getState().openFind();
    expect(t.store.getState().find).toMatchObject({ query: 'maverick', focusRequest: 2 });
    t.store.getState().closeFind();
    expect(t.store.getState().find.open).toBe(false);
  });
});

describe('corpus view and opening articles', () => {
  it('an article opened while the corpus shows takes its place', async () => {
    const other = await t.api.openText({ text: 'Another article.', title: 'Other' });
    await t.store.getState().openCorpus();
    expect(await t.store.getState().openArticle(other.id)).toBe(true);
    expect(t.store.getState().centreView).toBe('article');
  });
});

// The store actions components use to reach the host (components never call the api).
describe('reaching the host through the store', () => {
  it('reads the library’s annotations with this tab’s unsaved edits on top', async () => {
    const claim = t.store.getState().markClaim(spanOf(t.store, 'achieves 73.5% on MMLU'))!;
    // Not saved yet: the host still has no claim, the tab has one.
    const documents = await t.store.getState().readLibraryAnnotations();
    expect(t.api.getCorpus).toHaveBeenCalledWith({});
    const mine = documents.find((d) => d.articleId === t.article.id)!;
    expect(mine.claims.map((c) => c.id)).toEqual([claim.id]);
  });

  it('passes a failed read on to the caller', async () => {
    t.api.failing.getCorpus = new ContractError('io', 'disk on fire');
    await expect(t.store.getState().readLibraryAnnotations()).rejects.toThrow('disk on fire');
  });

  it('searches the library and gives the hits', async () => {
    const hits = await t.store.getState().searchLibrary('MMLU');
    expect(t.api.searchLibrary).toHaveBeenCalledWith({ query: 'MMLU' });
    expect(hits.map((h) => h.articleId)).toContain(t.article.id);
  });

  it('asks after a tracked open and cancels it', async () => {
    expect(await t.store.getState().openProgress('job_1')).toMatchObject({ stage: 'waiting' });
    await t.store.getState().cancelOpen('job_1');
    expect(t.api.getOpenProgress).toHaveBeenCalledWith({ jobId: 'job_1' });
    expect(t.api.cancelOpen).toHaveBeenCalledWith({ jobId: 'job_1' });
  });

  it('opens a link outside, and says so when the host cannot', async () => {
    await t.store.getState().openLinkOutside('https://example.org/a');
    expect(t.api.openExternal).toHaveBeenCalledWith({ url: 'https://example.org/a' });
    expect(t.store.getState().notices).toEqual([]);
    t.api.failing.openExternal = new ContractError('io', 'no browser');
    await t.store.getState().openLinkOutside('https://example.org/b');
    expect(t.store.getState().notices.map((n) => n.message)).toEqual([
      'Could not open https://example.org/b: no browser',
    ]);
  });
});
