// One suite for the contract's saving and reading calls, run against the real handlers (over a
// library in a temp folder) and against the renderer's test double: the double must do what a
// host does, or the store's tests prove nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoreHandlers } from './electron/core/handlers';
import { LibraryWatch } from './electron/core/library/library-watch';
import { fakeApi } from './renderer/testing/fake-api';
import type { FactmarkApi, Handlers } from './shared/contract/calls';
import { createClaim, createEvidencePassage } from './shared/model/annotate';
import type { Relation } from './shared/model/relations';
import { annotationFingerprint, diffAnnotations } from './shared/model/annotation-patch';
import type { Article } from './shared/model/article';
import { CodePointIndex } from './shared/text/code-points';

type Calls =
  | 'openText'
  | 'getArticle'
  | 'saveArticle'
  | 'saveAnnotations'
  | 'deleteArticle'
  | 'linkAnnotations'
  | 'unlinkAnnotations'
  | 'listRelations';
type Host = Pick<FactmarkApi, Calls | 'saveEntities' | 'getEntities'> | Pick<Handlers, Calls>;
type AnyHost = Pick<FactmarkApi, Calls | 'saveEntities' | 'getEntities'>;

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

const hosts: Array<[string, () => AnyHost]> = [
  [
    'the core handlers',
    () => {
      const libraryDir = mkdtempSync(join(tmpdir(), 'factmark-contract-'));
      folders.push(libraryDir);
      return createCoreHandlers({ libraryDir }) satisfies Host as AnyHost;
    },
  ],
  ['the test double', () => fakeApi()],
];

const TEXT = 'Meta said Maverick achieves 73.5% on MMLU.\n\nScout runs on one 🦙 GPU.';

/** The article with one more claim on the first occurrence of `quote`. */
function withClaim(article: Article, quote: string, shift = 0): Article {
  const at = [...article.text.slice(0, article.text.indexOf(quote))].length + shift;
  const claim = createClaim(new CodePointIndex(article.text), at, at + [...quote].length, 'now');
  return { ...article, claims: [...article.claims, claim] };
}

const patchOf = (from: Article, to: Article) => ({
  id: from.id,
  baseRevision: from.revision ?? 0,
  contentHash: from.contentHash,
  patch: diffAnnotations(from, to)!,
  expected: annotationFingerprint(to),
});

