import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaim, createMention } from '../../../shared/model/annotate';
import type { Article } from '../../../shared/model/article';
import { emptyRegistry, type EntityRegistry } from '../../../shared/model/entities';
import { CodePointIndex } from '../../../shared/text/code-points';
import { pastedArticle } from '../test-helpers';
import { contentHash, openLibrary, type LibraryStore } from './library-store';

const T0 = new Date('2026-11-26T10:00:00.000Z');
const T1 = new Date('2026-11-26T11:00:00.000Z');
const T2 = new Date('2026-11-26T12:00:00.000Z');

const extracted = (title: string, body = 'Maverick achieves 73.5% on MMLU 🦙, says Meta.') =>
  pastedArticle(title, body, T0, { siteName: 'The AI Ledger' });

/** The article with a claim on `phrase` and a mention of "Meta". */
function annotated(article: Article, phrase = 'achieves 73.5% on MMLU'): Article {
  const text = new CodePointIndex(article.text);
  const start = text.toCodePoint(article.text.indexOf(phrase));
  const meta = text.toCodePoint(article.text.indexOf('Meta'));
  return {
    ...article,
    claims: [createClaim(text, start, start + [...phrase].length, T1.toISOString())],
    mentions: [createMention(text, meta, meta + 4, 'ent_meta', T1.toISOString())],
  };
}

let folder: string;
let library: LibraryStore;
const articlePath = (id: string) => join(folder, 'articles', `${id}.json`);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-library-'));
  library = openLibrary(folder);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('create and get', () => {
  it('stores a new article with an id, its content hash and no annotations', async () => {
    const article = await library.create(extracted('Llama 4 lands'), T0);
    expect(article).toMatchObject({
      id: expect.stringMatching(/^art_[A-Za-z0-9_-]+$/),
      title: 'Llama 4 lands',
      text: 'Llama 4 lands\n\nMaverick achieves 73.5% on MMLU 🦙, says Meta.',
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
      claims: [],
      mentions: [],
      orphans: [],
    });
    expect(article.contentHash).toBe(contentHash(article.text));
    expect(article.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await library.get(article.id)).toEqual(article);
  });

  it('writes the envelope of the file format', async () => {
    const article = await library.create(extracted('A'), T0);
    const file = JSON.parse(await readFile(articlePath(article.id), 'utf8'));
    expect(file).toEqual({ format: 'factmark.article', version: 1, article });
  });

  it('keeps a loader notice with the article', async () => {
    const article = await library.create({ ...extracted('A'), notice: 'Not an article' }, T0);
    expect((await library.get(article.id)).notice).toBe('Not an article');
  });

  it('says which article is missing', async () => {
    await expect(library.get('art_missing')).rejects.toMatchObject({
      code: 'not-found',
      message: 'Article art_missing is not in the library (it may have been deleted).',
    });
  });

  it.each(['../entities', 'art_../../x', 'art_a/b', '', 'ART_x'])(
    'refuses the id %j',
    async (id) => {
      await expect(library.get(id)).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(library.delete(id)).rejects.toMatchObject({ code: 'invalid-input' });
    },
  );
});

