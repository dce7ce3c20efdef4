import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaim } from '../../../shared/model/annotate';
import type { Article } from '../../../shared/model/article';
import { CodePointIndex } from '../../../shared/text/code-points';
import { openLibrary, type LibraryStore } from './library-store';
import { pastedArticle } from './test-articles';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute));

const extracted = (title: string, body = 'Maverick achieves 73.5% on MMLU, says Meta.') =>
  pastedArticle(title, [body], at(0));

function withClaim(article: Article): Article {
  const text = new CodePointIndex(article.text);
  const start = text.toCodePoint(article.text.indexOf('achieves'));
  return { ...article, claims: [createClaim(text, start, start + 8, at(1).toISOString())] };
}

interface IndexFile {
  entries: Record<string, { mtimeMs: number; size: number; summary: { title: string } }>;
}

let folder: string;
let library: LibraryStore;
const articlePath = (id: string) => join(folder, 'articles', `${id}.json`);
const indexPath = () => join(folder, 'index.json');
const readIndex = async () => JSON.parse(await readFile(indexPath(), 'utf8')) as IndexFile;
const titles = (list: { articles: Array<{ title: string }> }) => list.articles.map((a) => a.title);

/** Rewrites an article file behind the store's back; `keepStamp` restores its old time. */
async function rewriteBehindTheStore(id: string, edit: (content: string) => string, keep = false) {
  const before = await stat(articlePath(id));
  await writeFile(articlePath(id), edit(await readFile(articlePath(id), 'utf8')));
  const time = keep ? before.mtime : new Date(before.mtimeMs + 5000);
  await utimes(articlePath(id), time, time);
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-index-'));
  library = openLibrary(folder);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the library index keeps in step with the store', () => {
  it.each<[string, (store: LibraryStore, article: Article) => Promise<string>]>([
    [
      'a save',
      async (store, article) => {
        await store.save(withClaim(article), at(5));
        return 'A';
      },
    ],
    [
      'a reload',
      async (store, article) => {
        await store.reload(article.id, extracted('A, updated'), at(5));
        return 'A, updated';
      },
    ],
  ])('after %s, with the stamp of the file written', async (_what, change) => {
    const article = await library.create(extracted('A'), at(0));
    await library.list();
    const title = await change(library, article);
    await library.list();
    const entry = (await readIndex()).entries[`${article.id}.json`]!;
    const file = await stat(articlePath(article.id));
    expect([entry.mtimeMs, entry.size]).toEqual([file.mtimeMs, file.size]);
    expect(entry.summary).toMatchObject({ title, updatedAt: at(5).toISOString() });
  });

  it('after an import, and forgets a deleted article', async () => {
    const kept = await library.create(extracted('Kept'), at(0));
    const gone = await library.create(extracted('Gone'), at(1));
    const imported = await library.add({ ...kept, id: 'art_imported', title: 'Imported' });
    await library.delete(gone.id);
    await library.list();
    expect(Object.keys((await readIndex()).entries).sort()).toEqual(
      [`${imported.id}.json`, `${kept.id}.json`].sort(),
    );
  });

  it('lets a new instance list from the index without reading unchanged files', async () => {
    const article = await library.create(extracted('Indexed'), at(0));
    // A whole-second time, so that setting it again restores it exactly.
    await utimes(articlePath(article.id), at(0), at(0));
    await library.list();
    // Same size and time, other content: only the index still knows the old title.
    await rewriteBehindTheStore(article.id, (c) => c.replace('"Indexed"', '"Changed"'), true);
    expect(titles(await openLibrary(folder).list({ limit: 10 }))).toEqual(['Indexed']);
  });
});

