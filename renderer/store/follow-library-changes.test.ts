import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { createClaim, createEvidencePassage } from '../../shared/model/annotate';
import { CodePointIndex } from '../../shared/text/code-points';
import { followLibraryChanges } from './follow-library-changes';
import { spanOf, storeWithArticle } from './test-helpers';
import type { FakeApi } from '../testing/fake-api';

/** Bob's host saves a claim of his into article `id` (my revision stays as it is). */
async function bobMarks(api: FakeApi, id: string, quote: string): Promise<void> {
  const stored = await api.getArticle({ id });
  const text = new CodePointIndex(stored.text);
  const at = text.toCodePoint(stored.text.indexOf(quote));
  const claim = createClaim(text, at, at + [...quote].length, '2026-04-07T01:00:00.000Z');
  api.savedElsewhere({ ...stored, claims: [...stored.claims, { ...claim, annotator: 'Bob' }] });
}

const quotes = (store: Awaited<ReturnType<typeof storeWithArticle>>['store']) =>
  store
    .getState()
    .article!.claims.map((c) => `${c.quote}/${c.annotator}`)
    .sort();

let stop = () => {};
afterEach(() => stop());

describe('following the library’s changes', () => {
  it('shows another annotator’s new mark in the open article while I look, keeping mine', async () => {
    const { store, api, article } = await storeWithArticle();
    await store.getState().chooseAnnotator('Dana');
    stop = followLibraryChanges(store, api);
    store.getState().markClaim(spanOf(store, 'Maverick'));
    await bobMarks(api, article.id, 'Meta said');
    await vi.waitFor(() => expect(quotes(store)).toEqual(['Maverick/Dana', 'Meta said/Bob']));
    // and again, from the cursor it was given
    await bobMarks(api, article.id, '73.5%');
    await vi.waitFor(() => expect(quotes(store)).toHaveLength(3));
    expect(api.listAnnotators).toHaveBeenCalled();
  });

  it('shows another annotator’s new evidence passage when it is all that changed', async () => {
    const { store, api, article } = await storeWithArticle();
    stop = followLibraryChanges(store, api);
    const stored = await api.getArticle({ id: article.id });
    const text = new CodePointIndex(stored.text);
    const at = text.toCodePoint(stored.text.indexOf('Meta said'));
    const passage = createEvidencePassage(text, at, at + 9, '2026-04-07T01:00:00.000Z');
    api.savedElsewhere({ ...stored, evidence: [{ ...passage, annotator: 'Bob' }] });
    await vi.waitFor(() =>
      expect(store.getState().article!.evidence?.map((e) => e.quote)).toEqual(['Meta said']),
    );
  });

  it('leaves the open article alone when another one changed', async () => {
    const { store, api } = await storeWithArticle();
    stop = followLibraryChanges(store, api);
    const other = await api.openText({ text: 'Another article.', title: 'Other' });
    const calls = api.getArticle.mock.calls.length;
    await bobMarks(api, other.id, 'Another');
    await vi.waitFor(() => expect(api.waitForLibraryChanges).toHaveBeenCalledTimes(2));
    expect(api.getArticle.mock.calls.length).toBe(calls + 1); // bobMarks' own read
  });

  it('keeps the library rows’ claim counts in step with others’ marks', async () => {
    const { store, api, article } = await storeWithArticle();
    stop = followLibraryChanges(store, api);
    const other = await api.openText({ text: 'Another article.', title: 'Other' });
    await store.getState().loadLibrary();
    const count = (id: string) => store.getState().summaries.find((a) => a.id === id)?.claimCount;
    expect(count(other.id)).toBe(0);
    const before = count(article.id)!;
    await bobMarks(api, other.id, 'Another');
    await vi.waitFor(() => expect(count(other.id)).toBe(1));
    const listings = api.listLibrary.mock.calls.length;
    await bobMarks(api, article.id, 'Meta said');
    await vi.waitFor(() => expect(count(article.id)).toBe(before + 1));
    // the open article's row came from its refresh, without listing the library again
    expect(api.listLibrary.mock.calls.length).toBe(listings);
  });

  it('stops asking when the host does not watch its folder, or refuses', async () => {
    const { store, api } = await storeWithArticle();
    api.waitForLibraryChanges.mockResolvedValueOnce({
      cursor: '',
      articles: [],
      all: false,
      live: false,
    });
    stop = followLibraryChanges(store, api);
    await vi.waitFor(() => expect(api.waitForLibraryChanges).toHaveBeenCalledTimes(1));
    api.failing.waitForLibraryChanges = new ContractError('forbidden', 'No valid access token');
    stop = followLibraryChanges(store, api);
    await vi.waitFor(() => expect(api.waitForLibraryChanges).toHaveBeenCalledTimes(2));
    await Promise.resolve();
    expect(api.waitForLibraryChanges).toHaveBeenCalledTimes(2);
  });
});