describe('list', () => {
  it('is empty for a new library folder', async () => {
    expect(await library.list()).toEqual({ articles: [], problems: [] });
  });

  it('gives summaries, most recently changed first', async () => {
    const a = await library.create(extracted('Older'), T0);
    const b = await library.create(extracted('Newer'), T1);
    await library.save(annotated(a), T2);
    const { articles, problems } = await library.list();
    expect(problems).toEqual([]);
    expect(articles.map((s) => [s.title, s.updatedAt, s.claimCount, s.mentionCount])).toEqual([
      ['Older', T2.toISOString(), 1, 1],
      ['Newer', T1.toISOString(), 0, 0],
    ]);
    expect(articles[1]?.id).toBe(b.id);
  });

  it('ignores files that are not article files, such as a half-written temp file', async () => {
    await library.create(extracted('A'), T0);
    await writeFile(join(folder, 'articles', 'art_x.json.3829471'), '{"half":');
    await writeFile(join(folder, 'articles', 'notes.txt'), 'hello');
    expect((await library.list()).articles).toHaveLength(1);
  });

  it('takes a summary from its cache while a file is unchanged, and rereads it once it changes', async () => {
    const article = await library.create(extracted('Cached'), T0);
    const path = articlePath(article.id);
    // A whole-second time, so that setting it again restores it exactly.
    const time = new Date('2026-01-01T00:00:00.000Z');
    await utimes(path, time, time);
    await library.list();
    // Same size and time, different content: only a cache would still see the old title.
    const content = await readFile(path, 'utf8');
    await writeFile(path, content.replace('"Cached"', '"Edited"'));
    await utimes(path, time, time);
    expect((await openLibrary(folder).list()).articles[0]?.title).toBe('Cached');

    await utimes(path, time, new Date(time.getTime() + 5000));
    expect((await openLibrary(folder).list()).articles[0]?.title).toBe('Edited');
  });

  it('forgets deleted articles', async () => {
    const a = await library.create(extracted('A'), T0);
    await library.list();
    await library.delete(a.id);
    expect((await library.list()).articles).toEqual([]);
    const index = JSON.parse(await readFile(join(folder, 'index.json'), 'utf8'));
    expect(index.entries).toEqual({});
  });

  it('rebuilds a damaged cache', async () => {
    await library.create(extracted('A'), T0);
    await writeFile(join(folder, 'index.json'), '{ not json');
    expect((await openLibrary(folder).list()).articles.map((a) => a.title)).toEqual(['A']);
  });
});

describe('damaged files', () => {
  const damage: Array<[string, (id: string) => string, string]> = [
    ['invalid JSON', () => '{"format": "factmark.article", ', 'it is not valid JSON'],
    [
      'another format',
      () => JSON.stringify({ format: 'something.else', version: 1 }),
      'it is not a Factmark article file',
    ],
    [
      'a newer version',
      (id) => JSON.stringify({ format: 'factmark.article', version: 2, article: { id } }),
      'it was written by a newer Factmark (format version 2); update Factmark to open it',
    ],
    [
      'a missing field',
      (id) =>
        JSON.stringify({ format: 'factmark.article', version: 1, article: { id, title: 'x' } }),
      'article.',
    ],
    [
      'another article',
      () =>
        JSON.stringify({ format: 'factmark.article', version: 1, article: { id: 'art_other' } }),
      '',
    ],
  ];

  it.each(damage)('reports %s and never overwrites it', async (_label, content, reason) => {
    const good = await library.create(extracted('Good'), T0);
    const bad = await library.create(extracted('Bad'), T0);
    const path = articlePath(bad.id);
    const damaged = content(bad.id);
    await writeFile(path, damaged);

    const { articles, problems } = await library.list();
    expect(articles.map((a) => a.id)).toEqual([good.id]);
    expect(problems).toEqual([{ file: path, message: expect.stringContaining(`${path}: `) }]);
    expect(problems[0]?.message).toContain(reason);
    expect(problems[0]?.message).toMatch(/; it was left as it is$/);

    await expect(library.get(bad.id)).rejects.toMatchObject({
      code: 'damaged',
      message: problems[0]?.message,
    });
    await expect(library.save(annotated(bad), T1)).rejects.toMatchObject({ code: 'damaged' });
    await expect(library.delete(bad.id)).rejects.toMatchObject({ code: 'damaged' });
    expect(await readFile(path, 'utf8')).toBe(damaged);
  });
});