describe('listing the first screen', () => {
  beforeEach(async () => {
    for (const [i, title] of ['Oldest', 'Middle', 'Newest'].entries()) {
      await library.create(extracted(title), at(i));
    }
    await library.list();
  });

  it('gives the newest `limit` and how many there are in all', async () => {
    const first = await openLibrary(folder).list({ limit: 2 });
    expect(titles(first)).toEqual(['Newest', 'Middle']);
    expect(first.total).toBe(3);
    expect(first.problems).toEqual([]);
  });

  it('reads again a row it shows whose file changed, and the whole list checks every file', async () => {
    const { articles } = await library.list();
    const [newest, , oldest] = articles;
    await rewriteBehindTheStore(newest!.id, (c) => c.replace('"Newest"', '"Newest, edited"'));
    // Past the first screen: only the whole list looks at it.
    await rewriteBehindTheStore(oldest!.id, () => '{ damaged');
    const reopened = openLibrary(folder);
    const first = await reopened.list({ limit: 1 });
    expect(titles(first)).toEqual(['Newest, edited']);
    expect([first.total, first.problems]).toEqual([3, []]);
    const whole = await reopened.list();
    expect(titles(whole)).toEqual(['Newest, edited', 'Middle']);
    expect(whole.problems).toMatchObject([{ file: articlePath(oldest!.id) }]);
    expect(whole).not.toHaveProperty('total');
  });

  it('reads a file the index does not know (written by another process)', async () => {
    const other = await openLibrary(folder).create(extracted('From elsewhere'), at(9));
    await writeFile(indexPath(), JSON.stringify({ ...(await readIndex()) }));
    const first = await openLibrary(folder).list({ limit: 1 });
    expect(titles(first)).toEqual(['From elsewhere']);
    expect(first.articles[0]!.id).toBe(other.id);
    expect(first.total).toBe(4);
  });

  it('drops the entry of a file that is gone', async () => {
    const { articles } = await library.list();
    await rm(articlePath(articles[0]!.id));
    const first = await openLibrary(folder).list({ limit: 5 });
    expect([titles(first), first.total]).toEqual([['Middle', 'Oldest'], 2]);
    expect(Object.keys((await readIndex()).entries)).toHaveLength(2);
  });
});

describe('a damaged index is rebuilt, never trusted', () => {
  const damage: Array<[string, (index: IndexFile) => string]> = [
    ['not JSON', () => '{ "format": "factmark.library-index", '],
    ['another format', (index) => JSON.stringify({ ...index, format: 'something.else' })],
    ['a newer version', (index) => JSON.stringify({ ...index, version: 99 })],
  ];
  it.each(damage)('%s', async (_what, spoil) => {
    await library.create(extracted('A'), at(0));
    await library.create(extracted('B'), at(1));
    await library.list();
    await writeFile(indexPath(), spoil(await readIndex()));
    const reopened = openLibrary(folder);
    const first = await reopened.list({ limit: 1 });
    expect([titles(first), first.total]).toEqual([['B'], 2]);
    await reopened.list();
    const rebuilt = await readIndex();
    expect(
      Object.values(rebuilt.entries)
        .map((e) => e.summary.title)
        .sort(),
    ).toEqual(['A', 'B']);
  });

  it('without an index, reads for the first screen only the files written last', async () => {
    for (const [i, title] of ['A', 'B', 'C'].entries()) {
      const article = await library.create(extracted(title), at(i));
      const written = new Date(Date.UTC(2026, 0, 1, 0, i));
      await utimes(articlePath(article.id), written, written);
    }
    await rm(indexPath(), { force: true });
    // Damaged, but written first: the first screen does not read it, the whole list does.
    const { articles } = await openLibrary(folder).list();
    await rm(indexPath(), { force: true });
    await rewriteBehindTheStore(articles.at(-1)!.id, () => '{ damaged');
    const old = new Date(Date.UTC(2025, 0, 1));
    await utimes(articlePath(articles.at(-1)!.id), old, old);
    const reopened = openLibrary(folder);
    const first = await reopened.list({ limit: 2 });
    expect([titles(first), first.total, first.problems]).toEqual([['C', 'B'], 3, []]);
    const whole = await reopened.list();
    expect([titles(whole), whole.problems.length]).toEqual([['C', 'B'], 1]);
  });

  it('reads again the file of an entry that does not parse, and mends the entry', async () => {
    const article = await library.create(extracted('A'), at(0));
    await library.list();
    const index = await readIndex();
    const file = `${article.id}.json`;
    index.entries[file] = { ...index.entries[file]!, summary: { title: 7 } as never };
    await writeFile(indexPath(), JSON.stringify(index));
    expect(titles(await openLibrary(folder).list({ limit: 1 }))).toEqual(['A']);
    expect((await readIndex()).entries[file]!.summary.title).toBe('A');
  });
});
