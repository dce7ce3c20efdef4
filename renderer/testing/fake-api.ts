// A FactmarkApi kept in memory, for tests of the store and commands: it records every call
// and can be told to fail a call until further notice. Its saves make the library's checks
// with the library's own functions (shared/model/article-saves): revisions counted and
// compared, the text unchanged, every span quoting the text, a patch adding up to `expected`.
// contract.test.ts runs the same cases against it and against the real handlers.
import { vi, type Mock } from 'vitest';
import type { CallName, FactmarkApi } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import { LibraryChangeLog } from '../../shared/contract/library-changes';
import { refuseAnnotationFile } from '../../shared/import/annotation-file-refusal';
import { base64ToBytes } from '../api/base64';
import { SearchableText } from '../../shared/corpus/searchable-text';
import { summarize, type Article } from '../../shared/model/article';
import { canonicalText, makeBlock, type Block } from '../../shared/model/blocks';
import { emptyRegistry, type EntityRegistry } from '../../shared/model/entities';
import { articleAfterPatch, articleAfterSave } from '../../shared/model/article-saves';
import { isUrlEnd, type Relation } from '../../shared/model/relations';
import {
  annotationState,
  linkInto,
  relationsTouching,
  unlinkFrom,
  viewOf,
} from '../../shared/model/relation-edits';

export type FakeApi = { [K in CallName]: Mock<FactmarkApi[K]> } & {
  articles: Map<string, Article>;
  /**
   * The registry as last saved (or as set for the next getEntities), who is annotating, and
   * who marked which article done.
   */
  host: { registry: EntityRegistry; annotator: string | null; done: Map<string, string> };
  /** Makes a call throw `error` until set back to null. */
  failing: Partial<Record<CallName, ContractError | null>>;
  /**
   * Another host (or a sync tool) stores `article` in the library (its revision as given: a
   * host counts only what its own annotator writes), as the real host would find it in its
   * folder: the page's waitForLibraryChanges hears of it; of its own saves it never does.
   */
  savedElsewhere(article: Article): void;
};

let counter = 0;

/** Loopback and private addresses by their look (the real host resolves names first). */
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+)$/;

/** As the host does: a local-network address is refused, naming it, unless allowed. */
function refuseLocalNetwork(url: string, allowed: readonly string[] = []): void {
  const host = new URL(url).hostname;
  if (LOCAL_HOST.test(host) && !allowed.includes(host)) {
    throw new ContractError(
      'local-network',
      `${url}: this link points to your local network (${host}); it opens only once you allow that host`,
      host,
    );
  }
}

export function sampleArticle(overrides: Partial<Article> = {}, blocks?: Block[]): Article {
  const theBlocks = blocks ?? [
    makeBlock('title', [{ text: 'Llama 4 🦙 arrives' }])!,
    makeBlock('paragraph', [
      { text: 'Meta said Maverick ' },
      { text: 'achieves 73.5% on MMLU', marks: [{ type: 'bold' }] },
      { text: '.' },
    ])!,
    makeBlock('paragraph', [{ text: '大規模 models from Meta.' }])!,
  ];
  counter++;
  return {
    id: `art_sample${counter}`,
    title: 'Llama 4 🦙 arrives',
    byline: 'A. Writer',
    publishedAt: '2026-04-05T00:00:00.000Z',
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    source: { kind: 'paste', retrievedAt: '2026-04-06T00:00:00.000Z' },
    contentHash: `sha256:${'0'.repeat(64)}`,
    createdAt: '2026-04-06T00:00:00.000Z',
    updatedAt: '2026-04-06T00:00:00.000Z',
    blocks: theBlocks,
    text: canonicalText(theBlocks),
    claims: [],
    mentions: [],
    orphans: [],
    ...overrides,
  };
}

/** The fake's clock: every save is "now" at the same moment. */
const NOW = new Date('2026-04-06T12:00:00.000Z');

