// The links touching an article (`relationsOf`, behind `listRelations`) come from the index's
// reverse map of `linksTo`: they are the ones reading every article would give, and only the
// open article, the articles linking into it and those its links end in are read.
import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEvidencePassage } from '../../../shared/model/annotate';
import type { Article } from '../../../shared/model/article';
import { relationsTouching, viewOf, type RelationView } from '../../../shared/model/relation-edits';
import type { Relation, RelationType } from '../../../shared/model/relations';
import { CodePointIndex } from '../../../shared/text/code-points';
import { claimOnPhrase, pastedArticle } from '../test-helpers';
import { openLibrary, type LibraryStore } from './library-store';

/** Every file read in this test, so a test can see which articles a call read. */
const reads = vi.hoisted(() => [] as string[]);
/** How many more listings of an articles folder fail, as on a share gone for a moment. */
const failing = vi.hoisted(() => ({ listings: 0 }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof FsPromises>();
  const readFile = (...args: Parameters<typeof real.readFile>) => {
    reads.push(String(args[0]));
    return real.readFile(...args);
  };
  const readdir = ((...args: Parameters<typeof real.readdir>) => {
    if (failing.listings > 0 && /[/\\]articles$/.test(String(args[0]))) {
      failing.listings -= 1;
      return Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    }
    return real.readdir(...args);
  }) as typeof real.readdir;
  return { ...real, readFile, readdir, default: { ...real, readFile, readdir } };
});

const T0 = new Date('2026-12-07T10:00:00.000Z');
const T1 = new Date('2026-12-07T11:00:00.000Z');
const BODY = 'Maverick achieves 73.5% on MMLU, says Meta. Scout is smaller.';

let folder: string;
beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'factmark-relations-of-')), 'library');
});
afterEach(async () => {
  await rm(join(folder, '..'), { recursive: true, force: true });
});

function passageOn(article: Article, phrase: string) {
  const text = new CodePointIndex(article.text);
  const start = text.toCodePoint(article.text.indexOf(phrase));
  return createEvidencePassage(text, start, start + [...phrase].length, T1.toISOString());
}

let counter = 0;
function link(type: RelationType, from: [Article, string], to: [Article, string]): Relation {
  return {
    id: `rel_test${++counter}`,
    type,
    from: { document: from[0].id, annotation: from[1] },
    to: { document: to[0].id, annotation: to[1] },
    createdAt: T1.toISOString(),
  };
}

/** A stored article with a claim on "achieves 73.5%" and a passage on "Scout is smaller". */
async function annotated(store: LibraryStore, title: string) {
  const created = await store.create(pastedArticle(title, BODY, T0), T0);
  const claim = claimOnPhrase(created, 'achieves 73.5%', T1);
  const passage = passageOn(created, 'Scout is smaller');
  await store.save({ ...created, claims: [claim], evidence: [passage] }, T1, created.revision);
  return { article: created, claim: claim.id, passage: passage.id };
}

/** What relationsOf answered before the index knew `linksTo`: every article read. */
async function readingEveryArticle(store: LibraryStore, id: string) {
  const { articles } = await store.list();
  const all = new Map<string, Article | null>();
  for (const { id: other } of articles) all.set(other, await store.get(other));
  const article = all.get(id)!;
  const others = [...all.values()].filter((a): a is Article => a !== null);
  return relationsTouching(article, others).map((r) => viewOf(r, (doc) => all.get(doc) ?? null));
}

const byId = (views: readonly RelationView[]) =>
  [...views].sort((a, b) => a.relation.id.localeCompare(b.relation.id));

/** The article ids whose files (text, layers, conflict copies) were read by `call`. */
async function articlesReadBy(call: () => Promise<unknown>): Promise<string[]> {
  reads.length = 0;
  await call();
  const ids = reads
    .filter((path) => /[/\\](articles|layers[/\\][^/\\]+)[/\\]/.test(path))
    .map((path) => /^(art_[A-Za-z0-9_-]+?)(\.|$)/.exec(basename(path))?.[1] ?? path);
  return [...new Set(ids)].sort();
}

/**
 * Two annotators' library: a report whose claim refutes a passage of a rebuttal and cites a web
 * page; Bob's claim in a third article says the same as the report's; a fourth article's link
 * ends at a passage of the report that was removed since; a fifth holds its link to the report
 * only in a conflict copy of its layer; and unrelated articles link among themselves.
 */
