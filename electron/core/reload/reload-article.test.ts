// The reloadArticle call through the contract: reading the source again (a file given, or the
// article's URL), re-anchoring, keeping the text replaced, refusing stale revisions, and writing
// nothing when the text is the same.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../shared/contract/calls';
import { dispatch } from '../../../shared/contract/dispatch';
import type { CallResult } from '../../../shared/contract/result';
import { createClaim, createMention } from '../../../shared/model/annotate';
import type { Article } from '../../../shared/model/article';
import { CodePointIndex } from '../../../shared/text/code-points';
import { createCoreHandlers, type CoreHandlers } from '../handlers';
import { openLibrary } from '../library/library-store';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const LATER = new Date('2026-11-27T09:00:00.000Z');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const TITLE = '# Llama 4 news';
const KEPT = 'Maverick achieves 73.5% on MMLU, Meta says.';
const REWORDED = 'Maverick outperforms GPT-4o on several coding and reasoning benchmarks.';
const GONE = 'Behemoth is in training with 288 billion active parameters, a source said.';
const V1 = [TITLE, KEPT, REWORDED, GONE].join('\n\n');
const V2 = [
  TITLE,
  `A correction was made. ${KEPT}`,
  REWORDED.replace('Maverick outperforms', 'Maverick clearly outperforms'),
  'Other news.',
].join('\n\n');

let folder: string;
let clock: Date;
let handlers: CoreHandlers;
let fetched: string[];
let page: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-reload-'));
  clock = NOW;
  fetched = [];
  page = '<title>Remote</title><article><h1>Remote</h1><p>First remote paragraph.</p></article>';
  handlers = createCoreHandlers({
    libraryDir: folder,
    now: () => clock,
    fetch: async (input) => {
      fetched.push(String(input));
      return new Response(page, { headers: { 'content-type': 'text/html' } });
    },
  });
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function call<T>(name: string, payload: unknown): Promise<CallResult<T>> {
  return (await dispatch(handlers, name, payload)) as CallResult<T>;
}

