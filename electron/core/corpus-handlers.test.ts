// getCorpus and searchLibrary through the contract, against a library folder on disk.
import { readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import type { CorpusDocument, LibrarySearchHit } from '../../shared/corpus/corpus-document';
import { createClaim } from '../../shared/model/annotate';
import type { Article } from '../../shared/model/article';
import { CodePointIndex } from '../../shared/text/code-points';
import type { CoreHandlers } from './handlers';
import { handlerValue, handlersInTempLibrary } from './test-handlers';

const NOW = new Date('2026-11-26T12:00:00.000Z');

let folder: string;
let handlers: CoreHandlers;

beforeEach(async () => {
  ({ folder, handlers } = await handlersInTempLibrary('corpus', NOW));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const value = <T>(name: string, payload: unknown) => handlerValue<T>(handlers, name, payload);

async function paste(title: string, text: string): Promise<Article> {
  return value<Article>('openText', { title, text });
}

async function withClaim(article: Article, quote: string, value_: string): Promise<Article> {
  const u = article.text.indexOf(quote);
  const index = new CodePointIndex(article.text);
  const start = index.toCodePoint(u);
  const claim = {
    ...createClaim(index, start, start + [...quote].length, NOW.toISOString()),
    structured: { subject: 'ent_maverick', metric: 'MMLU', value: value_, unit: '%' },
    evidence: [{ url: 'https://example.org/card', label: 'card' }],
  };
  const next = { ...article, claims: [claim] };
  await value('saveArticle', { article: next });
  return next;
}

/** Two articles giving Maverick's MMLU score, 73.5% and 71.2%: a conflict. */
async function twoValues(): Promise<[Article, Article]> {
  const a = await paste('One', 'Maverick gets 73.5% on MMLU.');
  const b = await paste('Two', 'Reviewers saw Maverick at 71.2%.');
  return [
    await withClaim(a, 'Maverick gets 73.5%', '73.5'),
    await withClaim(b, 'Maverick at 71.2%', '71.2'),
  ];
}

type Corpus = { documents: CorpusDocument[]; problems: Array<{ file: string; message: string }> };

describe('getCorpus', () => {
  it('gives every article’s claims and mentions, with their structured fields', async () => {
    const [a, b] = await twoValues();
    const corpus = await value<Corpus>('getCorpus', {});
    expect(corpus.problems).toEqual([]);
    const byId = new Map(corpus.documents.map((d) => [d.articleId, d]));
    expect([...byId.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(byId.get(a.id)).toMatchObject({ title: 'One', mentions: [] });
    expect(byId.get(a.id)!.claims[0]).toMatchObject({
      quote: 'Maverick gets 73.5%',
      structured: { value: '73.5' },
      evidence: [{ url: 'https://example.org/card', label: 'card' }],
    });
  });

  it('gives each article’s links, those linked since the last call too', async () => {
    const [a, b] = await twoValues();
    expect((await value<Corpus>('getCorpus', {})).documents.every((d) => !d.relations)).toBe(true);
    const relation = {
      id: 'rel_conflict',
      type: 'contradicts',
      from: { document: b.id, annotation: b.claims[0]!.id },
      to: { document: a.id, annotation: a.claims[0]!.id },
      createdAt: NOW.toISOString(),
    };
    await value('linkAnnotations', { relations: [relation] });
    const corpus = await value<Corpus>('getCorpus', {});
    expect(corpus.documents.find((d) => d.articleId === b.id)!.relations).toEqual([relation]);
  });

  it('sees saves, deletions and damaged files since the last call', async () => {
    const a = await paste('One', 'Maverick gets 73.5% on MMLU.');
    const b = await paste('Two', 'Scout is small.');
    expect((await value<Corpus>('getCorpus', {})).documents).toHaveLength(2);

    await withClaim(a, 'Maverick gets 73.5%', '73.5');
    await value('deleteArticle', { id: b.id });
    const damaged = join(folder, 'articles', 'art_damaged.json');
    await writeFile(damaged, '{ not json');
    const corpus = await value<Corpus>('getCorpus', {});
    expect(corpus.documents.map((d) => [d.articleId, d.claims.length])).toEqual([[a.id, 1]]);
    expect(corpus.problems).toEqual([
      { file: damaged, message: expect.stringMatching(/art_damaged\.json: it is not valid JSON/) },
    ]);
    await unlink(damaged);
  });

  it('reads a file again when it changed on disk, even to the same size', async () => {
    const a = await paste('One', 'Maverick gets 73.5% on MMLU.');
    await value<Corpus>('getCorpus', {});
    const file = join(folder, 'articles', `${a.id}.json`);
    const content = await readFile(file, 'utf8');
    await writeFile(file, content.replace('"title": "One"', '"title": "Uno"'));
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const corpus = await value<Corpus>('getCorpus', {});
    expect(corpus.documents[0]!.title).toBe('Uno');
  });
});

describe('getCorpus versions', () => {
  type Versioned = Corpus & { version: string; unchanged?: boolean };

  it('answers `unchanged` with no documents while no file changed, in full after a change', async () => {
    const a = await paste('One', 'Maverick gets 73.5% on MMLU.');
    const first = await value<Versioned>('getCorpus', {});
    expect(first.version).toMatch(/^[0-9a-f]{32}$/);
    const again = await value<Versioned>('getCorpus', { unlessVersion: first.version });
    expect(again).toMatchObject({ unchanged: true, documents: [], version: first.version });

    await withClaim(a, 'Maverick gets 73.5%', '73.5');
    const changed = await value<Versioned>('getCorpus', { unlessVersion: first.version });
    expect(changed.unchanged).toBeUndefined();
    expect(changed.version).not.toBe(first.version);
    expect(changed.documents[0]!.claims).toHaveLength(1);
  });
});

describe('searchLibrary', () => {
  it('finds text in every article, case and accents aside, offsets in code points', async () => {
    const a = await paste('Café 🦙 news', 'The CAFÉ said Maverick is fast.');
    await paste('Other', 'Nothing here.');
    const { hits } = await value<{ hits: LibrarySearchHit[] }>('searchLibrary', { query: 'cafe' });
    expect(hits.map((h) => h.articleId)).toEqual([a.id, a.id]);
    const text = [...a.text];
    for (const hit of hits) {
      expect(text.slice(hit.start, hit.end).join('').toLowerCase()).toBe('café');
      expect(hit.snippet.toLowerCase()).toContain('café');
    }
  });

  it('refuses a query that is too long, and finds nothing for a blank one', async () => {
    const tooLong = await dispatch(handlers, 'searchLibrary', { query: 'x'.repeat(1001) });
    expect(tooLong.ok).toBe(false);
    expect(await value('searchLibrary', { query: '  ' })).toEqual({ hits: [] });
  });
});