async function library() {
  const dana = openLibrary(folder, { annotator: 'Dana' });
  const bob = openLibrary(folder, { annotator: 'Bob' });
  const report = await annotated(dana, 'Report');
  const rebuttal = await annotated(dana, 'Rebuttal');
  const third = await annotated(bob, 'Third');
  const fourth = await annotated(dana, 'Fourth');
  const fifth = await annotated(dana, 'Fifth');
  const unrelated = [await annotated(dana, 'Unrelated A'), await annotated(dana, 'Unrelated B')];
  await dana.link([
    link('refutes', [report.article, report.claim], [rebuttal.article, rebuttal.passage]),
    {
      ...link('supports', [report.article, report.claim], [report.article, report.claim]),
      to: { url: 'https://example.org/table' },
    },
    link('context', [fourth.article, fourth.claim], [report.article, report.passage]),
    link(
      'same-claim',
      [unrelated[0]!.article, unrelated[0]!.claim],
      [unrelated[1]!.article, unrelated[1]!.claim],
    ),
  ]);
  await bob.link([
    link('same-claim', [third.article, third.claim], [report.article, report.claim]),
  ]);
  // The report's passage is removed: the fourth article's link to it stays, its end missing.
  const stored = await dana.get(report.article.id);
  await dana.save({ ...stored, evidence: [] }, T1, stored.revision);
  // A second machine of Dana's linked the fifth article's claim to the report's: a sync tool
  // left its layer file as a conflict copy beside hers.
  const layerPath = join(folder, 'layers', 'Dana', `${fifth.article.id}.json`);
  const layer = JSON.parse(await readFile(layerPath, 'utf8'));
  const copied = link('contradicts', [fifth.article, fifth.claim], [report.article, report.claim]);
  await writeFile(
    join(
      folder,
      'layers',
      'Dana',
      `${fifth.article.id}.sync-conflict-20261207-120000-LAPTOP1.json`,
    ),
    JSON.stringify({ ...layer, relations: [copied], revision: 5 }),
  );
  return { report, rebuttal, third, fourth, fifth, unrelated };
}

describe('relationsOf through the index’s reverse map', () => {
  it('answers what reading every article answers, in each article', async () => {
    const { report, rebuttal, third, fourth, fifth, unrelated } = await library();
    const store = openLibrary(folder, { annotator: 'Dana' });
    for (const { article } of [report, rebuttal, third, fourth, fifth, ...unrelated]) {
      // the same views; links from articles changed at the same time may come in either order
      const expected = await readingEveryArticle(store, article.id);
      expect(byId(await store.relationsOf(article.id))).toEqual(byId(expected));
    }
    const views = await store.relationsOf(report.article.id);
    // outgoing: the refuting passage and the web page; incoming: Bob's, the conflict copy's
    // and the one whose end is gone
    expect(views.map((v) => [v.relation.type, v.relation.annotator]).sort()).toEqual([
      ['context', 'Dana'],
      ['contradicts', 'Dana'],
      ['refutes', 'Dana'],
      ['same-claim', 'Bob'],
      ['supports', 'Dana'],
    ]);
    expect(views.find((v) => v.relation.type === 'context')?.to).toMatchObject({
      state: 'missing',
      title: 'Report',
    });
  });

  it('reads only the article, those linking into it and those its links end in', async () => {
    const { report, rebuttal, third, fourth, fifth } = await library();
    const store = openLibrary(folder, { annotator: 'Bob' });
    await store.list(); // the app's listing at start
    const read = await articlesReadBy(() => store.relationsOf(report.article.id));
    expect(read).toEqual([report, rebuttal, third, fourth, fifth].map((a) => a.article.id).sort());
    expect(await articlesReadBy(() => store.relationsOf(rebuttal.article.id))).toEqual(
      [report, rebuttal].map((a) => a.article.id).sort(),
    );
  });

  it('lists a store’s own links and unlinks at once, reading no other article', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const a = await annotated(dana, 'A');
    const b = await annotated(dana, 'B');
    const c = await annotated(dana, 'C');
    expect(await dana.relationsOf(b.article.id)).toEqual([]);
    const made = link('refutes', [a.article, a.claim], [b.article, b.passage]);
    await dana.link([made]);
    let views: RelationView[] = [];
    const read = await articlesReadBy(async () => (views = await dana.relationsOf(b.article.id)));
    expect(views.map((v) => v.relation.id)).toEqual([made.id]);
    expect(read).toEqual([a.article.id, b.article.id].sort());
    expect(read).not.toContain(c.article.id);
    await dana.unlink([{ id: made.id, article: a.article.id }]);
    expect(await dana.relationsOf(b.article.id)).toEqual([]);
    // A save that removes the linking claim takes the link, and the index follows.
    await dana.link([made]);
    const stored = await dana.get(a.article.id);
    await dana.save({ ...stored, claims: [] }, T1, stored.revision);
    expect(await articlesReadBy(() => dana.relationsOf(b.article.id))).toEqual([b.article.id]);
  });

  it('a store opened later rebuilds the map from the files, not from a stale index', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const a = await annotated(dana, 'A');
    const b = await annotated(dana, 'B');
    await dana.list(); // index.json written without links
    // Another program links the two while this store is closed (it does not list).
    await openLibrary(folder, { annotator: 'Bob' }).link([
      link('supports', [a.article, a.claim], [b.article, b.passage]),
    ]);
    const later = openLibrary(folder, { annotator: 'Dana' });
    expect((await later.relationsOf(b.article.id)).map((v) => v.relation.type)).toEqual([
      'supports',
    ]);
  });

  it('a listing that failed is tried again by the next call', async () => {
    const dana = openLibrary(folder, { annotator: 'Dana' });
    const a = await annotated(dana, 'A');
    const later = openLibrary(folder, { annotator: 'Dana' });
    failing.listings = 1;
    await expect(later.relationsOf(a.article.id)).rejects.toThrow(/could not be read/);
    expect(await later.relationsOf(a.article.id)).toEqual([]);
  });
});
