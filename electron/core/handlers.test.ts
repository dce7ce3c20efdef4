import { readdir, rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { MAX_SOURCE_BYTES } from '../../shared/contract/calls';
import { FactmarkExportSchema } from '../../shared/export/factmark-json';
import { createClaim, createMention } from '../../shared/model/annotate';
import { ArticleSchema, type Article } from '../../shared/model/article';
import { emptyRegistry, type EntityRegistry } from '../../shared/model/entities';
import { deleteEntity, mergeEntities } from '../../shared/model/registry-ops';
import { CodePointIndex } from '../../shared/text/code-points';
import { createCoreHandlers, type CoreHandlers } from './handlers';
import { callHandler, handlerValue, handlersInTempLibrary } from './test-handlers';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

let folder: string;
let handlers: CoreHandlers;

beforeEach(async () => {
  ({ folder, handlers } = await handlersInTempLibrary('handlers', NOW));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const call = <T = unknown>(name: string, payload: unknown) =>
  callHandler<T>(handlers, name, payload);
const value = <T>(name: string, payload: unknown) => handlerValue<T>(handlers, name, payload);

const NEWS = 'Meta released Llama 4.\n\nMaverick achieves 73.5% on MMLU, Meta says.';

async function openNews(title = 'Llama 4 news'): Promise<Article> {
  return value<Article>('openFile', { fileName: `${title}.txt`, dataBase64: base64(NEWS) });
}

function withClaimAndMention(article: Article, entity: string): Article {
  const text = new CodePointIndex(article.text);
  const start = article.text.indexOf('achieves 73.5% on MMLU');
  const meta = article.text.lastIndexOf('Meta');
  return {
    ...article,
    claims: [{ ...createClaim(text, start, start + 22, NOW.toISOString()), entities: [entity] }],
    mentions: [createMention(text, meta, meta + 4, entity, NOW.toISOString())],
  };
}

const REGISTRY: EntityRegistry = {
  ...emptyRegistry(),
  entities: [
    { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: { wikidata: 'Q380' } },
    { id: 'ent_unused', type: 'person', name: 'Nobody', aliases: [], links: {} },
  ],
};

describe('opening articles', () => {
  it('openFile reads the file into a new library article', async () => {
    const article = await openNews();
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article).toMatchObject({
      title: 'Llama 4 news',
      source: {
        kind: 'file',
        fileName: 'Llama 4 news.txt',
        mediaType: 'text',
        retrievedAt: NOW.toISOString(),
      },
      createdAt: NOW.toISOString(),
    });
    expect(await value('getArticle', { id: article.id })).toEqual(article);
  });

  it('openText reads pasted text, with the title given', async () => {
    const article = await value<Article>('openText', { text: NEWS, title: 'Clip' });
    expect(article).toMatchObject({ title: 'Clip', source: { kind: 'paste', mediaType: 'text' } });
  });

  it('openUrl fetches through the fetch it was given', async () => {
    const fetched: string[] = [];
    handlers = createCoreHandlers({
      libraryDir: folder,
      now: () => NOW,
      fetch: async (input) => {
        fetched.push(String(input));
        return new Response('<title>Remote</title><p>Remote text that is the article.</p>', {
          headers: { 'content-type': 'text/html' },
        });
      },
    });
    const article = await value<Article>('openUrl', { url: 'https://news.example/a' });
    expect(fetched).toEqual(['https://news.example/a']);
    expect(article.source).toMatchObject({ kind: 'url', url: 'https://news.example/a' });
    expect((await value<{ articles: unknown[] }>('listLibrary', {})).articles).toHaveLength(1);
  });

  it.each([
    [
      'an empty file',
      { fileName: 'empty.txt', dataBase64: '' },
      'bad-source',
      'empty.txt: the file is empty',
    ],
    [
      'a damaged PDF',
      { fileName: 'paper.pdf', dataBase64: base64('%PDF-1.7') },
      'bad-source',
      'paper.pdf: the PDF is damaged or not a PDF',
    ],
    [
      'data that is not base64',
      { fileName: 'x.txt', dataBase64: 'abc$%^' },
      'bad-source',
      'x.txt: the file',
    ],
  ])(
    'openFile refuses %s and leaves the library untouched',
    async (_label, payload, code, message) => {
      const result = await call('openFile', payload);
      expect(result).toMatchObject({
        ok: false,
        error: { code, message: expect.stringContaining(message) },
      });
      expect(await readdir(folder)).toEqual([]);
    },
  );
});

describe('bad payloads are refused with invalid-input', () => {
  it.each([
    ['getArticle', { id: 42 }],
    ['getArticle', {}],
    ['getArticle', { id: '../../etc/passwd' }],
    ['getArticle', { id: 'art_../../x' }],
    ['getArticle', { id: 'art_x/../../y' }],
    ['deleteArticle', { id: '..' }],
    ['openFile', { fileName: 'a.txt', dataBase64: 123 }],
    ['openFile', { fileName: '', dataBase64: '' }],
    ['openFile', { fileName: 'x'.repeat(2000), dataBase64: '' }],
    ['openUrl', { url: '' }],
    ['openText', { text: ['not', 'a', 'string'] }],
    ['saveArticle', { article: { id: 'art_x' } }],
    [
      'saveEntities',
      { registry: { types: [], entities: [{ id: 'bad id', type: 'x', name: '' }] } },
    ],
    ['exportAnnotations', { format: 'docx', articleIds: ['art_x'] }],
    ['exportAnnotations', { format: 'factmark', articleIds: [] }],
    ['exportAnnotations', { format: 'factmark', articleIds: ['../x'] }],
    ['listLibrary', null],
  ])('%s %j', async (name, payload) => {
    const result = await call(name, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('a base64 payload beyond the size limit', async () => {
    const huge = 'A'.repeat(Math.ceil((MAX_SOURCE_BYTES * 4) / 3) + 8);
    const result = await call('openFile', { fileName: 'huge.txt', dataBase64: huge });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await readdir(folder)).toEqual([]);
  });

  it('calls the core does not answer are unsupported', async () => {
    expect(await call('saveExport', { format: 'factmark', articleIds: ['art_x'] })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect(await call('constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});

describe('the library through the contract', () => {
  it('lists, saves annotations, and deletes', async () => {
    const article = await openNews();
    const annotated = withClaimAndMention(article, 'ent_meta');
    expect(await value('saveArticle', { article: annotated })).toEqual({
      savedAt: NOW.toISOString(),
      revision: 2,
    });
    const listed = await value<{ articles: Array<{ claimCount: number }> }>('listLibrary', {});
    expect(listed.articles.map((a) => a.claimCount)).toEqual([1]);

    expect(await value('deleteArticle', { id: article.id })).toEqual({});
    expect(await call('getArticle', { id: article.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses a save that changes the text', async () => {
    const article = await openNews();
    const result = await call('saveArticle', { article: { ...article, text: 'Rewritten.' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('saves and reads the entity registry', async () => {
    expect(await value('getEntities', {})).toEqual(emptyRegistry());
    expect(await value('saveEntities', { registry: REGISTRY, baseRevision: 0 })).toMatchObject({
      revision: 1,
    });
    expect(await value('getEntities', {})).toEqual({ ...REGISTRY, revision: 1 });
    const stale = await call('saveEntities', { registry: REGISTRY, baseRevision: 0 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('exportAnnotations', () => {
  it('builds a valid Factmark JSON file named after the article, with the entities used', async () => {
    const article = await openNews('Llama 4: 73.5% on MMLU');
    await value('saveEntities', { registry: REGISTRY });
    await value('saveArticle', { article: withClaimAndMention(article, 'ent_meta') });

    const file = await value<{ fileName: string; mediaType: string; content: string }>(
      'exportAnnotations',
      {
        format: 'factmark',
        articleIds: [article.id],
      },
    );
    expect(file.fileName).toBe('llama-4-73-5-on-mmlu.factmark.json');
    expect(file.mediaType).toBe('application/json');
    const doc = FactmarkExportSchema.parse(JSON.parse(file.content));
    expect(doc).toMatchObject({ exportedAt: NOW.toISOString(), generator: 'Factmark 0.1.0' });
    expect(doc.entities.map((e) => e.id)).toEqual(['ent_meta']);
    expect(doc.documents[0]?.claims[0]).toMatchObject({
      quote: 'achieves 73.5% on MMLU',
      entities: ['ent_meta'],
    });
  });

  it.each([
    [
      'follows a merge to the survivor',
      mergeEntities(REGISTRY, 'ent_unused', 'ent_meta'),
      'ent_unused',
    ],
    ['drops the references to a deleted entity', deleteEntity(REGISTRY, 'ent_meta'), null],
  ])('%s in every format', async (_, registry, expected) => {
    const article = await openNews();
    await value('saveEntities', { registry });
    await value('saveArticle', { article: withClaimAndMention(article, 'ent_meta') });
    const file = await value<{ content: string }>('exportAnnotations', {
      format: 'factmark',
      articleIds: [article.id],
    });
    const doc = FactmarkExportSchema.parse(JSON.parse(file.content));
    expect(doc.documents[0]!.claims[0]!.entities).toEqual(expected ? [expected] : []);
    expect(doc.documents[0]!.mentions.map((m) => m.entity)).toEqual(expected ? [expected] : []);
    expect(doc.entities.map((e) => e.id)).toEqual(expected ? [expected] : []);
    const csv = await value<{ content: string }>('exportAnnotations', {
      format: 'csv',
      articleIds: [article.id],
    });
    expect(csv.content.includes('Meta')).toBe(false);
    expect(csv.content.includes('Nobody')).toBe(expected !== null);
  });

  it('names an export of several articles generically, each article once', async () => {
    const a = await openNews('First');
    const b = await openNews('Second');
    const file = await value<{ fileName: string; content: string }>('exportAnnotations', {
      format: 'factmark',
      articleIds: [a.id, b.id, a.id],
    });
    expect(file.fileName).toBe('factmark-export.factmark.json');
    expect(JSON.parse(file.content).documents.map((d: { title: string }) => d.title)).toEqual([
      'First',
      'Second',
    ]);
  });

  it('uses the generator it was given', async () => {
    handlers = createCoreHandlers({
      libraryDir: folder,
      now: () => NOW,
      generator: 'Factmark test',
    });
    const article = await openNews();
    const file = await value<{ content: string }>('exportAnnotations', {
      format: 'factmark',
      articleIds: [article.id],
    });
    expect(JSON.parse(file.content).generator).toBe('Factmark test');
  });

  it('says which article is missing', async () => {
    expect(
      await call('exportAnnotations', { format: 'factmark', articleIds: ['art_gone'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('art_gone') },
    });
  });

  it('hands out a folder format as one zip holding the folder', async () => {
    const article = await openNews();
    const result = await call('exportAnnotations', { format: 'brat', articleIds: [article.id] });
    expect(result).toMatchObject({
      ok: true,
      value: { mediaType: 'application/zip', encoding: 'base64' },
    });
    if (!result.ok) return;
    const { fileName, content } = result.value as { fileName: string; content: string };
    expect(fileName).toMatch(/\.brat\.zip$/);
    const entries = unzipSync(Buffer.from(content, 'base64'));
    const folder = fileName.replace(/\.zip$/, '');
    const names = Object.keys(entries).sort();
    expect(names).toContain(`${folder}/annotation.conf`);
    const txt = names.find((n) => n.endsWith('.txt'))!;
    expect(strFromU8(entries[txt]!)).toBe(article.text);
  });
});