describe('save', () => {
  it('stores the annotations and the time of the change', async () => {
    const article = await library.create(extracted('A'), T0);
    const next = annotated(article);
    expect(await library.save(next, T1)).toEqual({ savedAt: T1.toISOString(), revision: 2 });
    const stored = await library.get(article.id);
    expect(stored.claims).toEqual(next.claims);
    expect(stored.mentions).toEqual(next.mentions);
    expect(stored.updatedAt).toBe(T1.toISOString());
  });

  it('does not rewrite an article whose annotations did not change', async () => {
    const article = await library.create(extracted('A'), T0);
    const before = await stat(articlePath(article.id));
    expect(await library.save({ ...article, updatedAt: 'whatever' }, T1)).toEqual({
      savedAt: T0.toISOString(),
      revision: 1,
    });
    expect((await stat(articlePath(article.id))).mtimeMs).toBe(before.mtimeMs);
  });

  it('keeps the stored text and metadata, taking only the annotations', async () => {
    const article = await library.create(extracted('A'), T0);
    await library.save({ ...annotated(article), title: 'Renamed', createdAt: 'x' }, T1);
    expect(await library.get(article.id)).toMatchObject({
      title: 'A',
      createdAt: T0.toISOString(),
    });
  });

  it('refuses a changed text', async () => {
    const article = await library.create(extracted('A'), T0);
    await expect(library.save({ ...article, text: `${article.text}!` }, T1)).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'A: the text differs from the stored article; only annotations can change',
    });
    await expect(
      library.save({ ...article, contentHash: `sha256:${'0'.repeat(64)}` }, T1),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('refuses an annotation whose quote is not the text at its offsets, naming it', async () => {
    const article = annotated(await library.create(extracted('A'), T0));
    const claim = article.claims[0]!;
    const shifted = {
      ...article,
      claims: [{ ...claim, start: claim.start + 1, end: claim.end + 1 }],
    };
    await expect(library.save(shifted, T1)).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining(`A: claim ${claim.id} quotes "achieves 73.5% on MMLU"`),
    });
    const mention = article.mentions[0]!;
    const past = { ...article, mentions: [{ ...mention, start: 500, end: 504 }] };
    await expect(library.save(past, T1)).rejects.toMatchObject({
      message: expect.stringContaining(
        `mention ${mention.id} quotes "Meta" at 500–504, but the text has`,
      ),
    });
    expect((await library.get(article.id)).claims).toEqual([]);
  });

  it('counts offsets in code points (an emoji is one)', async () => {
    const article = await library.create(extracted('A'), T0);
    const afterEmoji = annotated(article, ', says Meta');
    expect(await library.save(afterEmoji, T1)).toEqual({
      savedAt: T1.toISOString(),
      revision: 2,
    });
  });

  it('refuses an article that is not in the library', async () => {
    const article = await library.create(extracted('A'), T0);
    await library.delete(article.id);
    await expect(library.save(annotated(article), T1)).rejects.toMatchObject({ code: 'not-found' });
    expect(await readdir(join(folder, 'articles'))).toEqual([]);
  });

  it('lands concurrent saves one after another', async () => {
    const article = await library.create(extracted('A'), T0);
    const versions = ['achieves', '73.5%', 'MMLU', 'Maverick', 'says'].map((p) =>
      annotated(article, p),
    );
    await Promise.all(versions.map((v, i) => library.save(v, new Date(T1.getTime() + i))));
    const stored = await library.get(article.id);
    expect(versions.map((v) => v.claims)).toContainEqual(stored.claims);
  });
});