export function fakeApi(initial: Article[] = []): FakeApi {
  const articles = new Map(initial.map((a) => [a.id, a]));
  const failing: FakeApi['failing'] = {};
  const state: FakeApi['host'] = { registry: emptyRegistry(), annotator: null, done: new Map() };
  /** A newly read article, stored at revision 1 as the library stores it. */
  const created = (article: Article): Article => {
    const stored = { ...article, revision: 1 };
    articles.set(stored.id, stored);
    return stored;
  };
  const guard = (name: CallName) => {
    const error = failing[name];
    if (error) throw error;
  };
  const notFound = (id: string) => new ContractError('not-found', `No article ${id}.`);
  const changes = new LibraryChangeLog('fake', 25_000);
  const savedElsewhere = (article: Article) => {
    articles.set(article.id, article);
    changes.add([article.id]);
  };
  const api = {
    listLibrary: vi.fn(async () => {
      guard('listLibrary');
      return { articles: [...articles.values()].map(summarize), problems: [] };
    }),
    getArticle: vi.fn(async ({ id }) => {
      guard('getArticle');
      const article = articles.get(id);
      if (!article) throw notFound(id);
      return article;
    }),
    openFile: vi.fn(async ({ fileName, dataBase64 }) => {
      guard('openFile');
      refuseAnnotationFile(new TextDecoder().decode(base64ToBytes(dataBase64)), fileName);
      return created(sampleArticle({ source: { kind: 'file', fileName, retrievedAt: 'x' } }));
    }),
    getOpenProgress: vi.fn(async () => ({ done: 0, total: 0, stage: 'waiting' as const })),
    cancelOpen: vi.fn(async () => ({})),
    openDesktopFile: vi.fn(async () => ({ article: null })),
    openUrl: vi.fn(async ({ url, allowLocalHosts }) => {
      guard('openUrl');
      refuseLocalNetwork(url, allowLocalHosts);
      return created(sampleArticle({ source: { kind: 'url', url, retrievedAt: 'x' } }));
    }),
    openText: vi.fn(async ({ text, title }) => {
      guard('openText');
      const block = makeBlock('paragraph', [{ text }])!;
      const heading = makeBlock('title', [{ text: title ?? 'Pasted text' }])!;
      return created(sampleArticle({ title: title ?? 'Pasted text' }, [heading, block]));
    }),
    saveArticle: vi.fn(async ({ article, baseRevision }) => {
      guard('saveArticle');
      const stored = articles.get(article.id);
      if (!stored) throw notFound(article.id);
      const { next, revision } = articleAfterSave(stored, article as Article, NOW, baseRevision);
      if (next) articles.set(next.id, next);
      return { savedAt: NOW.toISOString(), revision };
    }),
    saveAnnotations: vi.fn(async ({ id, baseRevision, ...change }) => {
      guard('saveAnnotations');
      const stored = articles.get(id);
      if (!stored) throw notFound(id);
      const { next, revision } = articleAfterPatch(stored, change, NOW, baseRevision);
      if (next) articles.set(id, next);
      return { savedAt: NOW.toISOString(), revision };
    }),
    // As if the source had not changed; tests of reloading give it their own answer.
    reloadArticle: vi.fn(async ({ id, from, allowLocalHosts }) => {
      guard('reloadArticle');
      const article = articles.get(id);
      if (!article) throw notFound(id);
      const url = from?.kind === 'url' ? from.url : from ? undefined : article.source.url;
      if (url) refuseLocalNetwork(url, allowLocalHosts);
      return { article, counts: { anchored: 0, drifted: 0, orphaned: 0, unchanged: true } };
    }),
    deleteArticle: vi.fn(async ({ id }) => {
      guard('deleteArticle');
      if (!articles.delete(id)) throw notFound(id);
      return {};
    }),
    getEntities: vi.fn(async () => {
      guard('getEntities');
      return state.registry;
    }),
    saveEntities: vi.fn(async ({ registry, baseRevision }) => {
      guard('saveEntities');
      const revision = state.registry.revision ?? 0;
      if (baseRevision !== undefined && baseRevision !== revision) {
        throw new ContractError(
          'conflict',
          `The entity list was changed in another window or tab (revision ${revision}, this copy has ${baseRevision})`,
        );
      }
      const { revision: _theirs, ...content } = registry as EntityRegistry;
      const { revision: _stored, ...stored } = state.registry;
      if (JSON.stringify(stored) === JSON.stringify(content)) {
        return { savedAt: NOW.toISOString(), revision };
      }
      state.registry = { ...content, revision: revision + 1 };
      return { savedAt: NOW.toISOString(), revision: revision + 1 };
    }),
    exportAnnotations: vi.fn(async ({ format }) => {
      guard('exportAnnotations');
      return {
        fileName: `export.${format}.json`,
        mediaType: 'application/json',
        encoding: 'utf8' as const,
        content: '{}',
        notices: [],
      };
    }),
    importAnnotations: vi.fn(async () => {
      guard('importAnnotations');
      return {
        articlesAdded: 0,
        articlesUpdated: 0,
        entitiesAdded: 0,
        claimsAdded: 0,
        mentionsAdded: 0,
        relationsAdded: 0,
        conflicts: [],
        warnings: [],
        recognised: [],
      };
    }),
    saveExport: vi.fn(async () => {
      guard('saveExport');
      return { path: '/tmp/export.json', notices: [] };
    }),
    getCorpus: vi.fn(async ({ unlessVersion }) => {
      guard('getCorpus');
      // The fake names a state of its articles by their update times.
      const version = [...articles.values()].map((a) => `${a.id}@${a.updatedAt}`).join('|');
      if (unlessVersion === version) {
        return { documents: [], problems: [], version, unchanged: true };
      }
      return {
        version,
        documents: [...articles.values()].map((a) => ({
          articleId: a.id,
          title: a.title,
          updatedAt: a.updatedAt,
          claims: a.claims,
          mentions: a.mentions,
          ...(a.evidence?.length ? { evidence: a.evidence } : {}),
          ...(a.relations?.length ? { relations: a.relations } : {}),
        })),
        problems: [],
      };
    }),
    searchLibrary: vi.fn(async ({ query }) => {
      guard('searchLibrary');
      const hits = [...articles.values()].flatMap((a) =>
        new SearchableText(a.text).find(query).map((m) => ({
          articleId: a.id,
          title: a.title,
          ...m,
          snippet: a.text,
        })),
      );
      return { hits };
    }),
    getAnnotator: vi.fn(async () => {
      guard('getAnnotator');
      return { annotator: state.annotator, fixed: false };
    }),
    setAnnotator: vi.fn(async ({ annotator }) => {
      guard('setAnnotator');
      state.annotator = annotator;
      return { annotator };
    }),
    // Like the library: everyone with an annotation or a mark in any article, sorted.
    listAnnotators: vi.fn(async () => {
      guard('listAnnotators');
      const names = new Set<string>();
      for (const article of articles.values()) {
        for (const item of [...article.claims, ...article.mentions, ...article.orphans]) {
          if (item.annotator) names.add(item.annotator);
        }
      }
      for (const key of state.done.keys()) names.add(key.split('\u0000')[1] ?? '');
      names.delete('');
      return { annotators: [...names].sort() };
    }),
    // Like the library store: every annotator with an annotation in the article, or a mark.
    getLayers: vi.fn(async ({ id }) => {
      guard('getLayers');
      const article = articles.get(id);
      if (!article) throw notFound(id);
      const names = new Set<string>();
      for (const item of [...article.claims, ...article.mentions, ...article.orphans]) {
        if (item.annotator) names.add(item.annotator);
      }
      for (const key of state.done.keys()) {
        const [articleId, who] = key.split('\u0000');
        if (articleId === id && who) names.add(who);
      }
      return {
        layers: [...names].sort().map((annotator) => ({
          annotator,
          done: state.done.get(`${id}\u0000${annotator}`) ?? null,
        })),
      };
    }),
    setLayerDone: vi.fn(async ({ id, done }) => {
      guard('setLayerDone');
      if (!state.annotator) throw new ContractError('invalid-input', 'No annotator chosen.');
      const key = `${id}\u0000${state.annotator}`;
      if (done) state.done.set(key, 'now');
      else state.done.delete(key);
      return {};
    }),
    // As the library store: each relation stored with its claim's article, attributed to who is
    // annotating; every annotation end must exist; no revision changes.
    linkAnnotations: vi.fn(async ({ relations }) => {
      guard('linkAnnotations');
      const mine: Relation[] = relations.map(({ annotator: _a, ...r }) =>
        state.annotator ? { ...r, annotator: state.annotator } : r,
      );
      for (const { to } of mine) {
        if (isUrlEnd(to)) continue;
        const target = articles.get(to.document);
        if (!target || annotationState(target, to.annotation) === 'missing') {
          throw new ContractError('not-found', `No annotation ${to.annotation} to link to.`);
        }
      }
      const added: Relation[] = [];
      for (const relation of mine) {
        const article = articles.get(relation.from.document);
        if (!article) throw notFound(relation.from.document);
        const linked = linkInto(article, [relation]);
        articles.set(article.id, linked.article);
        added.push(...linked.added);
      }
      return { added };
    }),
    unlinkAnnotations: vi.fn(async ({ links }) => {
      guard('unlinkAnnotations');
      const removed: Relation[] = [];
      for (const { id, article: articleId } of links) {
        const article = articles.get(articleId);
        if (!article) continue;
        const unlinked = unlinkFrom(article, [id]);
        articles.set(articleId, unlinked.article);
        removed.push(...unlinked.removed);
      }
      return { removed };
    }),
    listRelations: vi.fn(async ({ article: id }) => {
      guard('listRelations');
      const article = articles.get(id);
      if (!article) throw notFound(id);
      const relations = relationsTouching(article, [...articles.values()]);
      return { relations: relations.map((r) => viewOf(r, (doc) => articles.get(doc) ?? null)) };
    }),
    waitForLibraryChanges: vi.fn(async ({ after }) => {
      guard('waitForLibraryChanges');
      return changes.wait(after);
    }),
    openExternal: vi.fn(async () => {
      guard('openExternal');
      return {};
    }),
  } satisfies { [K in CallName]: Mock<FactmarkApi[K]> };
  return Object.assign(api, { articles, failing, host: state, savedElsewhere });
}
