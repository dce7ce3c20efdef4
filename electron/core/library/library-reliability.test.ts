// The library under attack: a disk that fills up or turns read-only mid-save, damaged and
// foreign files, files from older and newer versions, and two tabs saving the same article.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch';
import type { Article } from '../../../shared/model/article';
import { emptyRegistry } from '../../../shared/model/entities';
import { nodeAtomicFs, type AtomicFs } from '../fs/atomic-write';
import { claimOnPhrase, pastedArticle } from '../test-helpers';
import { createCoreHandlers } from '../handlers';
import { openLibrary, type LibraryStore } from './library-store';

const T0 = new Date('2026-11-26T10:00:00.000Z');
const T1 = new Date('2026-11-26T11:00:00.000Z');
const BODY = 'Maverick achieves 73.5% on MMLU 🦙, says Meta.';

const extracted = (title: string) => pastedArticle(title, BODY, T0);

/** The article with one more claim, on `phrase`. */
const withClaim = (article: Article, phrase: string): Article => ({
  ...article,
  claims: [...article.claims, claimOnPhrase(article, phrase, T1)],
});

/** The real file system, except that writing a temp file fails with `code` while `full`. */
function diskThatFails(code: string): AtomicFs & { failing: boolean } {
  const fs = {
    ...nodeAtomicFs,
    failing: true,
    open: async (path: string, flags: string, mode?: number) => {
      if (fs.failing && flags !== 'r') {
        throw Object.assign(new Error(`${code}: simulated`), { code });
      }
      return nodeAtomicFs.open(path, flags, mode);
    },
  };
  return fs;
}

let folder: string;
let library: LibraryStore;
const articlePath = (id: string) => join(folder, 'articles', `${id}.json`);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'factmark-reliability-'));
  library = openLibrary(folder);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a disk that refuses writes', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EACCES', 'permission denied'],
  ])(
    '%s: the save fails naming the file, the file is intact, a later save succeeds',
    async (code, reason) => {
      const created = await library.create(extracted('Llama 4'), T0);
      const disk = diskThatFails(code);
      const failing = openLibrary(folder, { fs: disk });
      const before = await readFile(articlePath(created.id), 'utf8');

      const edited = withClaim(created, 'achieves 73.5% on MMLU');
      await expect(failing.save(edited, T1)).rejects.toMatchObject({
        code: 'io',
        message: `${articlePath(created.id)} could not be saved: ${reason}`,
      });
      await expect(failing.saveRegistry(emptyRegistry(), T1)).rejects.toMatchObject({
        code: 'io',
        message: expect.stringContaining(`entities.json could not be saved: ${reason}`),
      });
      expect(await readFile(articlePath(created.id), 'utf8')).toBe(before);
      expect(await readdir(join(folder, 'articles'))).toEqual([`${created.id}.json`]);

      disk.failing = false;
      expect(await failing.save(edited, T1)).toEqual({ savedAt: T1.toISOString(), revision: 2 });
      expect((await library.get(created.id)).claims).toEqual(edited.claims);
    },
  );
});