async function value<T>(name: string, payload: unknown): Promise<T> {
  const result = await call<T>(name, payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

type Reloaded = CallOutput<'reloadArticle'>;

/** A Markdown article with claims on three sentences and a mention of Meta, saved. */
async function annotatedArticle(): Promise<Article> {
  const opened = await value<Article>('openFile', {
    fileName: 'llama.md',
    dataBase64: base64(V1),
  });
  const text = new CodePointIndex(opened.text);
  const at = (quote: string) => {
    const u = opened.text.indexOf(quote);
    return [text, text.toCodePoint(u), text.toCodePoint(u + quote.length)] as const;
  };
  const article: Article = {
    ...opened,
    claims: [
      createClaim(...at('achieves 73.5% on MMLU'), NOW.toISOString()),
      createClaim(...at('Maverick outperforms GPT-4o on several coding'), NOW.toISOString()),
      createClaim(...at('288 billion active parameters'), NOW.toISOString()),
    ],
    mentions: [createMention(...at('Meta'), 'ent_meta', NOW.toISOString())],
  };
  const saved = await value<{ revision: number }>('saveArticle', {
    article,
    baseRevision: opened.revision,
  });
  return { ...article, revision: saved.revision };
}

const fromFile = (text: string, fileName = 'llama.md') => ({
  kind: 'file' as const,
  fileName,
  dataBase64: base64(text),
});

describe('reloadArticle', () => {
  it('re-anchors from a changed file, saves, and keeps the text it replaced', async () => {
    const before = await annotatedArticle();
    clock = LATER;
    const { article, counts } = await value<Reloaded>('reloadArticle', {
      id: before.id,
      baseRevision: before.revision,
      from: fromFile(V2),
    });
    expect(counts).toEqual({ anchored: 2, drifted: 1, orphaned: 1, unchanged: false });
    expect(article.revision).toBe(before.revision! + 1);
    expect(article.updatedAt).toBe(LATER.toISOString());
    expect(article.orphans.map((o) => o.quote)).toEqual(['288 billion active parameters']);
    expect(article.claims.find((c) => c.anchor === 'drifted')).toMatchObject({
      previousQuote: 'Maverick outperforms GPT-4o on several coding',
    });
    // What is stored is what was answered.
    expect(await value<Article>('getArticle', { id: before.id })).toEqual(article);
    // The old text is kept beside the article, named in it.
    expect(article.previousVersions).toEqual([
      {
        contentHash: before.contentHash,
        retrievedAt: before.source.retrievedAt,
        replacedAt: LATER.toISOString(),
      },
    ]);
    const kept = await openLibrary(folder).getTextVersion(before.id, before.contentHash);
    expect(kept).toMatchObject({ text: before.text, blocks: before.blocks });
  });

  it('keeps every version over several reloads', async () => {
    const before = await annotatedArticle();
    const first = await value<Reloaded>('reloadArticle', { id: before.id, from: fromFile(V2) });
    const third = `${V2}\n\nYet another paragraph.`;
    const second = await value<Reloaded>('reloadArticle', { id: before.id, from: fromFile(third) });
    expect(second.article.previousVersions?.map((v) => v.contentHash)).toEqual([
      before.contentHash,
      first.article.contentHash,
    ]);
    const library = openLibrary(folder);
    for (const [hash, text] of [
      [before.contentHash, before.text],
      [first.article.contentHash, first.article.text],
    ] as const) {
      expect((await library.getTextVersion(before.id, hash)).text).toBe(text);
    }
    // Listing is not slowed or confused by the versions folder.
    expect((await value<{ articles: unknown[] }>('listLibrary', {})).articles).toHaveLength(1);
  });

  it('writes nothing and says unchanged when the text is the same', async () => {
    const before = await annotatedArticle();
    const file = join(folder, 'articles', `${before.id}.json`);
    const [content, stamp] = [await readFile(file, 'utf8'), await stat(file)];
    clock = LATER;
    const result = await value<Reloaded>('reloadArticle', {
      id: before.id,
      baseRevision: before.revision,
      from: fromFile(V1, 'llama-copy.md'),
    });
    expect(result.counts).toEqual({ anchored: 0, drifted: 0, orphaned: 0, unchanged: true });
    expect(result.article.revision).toBe(before.revision);
    expect(await readFile(file, 'utf8')).toBe(content);
    expect((await stat(file)).mtimeMs).toBe(stamp.mtimeMs);
    expect(await readdir(folder)).not.toContain('versions');
  });

  it('refuses a stale revision as a conflict and changes nothing', async () => {
    const before = await annotatedArticle();
    const file = join(folder, 'articles', `${before.id}.json`);
    const content = await readFile(file, 'utf8');
    const result = await call('reloadArticle', {
      id: before.id,
      baseRevision: before.revision! - 1,
      from: fromFile(V2),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('another window or tab') },
    });
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('asks for the file again for an article read from a file', async () => {
    const before = await annotatedArticle();
    const result = await call('reloadArticle', { id: before.id });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/llama\.md.*keeps no path.*choose the file/),
      },
    });
  });

  it('fetches a URL article again without being told where from', async () => {
    const opened = await value<Article>('openUrl', { url: 'https://news.example/a' });
    page = page.replace('First remote paragraph.', 'First remote paragraph, updated.');
    const { counts, article } = await value<Reloaded>('reloadArticle', { id: opened.id });
    expect(fetched).toEqual(['https://news.example/a', 'https://news.example/a']);
    expect(counts.unchanged).toBe(false);
    expect(article.text).toContain('updated');
    expect(article.source).toMatchObject({ kind: 'url', url: 'https://news.example/a' });
  });

  it('names the file when the new one cannot be read, and changes nothing', async () => {
    const before = await annotatedArticle();
    const result = await call('reloadArticle', {
      id: before.id,
      from: { kind: 'file', fileName: 'empty.md', dataBase64: '' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-source', message: expect.stringContaining('empty.md') },
    });
    expect(await value<Article>('getArticle', { id: before.id })).toEqual(before);
  });

  it('deletes the kept versions with the article', async () => {
    const before = await annotatedArticle();
    await value('reloadArticle', { id: before.id, from: fromFile(V2) });
    expect(await readdir(join(folder, 'versions'))).toEqual([before.id]);
    await value('deleteArticle', { id: before.id });
    expect(await readdir(join(folder, 'versions'))).toEqual([]);
  });
});
