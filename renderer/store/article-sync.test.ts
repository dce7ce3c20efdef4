import { describe, expect, it } from 'vitest';
import { ContractError } from '../../shared/contract/result';
import { createClaim } from '../../shared/model/annotate';
import type { Article } from '../../shared/model/article';
import { CodePointIndex } from '../../shared/text/code-points';
import { fakeApi, sampleArticle } from '../testing/fake-api';
import { ArticleSync } from './article-sync';

const claimOn = (article: Article, quote: string) => {
  const text = new CodePointIndex(article.text);
  const start = [...article.text.slice(0, article.text.indexOf(quote))].length;
  return createClaim(text, start, start + [...quote].length, '2026-04-07T00:00:00.000Z');
};

const withClaim = (article: Article, quote: string): Article => ({
  ...article,
  claims: [...article.claims, claimOn(article, quote)],
});

/** A sync that has read `article` from a fake host holding it at revision 4. */
function setUp() {
  const stored = { ...sampleArticle(), revision: 4 };
  const api = fakeApi([stored]);
  const sync = new ArticleSync(api);
  expect(sync.noteShown(stored, {})).toBe(true);
  return { api, sync, stored };
}

describe('ArticleSync', () => {
  it('sends a patch against the version it read, and counts the revision on', async () => {
    const { api, sync, stored } = setUp();
    const edited = withClaim(stored, 'Meta said');
    await sync.save(edited);
    expect(api.saveAnnotations).toHaveBeenCalledTimes(1);
    expect(api.saveAnnotations.mock.calls[0]![0]).toMatchObject({ id: stored.id, baseRevision: 4 });
    expect(api.saveArticle).not.toHaveBeenCalled();
    expect(sync.knownRevision(stored.id)).toBe(5);
    expect(sync.savedVersion(stored.id)).toEqual({ article: edited, revision: 5 });

    // The next patch starts from what was just saved.
    await sync.save(withClaim(edited, 'achieves 73.5% on MMLU'));
    expect(api.saveAnnotations.mock.calls[1]![0].baseRevision).toBe(5);
    expect(api.articles.get(stored.id)!.claims).toHaveLength(2);
  });

  it('sends nothing when the article is back to the saved version', async () => {
    const { api, sync, stored } = setUp();
    await sync.save({ ...stored });
    expect(api.saveAnnotations).not.toHaveBeenCalled();
    expect(api.saveArticle).not.toHaveBeenCalled();
  });

  it('saves the whole article when no saved version is known', async () => {
    const stored = { ...sampleArticle(), revision: 2 };
    const api = fakeApi([stored]);
    const sync = new ArticleSync(api);
    await sync.save(withClaim(stored, 'Meta said'));
    expect(api.saveArticle.mock.calls[0]![0].baseRevision).toBe(2);
    expect(sync.knownRevision(stored.id)).toBe(3);
  });

  it('saves the whole article when the patch does not add up to what the host has', async () => {
    const { api, sync, stored } = setUp();
    // The stored file changed behind this tab's back without a new revision.
    api.articles.set(stored.id, withClaim(stored, 'Llama 4'));
    await sync.save(withClaim(stored, 'Meta said'));
    expect(api.saveAnnotations).toHaveBeenCalledTimes(1);
    expect(api.saveArticle).toHaveBeenCalledTimes(1);
    expect(api.articles.get(stored.id)!.claims.map((c) => c.quote)).toEqual(['Meta said']);
  });

  it('passes a conflict on, remembering nothing', async () => {
    const { api, sync, stored } = setUp();
    api.articles.set(stored.id, { ...stored, revision: 7 });
    await expect(sync.save(withClaim(stored, 'Meta said'))).rejects.toBeInstanceOf(ContractError);
    expect(sync.knownRevision(stored.id)).toBe(4);
  });

  it('keeps a newer version it saved over an older one shown again', async () => {
    const { sync, stored } = setUp();
    sync.rememberSaved(stored, 6);
    expect(sync.noteShown({ ...stored, revision: 5 }, {})).toBe(false);
    expect(sync.noteShown({ ...stored, revision: 7 }, {})).toBe(true);
    expect(sync.knownRevision(stored.id)).toBe(7);
  });

  it('does not take one of its own unsaved edits as saved', () => {
    const stored = sampleArticle();
    const sync = new ArticleSync(fakeApi([stored]));
    expect(sync.noteShown(stored, { [stored.id]: stored })).toBe(false);
    expect(sync.savedVersion(stored.id)).toBeUndefined();
  });

  it('forgets a deleted article', () => {
    const { sync, stored } = setUp();
    sync.forget(stored.id);
    expect(sync.savedVersion(stored.id)).toBeUndefined();
  });
});