describe('damaged and foreign files', () => {
  const damagedCases: [string, string, RegExp][] = [
    ['truncated JSON', '{"format":"factmark.article","version":1,"art', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['another program', '{"name":"package"}', /not a Factmark article file/],
    ['hand-edited', '{"format":"factmark.article","version":1,"article":{"id":"x"}}', /article\./],
    [
      'from a newer Factmark',
      '{"format":"factmark.article","version":7}',
      /newer Factmark \(format version 7\); update Factmark/,
    ],
  ];
  it.each(damagedCases)(
    '%s: left in place untouched, reported by name, the rest of the library lists',
    async (_label, content, reason) => {
      const good = await library.create(extracted('Good'), T0);
      const badId = 'art_damaged';
      const badPath = articlePath(badId);
      await writeFile(badPath, content);

      const listed = await library.list();
      expect(listed.articles.map((a) => a.id)).toEqual([good.id]);
      expect(listed.problems).toEqual([{ file: badPath, message: expect.stringMatching(reason) }]);
      expect(listed.problems[0]!.message).toMatch(
        new RegExp(`^${badPath}: .*; it was left as it is$`),
      );
      await expect(library.get(badId)).rejects.toMatchObject({ code: 'damaged' });
      await expect(library.save({ ...good, id: badId }, T1)).rejects.toMatchObject({
        code: 'damaged',
      });
      await expect(library.delete(badId)).rejects.toMatchObject({ code: 'damaged' });
      expect(await readFile(badPath, 'utf8')).toBe(content);
    },
  );

  it.each([
    ['damaged', '{"format":"factmark.entities",', /not valid JSON/],
    ['from a newer Factmark', '{"format":"factmark.entities","version":2}', /newer Factmark/],
  ])(
    'entities.json %s: a clear error and the file is never overwritten',
    async (_l, content, reason) => {
      const path = join(folder, 'entities.json');
      await writeFile(path, content);
      await expect(library.getRegistry()).rejects.toMatchObject({
        code: 'damaged',
        message: expect.stringMatching(reason),
      });
      await expect(library.saveRegistry(emptyRegistry(), T1)).rejects.toMatchObject({
        code: 'damaged',
        message: expect.stringContaining(path),
      });
      expect(await readFile(path, 'utf8')).toBe(content);
    },
  );
});

describe('files from older versions', () => {
  /** What the prototype (file version 0) wrote: no context, status `open`, no mentions. */
  function versionZeroFile(id: string, text: string): string {
    const start = [...text].indexOf('M', 10);
    return JSON.stringify({
      format: 'factmark.article',
      version: 0,
      article: {
        id,
        title: 'Old article',
        byline: null,
        publishedAt: null,
        siteName: null,
        lang: 'en',
        dir: null,
        excerpt: null,
        source: { kind: 'paste', retrievedAt: T0.toISOString() },
        contentHash: `sha256:${'0'.repeat(64)}`,
        createdAt: T0.toISOString(),
        updatedAt: T0.toISOString(),
        blocks: [{ type: 'paragraph', runs: [{ text }] }],
        text,
        claims: [
          {
            id: 'clm_old',
            start,
            end: start + 4,
            quote: 'MMLU',
            entities: [],
            status: 'open',
            note: '',
            createdAt: T0.toISOString(),
            updatedAt: T0.toISOString(),
          },
        ],
      },
    });
  }

  it('reads a version 0 article, upgraded, without rewriting it; its next save writes version 1', async () => {
    const text = 'Maverick 🦙 on MMLU scores 73.5%.';
    const id = 'art_old';
    await mkdir(join(folder, 'articles'), { recursive: true });
    const original = versionZeroFile(id, text);
    await writeFile(articlePath(id), original);

    const article = await library.get(id);
    expect(article.claims[0]).toMatchObject({
      quote: 'MMLU',
      prefix: 'Maverick 🦙 on ',
      suffix: ' scores 73.5%.',
      status: 'unreviewed',
    });
    expect(article.mentions).toEqual([]);
    expect(article.orphans).toEqual([]);
    expect(article.revision).toBeUndefined();
    expect((await library.list()).articles.map((a) => a.id)).toEqual([id]);
    expect(await readFile(articlePath(id), 'utf8')).toBe(original);

    const saved = await library.save(withClaim(article, 'Maverick'), T1, 0);
    expect(saved.revision).toBe(1);
    const onDisk = JSON.parse(await readFile(articlePath(id), 'utf8')) as { version: number };
    expect(onDisk.version).toBe(1);
    expect((await library.get(id)).claims.map((c) => c.quote)).toEqual(['MMLU', 'Maverick']);
  });

  it('reports a version 0 file that is damaged beyond its upgrade', async () => {
    await mkdir(join(folder, 'articles'), { recursive: true });
    await writeFile(
      articlePath('art_old'),
      '{"format":"factmark.article","version":0,"article":{}}',
    );
    const { problems } = await library.list();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/article\.id/);
  });
});

describe('two writers', () => {
  it('counts revisions and refuses a save based on a stale one', async () => {
    const created = await library.create(extracted('Shared'), T0);
    expect(created.revision).toBe(1);
    const tabA = withClaim(created, 'achieves 73.5% on MMLU');
    const tabB = withClaim(created, 'says Meta');

    expect(await library.save(tabA, T1, 1)).toMatchObject({ revision: 2 });
    await expect(library.save(tabB, T1, 1)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(
        /^Shared: it was changed in another window or tab .*reload it/,
      ),
    });
    expect((await library.get(created.id)).claims.map((c) => c.quote)).toEqual([
      'achieves 73.5% on MMLU',
    ]);

    // Tab B reloads, reapplies its change, and saves on the current revision.
    const reloaded = await library.get(created.id);
    expect(await library.save(withClaim(reloaded, 'says Meta'), T1, 2)).toMatchObject({
      revision: 3,
    });
    expect((await library.get(created.id)).claims).toHaveLength(2);
  });

  it('a save without a base revision is not checked (hosts that do not send one yet)', async () => {
    const created = await library.create(extracted('Shared'), T0);
    await library.save(withClaim(created, 'says Meta'), T1);
    expect(await library.save(withClaim(created, 'Maverick'), T1)).toMatchObject({ revision: 3 });
  });

  it('through the contract: two tabs, the second gets a conflict error', async () => {
    const handlers = createCoreHandlers({ libraryDir: folder, now: () => T1 });
    const opened = await dispatch(handlers, 'openText', { text: BODY });
    expect(opened.ok).toBe(true);
    const article = (opened as { value: Article }).value;
    const first = await dispatch(handlers, 'saveArticle', {
      article: withClaim(article, 'Maverick'),
      baseRevision: article.revision,
    });
    expect(first).toEqual({ ok: true, value: { savedAt: T1.toISOString(), revision: 2 } });
    const second = await dispatch(handlers, 'saveArticle', {
      article: withClaim(article, 'says Meta'),
      baseRevision: article.revision,
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const invalid = await dispatch(handlers, 'saveArticle', { article, baseRevision: -1 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