describe('delete', () => {
  it('removes the article file', async () => {
    const article = await library.create(extracted('A'), T0);
    await library.delete(article.id);
    await expect(library.get(article.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(library.delete(article.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the entity registry', () => {
  const registry: EntityRegistry = {
    ...emptyRegistry(),
    entities: [
      {
        id: 'ent_meta',
        type: 'company',
        name: 'Meta',
        aliases: ['Meta Platforms'],
        links: { wikidata: 'Q380' },
      },
      { id: 'ent_mav', type: 'model', name: 'Llama 4 Maverick', aliases: ['Maverick'], links: {} },
    ],
  };

  it('has the built-in types and no entities before anything is saved', async () => {
    expect(await library.getRegistry()).toEqual(emptyRegistry());
  });

  it('saves and reads back, counting revisions', async () => {
    expect(await library.saveRegistry(registry, T1)).toEqual({
      savedAt: T1.toISOString(),
      revision: 1,
    });
    expect(await library.getRegistry()).toEqual({ ...registry, revision: 1 });
    const file = JSON.parse(await readFile(join(folder, 'entities.json'), 'utf8'));
    expect(file).toEqual({
      format: 'factmark.entities',
      version: 1,
      registry: { ...registry, revision: 1 },
    });
  });

  it('refuses a save based on an older revision with `conflict`, writing nothing', async () => {
    await library.saveRegistry(registry, T1, 0);
    const renamed = { ...registry, entities: registry.entities.slice(0, 1) };
    expect((await library.saveRegistry(renamed, T2, 1)).revision).toBe(2);
    await expect(library.saveRegistry(registry, T2, 1)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('changed in another window or tab'),
    });
    expect((await library.getRegistry()).entities).toHaveLength(1);
  });

  it('writes nothing when the registry is unchanged', async () => {
    await library.saveRegistry(registry, T1);
    const path = join(folder, 'entities.json');
    const before = await stat(path);
    expect(await library.saveRegistry({ ...registry, revision: 1 }, T2, 1)).toEqual({
      savedAt: T2.toISOString(),
      revision: 1,
    });
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('reads a registry written before merges, tombstones, settings and shortcuts', async () => {
    const old = {
      types: [
        { id: 'model', label: 'Model', color: '#7c3aed' },
        { id: 'company', label: 'Company', color: '#0369a1' },
        { id: 'person', label: 'Person', color: '#b45309' },
        { id: 'benchmark', label: 'Benchmark', color: '#15803d' },
      ],
      entities: registry.entities,
    };
    await writeFile(
      join(folder, 'entities.json'),
      JSON.stringify({ format: 'factmark.entities', version: 1, registry: old }),
    );
    const read = await library.getRegistry();
    expect(read.redirects).toEqual({});
    expect(read.deleted).toEqual([]);
    expect(read.settings).toEqual({ gazetteer: true });
    expect(read.types.map((t) => t.shortcut)).toEqual(['1', '2', '3', undefined]);
    expect(read.entities).toEqual(registry.entities);
  });

  it('refuses a registry from a newer Factmark and never overwrites it', async () => {
    const path = join(folder, 'entities.json');
    const newer = JSON.stringify({ format: 'factmark.entities', version: 99, registry });
    await writeFile(path, newer);
    await expect(library.getRegistry()).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringContaining('written by a newer Factmark'),
    });
    await expect(library.saveRegistry(registry, T1)).rejects.toMatchObject({ code: 'damaged' });
    expect(await readFile(path, 'utf8')).toBe(newer);
  });

  it('refuses an entity twice or of an unknown type', async () => {
    const twice = { ...registry, entities: [...registry.entities, registry.entities[0]!] };
    await expect(library.saveRegistry(twice, T1)).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'Entity ent_meta (Meta) appears twice in the registry',
    });
    const untyped = { ...registry, entities: [{ ...registry.entities[0]!, type: 'benchmark' }] };
    await expect(library.saveRegistry(untyped, T1)).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('never overwrites a damaged registry', async () => {
    const path = join(folder, 'entities.json');
    await writeFile(path, '[1, 2');
    await expect(library.getRegistry()).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringMatching(
        new RegExp(
          `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: it is not valid JSON .*; it was left as it is$`,
        ),
      ),
    });
    await expect(library.saveRegistry(registry, T1)).rejects.toMatchObject({ code: 'damaged' });
    expect(await readFile(path, 'utf8')).toBe('[1, 2');
  });
});