describe.each(hosts)('the contract, kept by %s', (_, makeHost) => {
  async function opened() {
    const host = makeHost();
    const article = await host.openText({ text: TEXT, title: 'Contract' });
    return { host, article };
  }

  it('stores a new article at revision 1, as getArticle returns it', async () => {
    const { host, article } = await opened();
    expect(article.revision).toBe(1);
    expect(await host.getArticle({ id: article.id })).toEqual(article);
  });

  it('saves a whole article from its revision and counts the revision on', async () => {
    const { host, article } = await opened();
    const edited = withClaim(article, 'achieves 73.5%');
    expect((await host.saveArticle({ article: edited, baseRevision: 1 })).revision).toBe(2);
    expect((await host.getArticle({ id: article.id })).claims).toEqual(edited.claims);
    // Saving what is stored changes nothing, not even the revision.
    const stored = await host.getArticle({ id: article.id });
    expect((await host.saveArticle({ article: stored, baseRevision: 2 })).revision).toBe(2);
  });

  it('refuses a save from an older revision with conflict, and writes nothing', async () => {
    const { host, article } = await opened();
    await host.saveArticle({ article: withClaim(article, 'Meta said'), baseRevision: 1 });
    await expect(
      host.saveArticle({ article: withClaim(article, 'Scout'), baseRevision: 1 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await host.getArticle({ id: article.id })).claims.map((c) => c.quote)).toEqual([
      'Meta said',
    ]);
  });

  it('refuses a claim whose quote is not the text at its offsets', async () => {
    const { host, article } = await opened();
    const off = withClaim(article, 'achieves 73.5%', 1);
    off.claims[0] = { ...off.claims[0]!, quote: 'achieves 73.5%' };
    await expect(host.saveArticle({ article: off, baseRevision: 1 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('refuses a save that changes the text', async () => {
    const { host, article } = await opened();
    const changed = { ...article, text: `${article.text} More.` };
    await expect(host.saveArticle({ article: changed, baseRevision: 1 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('applies a patch that adds up, and counts the revision on', async () => {
    const { host, article } = await opened();
    const edited = withClaim(article, 'Scout runs');
    expect((await host.saveAnnotations(patchOf(article, edited))).revision).toBe(2);
    const stored = await host.getArticle({ id: article.id });
    expect(stored.claims).toEqual(edited.claims);
    expect(stored.revision).toBe(2);
  });

  it('refuses a patch that does not fit, and writes nothing', async () => {
    const { host, article } = await opened();
    const edited = withClaim(article, 'Scout runs');
    const refusals: Array<[string, Parameters<AnyHost['saveAnnotations']>[0]]> = [
      ['conflict', { ...patchOf(article, edited), baseRevision: 7 }],
      ['conflict', { ...patchOf(article, edited), contentHash: `sha256:${'1'.repeat(64)}` }],
      ['invalid-input', { ...patchOf(article, edited), expected: annotationFingerprint(article) }],
    ];
    const outside = withClaim(article, 'Scout runs');
    outside.claims[0] = { ...outside.claims[0]!, start: 500, end: 510 };
    refusals.push(['invalid-input', patchOf(article, outside)]);
    for (const [code, input] of refusals) {
      await expect(host.saveAnnotations(input)).rejects.toMatchObject({ code });
    }
    expect(await host.getArticle({ id: article.id })).toEqual(article);
  });

  it('answers not-found for an article it does not have, or no longer has', async () => {
    const { host, article } = await opened();
    await expect(host.getArticle({ id: 'art_missing' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await host.deleteArticle({ id: article.id });
    await expect(host.getArticle({ id: article.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('counts the entity list’s revisions and refuses an older one', async () => {
    const host = makeHost();
    const registry = await host.getEntities({});
    const base = registry.revision ?? 0;
    const entity = { id: 'ent_meta', type: 'company', name: 'Meta', aliases: [], links: {} };
    const next = { ...registry, entities: [entity] };
    const saved = await host.saveEntities({ registry: next, baseRevision: base });
    expect(saved.revision).toBe(base + 1);
    expect((await host.getEntities({})).entities.map((e) => e.name)).toEqual(['Meta']);
    await expect(host.saveEntities({ registry, baseRevision: base })).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});

describe.each(hosts)('links between annotations, kept by %s', (_, makeHost) => {
  /** Two articles: a claim saved in the first, a passage saved in the second. */
  async function twoArticles() {
    const host = makeHost();
    const report = await host.openText({ text: TEXT, title: 'Report' });
    const rebuttal = await host.openText({ text: TEXT, title: 'Rebuttal' });
    const claimed = withClaim(report, 'achieves 73.5%');
    await host.saveAnnotations(patchOf(report, claimed));
    const at = [...rebuttal.text.slice(0, rebuttal.text.indexOf('Meta said'))].length;
    const passage = createEvidencePassage(new CodePointIndex(rebuttal.text), at, at + 9, 'now');
    await host.saveAnnotations(patchOf(rebuttal, { ...rebuttal, evidence: [passage] }));
    const link: Relation = {
      id: 'rel_contract1',
      type: 'refutes',
      from: { document: report.id, annotation: claimed.claims[0]!.id },
      to: { document: rebuttal.id, annotation: passage.id },
      createdAt: 'now',
    };
    return { host, report, rebuttal, claim: claimed.claims[0]!, passage, link };
  }

  it('links a claim to a passage of another article, once, and lists it from both ends', async () => {
    const { host, report, rebuttal, link } = await twoArticles();
    const revision = (await host.getArticle({ id: report.id })).revision;
    expect((await host.linkAnnotations({ relations: [link] })).added).toEqual([link]);
    // The same link again (under another id) is not added twice.
    const again = await host.linkAnnotations({ relations: [{ ...link, id: 'rel_contract2' }] });
    expect(again.added).toEqual([]);
    expect((await host.getArticle({ id: report.id })).revision).toBe(revision);
    for (const id of [report.id, rebuttal.id]) {
      const { relations } = await host.listRelations({ article: id });
      expect(relations).toMatchObject([
        {
          relation: link,
          from: { title: 'Report', kind: 'claim', quote: 'achieves 73.5%', state: 'placed' },
          to: { title: 'Rebuttal', kind: 'evidence', quote: 'Meta said', state: 'placed' },
        },
      ]);
    }
  });

  it('unlinks, answering the link as it was, so linking it again undoes', async () => {
    const { host, report, rebuttal, link } = await twoArticles();
    await host.linkAnnotations({ relations: [link] });
    const { removed } = await host.unlinkAnnotations({
      links: [{ id: link.id, article: report.id }],
    });
    expect(removed).toEqual([link]);
    expect((await host.listRelations({ article: rebuttal.id })).relations).toEqual([]);
    await host.linkAnnotations({ relations: removed });
    expect((await host.listRelations({ article: rebuttal.id })).relations).toHaveLength(1);
  });

  it('refuses a link to an annotation it does not have, with not-found', async () => {
    const { host, link } = await twoArticles();
    const to = { ...link.to, annotation: 'evi_nowhere' };
    await expect(host.linkAnnotations({ relations: [{ ...link, to }] })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('drops a link with the claim a save removes; one to a removed passage shows it missing', async () => {
    const { host, report, rebuttal, link } = await twoArticles();
    await host.linkAnnotations({ relations: [link] });
    const stored = await host.getArticle({ id: rebuttal.id });
    await host.saveAnnotations(patchOf(stored, { ...stored, evidence: [] }));
    const { relations } = await host.listRelations({ article: report.id });
    expect(relations.map((v) => v.to)).toMatchObject([{ state: 'missing' }]);
    const withLink = await host.getArticle({ id: report.id });
    await host.saveAnnotations(patchOf(withLink, { ...withLink, claims: [] }));
    expect((await host.getArticle({ id: report.id })).relations ?? []).toEqual([]);
  });
});

/** A host whose page waits for the library's changes, and another writer of its library. */
interface WatchedHost {
  host: Pick<FactmarkApi, 'openText' | 'getArticle' | 'saveArticle' | 'waitForLibraryChanges'>;
  saveElsewhere(article: Article): Promise<void>;
  close(): void;
}

const watchedHosts: Array<[string, () => WatchedHost]> = [
  [
    'the core handlers',
    () => {
      const libraryDir = mkdtempSync(join(tmpdir(), 'factmark-contract-live-'));
      folders.push(libraryDir);
      const changes = new LibraryWatch(libraryDir);
      const other = createCoreHandlers({ libraryDir });
      return {
        host: createCoreHandlers({ libraryDir, changes }) satisfies Pick<
          Handlers,
          'waitForLibraryChanges'
        >,
        saveElsewhere: async (article) => {
          await other.saveArticle({ article, baseRevision: article.revision ?? 0 });
        },
        close: () => changes.close(),
      };
    },
  ],
  [
    'the test double',
    () => {
      const api = fakeApi();
      return { host: api, saveElsewhere: async (a) => api.savedElsewhere(a), close: () => {} };
    },
  ],
];

describe.each(watchedHosts)('waitForLibraryChanges, kept by %s', (_, makeHost) => {
  it('tells of another writer’s changes to an article, never of its own saves', async () => {
    const { host, saveElsewhere, close } = makeHost();
    const article = await host.openText({ text: TEXT, title: 'Live' });
    const other = await host.openText({ text: TEXT, title: 'Other' });
    const waiting = host.waitForLibraryChanges({});
    await saveElsewhere(withClaim(article, 'Meta said'));
    const first = await waiting;
    expect(first).toMatchObject({ articles: [article.id], all: false, live: true });

    // my own save, then theirs of the other article: only theirs is told
    const next = host.waitForLibraryChanges({ after: first.cursor });
    const stored = await host.getArticle({ id: article.id });
    await host.saveArticle({
      article: withClaim(stored, 'Scout runs'),
      baseRevision: stored.revision ?? 0,
    });
    await saveElsewhere(withClaim(other, 'Meta said'));
    expect(await next).toMatchObject({ articles: [other.id], all: false, live: true });
    close();
  });

  it('answers a cursor it did not give with all', async () => {
    const { host, close } = makeHost();
    expect(await host.waitForLibraryChanges({ after: 'another-run.7' })).toMatchObject({
      articles: [],
      all: true,
      live: true,
    });
    close();
  });
});
