// The library: a folder of article files and the entity registry. Every write is atomic, a file
// that does not parse (damaged, hand-edited, or from a newer Factmark) is reported, left where it
// is and never overwritten, and a save may change an article's annotations but never its text.
// Each save counts up the article's revision; a save based on an older one is refused.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ContractError } from '../../../shared/contract/result';
import {
  ArticleSchema,
  summarize,
  type Article,
  type ExtractedArticle,
  type TextVersion,
} from '../../../shared/model/article';
import { reloadArticle, type ReloadCounts } from '../../../shared/model/reload';
import { canonicalText } from '../../../shared/model/blocks';
import { emptyRegistry, type EntityRegistry } from '../../../shared/model/entities';
import { withDefaultShortcuts } from '../../../shared/model/registry-ops';
import { isArticleId, newId } from '../../../shared/model/ids';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from '../fs/atomic-write';
import { ioError } from '../fs/io-error';
import { removeStaleTempFiles } from '../fs/stale-temp-files';
import { serializeArticleFile, type ParsedFile } from './library-files';
import { ADJUDICATED, type AnnotatorName } from '../../../shared/model/annotators';
import {
  EMPTY_LAYER,
  articleStamp,
  LAYERS_FOLDER,
  layerFolders,
  readArticleOnDisk,
  splitByAnnotator,
  storedContent,
  type ArticleOnDisk,
  FolderListings,
  type LayerContent,
  type LayerSource,
} from './article-layers';
import { serializeLayerFile, type Layer } from './layer-files';
import { EntityFiles } from './entity-files';
import { FileLocks } from './file-lock';
import { readFirstAnnotator, recordFirstAnnotator } from './library-meta';
import { stableStringify } from './stable-json';
import { copiesOf } from './sync-copies';
import { assertSpansQuoteText } from '../../../shared/model/span-check';
import {
  applySavedPatch,
  assertRevision,
  checkWholeSave,
  withSavedAnnotations,
  type SavedPatch,
} from '../../../shared/model/article-saves';
import { isUrlEnd, type Relation } from '../../../shared/model/relations';
import {
  annotationState,
  linkInto,
  relationsTouching,
  unlinkFrom,
  viewOf,
  withRelations,
  type RelationView,
} from '../../../shared/model/relation-edits';
import { isEmptyPatch } from '../../../shared/model/annotation-patch';
import { SummaryIndex, type FileStamp } from './summary-index';
import { parseTextVersion, serializeTextVersion, textVersionPath } from './text-versions';
import { articleIdOfFile, listArticleFiles } from './article-folder';
import { listSummaries, type Listing } from './library-listing';

export interface LibraryStore {
  /**
   * Summaries, most recently changed first, and the files that could not be read. With `limit`,
   * only the newest `limit` (the first screen), checked against their files, and `total`.
   */
  list(options?: ListOptions): Promise<ListResult>;
  /** Starts reading the library index in the background, so the first listing finds it read. */
  warmUp(): void;
  get(id: string): Promise<Article>;
  /** Adds a newly read article, with an id, its content hash and no annotations yet. */
  create(extracted: ExtractedArticle, now: Date): Promise<Article>;
  /** Adds a whole article (from an import) under its own id; refuses an id already in use. */
  add(article: Article): Promise<Article>;
  /**
   * Stores an article's annotations; its text must be the stored one. With `baseRevision` (the
   * revision the edits started from) it refuses with `conflict` if the stored one is newer.
   */
  save(article: Article, now: Date, baseRevision?: number): Promise<SaveResult>;
  /**
   * Applies a patch of an article's annotations made from `baseRevision` (see
   * shared/model/article-saves): refuses with `conflict` if the stored article is newer or has another
   * text, with `invalid-input` if the result is not what the patch expects. An empty patch
   * writes nothing.
   */
  saveAnnotations(
    id: string,
    change: SavedPatch,
    now: Date,
    baseRevision: number,
  ): Promise<SaveResult>;
  /**
   * Replaces an article's text with the one its source has now, re-anchoring its annotations
   * (see shared/model/reload), and keeps the text it replaced. Writes nothing when the text is
   * the same. With `baseRevision`, refuses with `conflict` like `save`.
   */
  reload(
    id: string,
    extracted: ExtractedArticle,
    now: Date,
    baseRevision?: number,
  ): Promise<ReloadResult>;
  /** An earlier text of an article, kept when a reload replaced it. */
  getTextVersion(id: string, hash: string): Promise<TextVersion>;
  delete(id: string): Promise<void>;
  /** The entity registry; the built-in types and no entities when there is none yet. */
  getRegistry(): Promise<EntityRegistry>;
  /**
   * Stores the registry and counts up its revision. With `baseRevision` (the revision the edits
   * started from) it refuses with `conflict` if the stored one is newer.
   */
  saveRegistry(registry: EntityRegistry, now: Date, baseRevision?: number): Promise<SaveResult>;
  /** Whose layer this store writes; null for a library used without names (before layers). */
  annotator(): AnnotatorName | null;
  /** Writes as `annotator` from now on (the app's settings changed). */
  setAnnotator(annotator: AnnotatorName): void;
  /** The annotators with a layer of article `id`, and when each marked it done. */
  layers(id: string): Promise<LayerInfo[]>;
  /** Marks article `id` done (or not) for this store's annotator. */
  setDone(id: string, done: boolean, now: Date): Promise<void>;
  /**
   * Adds relations, each to its claim's article in this store's layer, and answers those added
   * (one that says what a stored one says is not added twice). Every annotation end must exist.
   * Links change no revision: they are added and removed by id, so an open copy of the article
   * stays current.
   */
  link(relations: readonly Relation[]): Promise<Relation[]>;
  /** Removes relations, each named with the article it is stored with; answers those removed. */
  unlink(links: readonly StoredLink[]): Promise<Relation[]>;
  /** Every relation touching article `id` (its own and those into it), both ends described. */
  relationsOf(id: string): Promise<RelationView[]>;
}

/** A relation by id and the article it is stored with (its claim's). */
export interface StoredLink {
  id: string;
  article: string;
}

export interface LayerInfo {
  annotator: AnnotatorName;
  done: string | null;
}

export interface ListOptions {
  limit?: number;
}

export type ListResult = Omit<Listing, 'total'> & { total?: number };

export interface SaveResult {
  savedAt: string;
  /** The stored revision, to base the next save on. */
  revision: number;
}

export interface ReloadResult {
  /** The article as stored now (the same one when unchanged). */
  article: Article;
  counts: ReloadCounts;
}

export interface LibraryOptions {
  /** The file system writes go through (tests make it fail). */
  fs?: AtomicFs;
  /**
   * Whose layer the store writes (see docs/team.md). Without one, the library works as before
   * layers, annotations in the article files, as long as no annotator has used it.
   */
  annotator?: AnnotatorName | null;
}

/** `sha256:` and the hex digest of the canonical text's UTF-8 bytes. */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function openLibrary(folder: string, options: LibraryOptions = {}): LibraryStore {
  return new FolderLibrary(folder, options.fs ?? nodeAtomicFs, options.annotator ?? null);
}

type ReadResult<T> =
  { state: 'ok'; value: T } | { state: 'missing' } | { state: 'damaged'; message: string };

type Annotations = LayerSource;

class FolderLibrary implements LibraryStore {
  private readonly articlesFolder: string;
  private readonly entityFiles: EntityFiles;
  private readonly locks: FileLocks;
  private readonly folder: string;
  /** The library's first annotator, once read (or recorded by this store). */
  private first: Promise<AnnotatorName | null> | undefined;
  private readonly index: SummaryIndex;
  /** One operation at a time per file, so a save cannot interleave with another or a delete. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The sweep of temp files that interrupted writes left, run once, at the first listing. */
  private tempSweep: Promise<unknown> | undefined;
  /** A whole listing that checked the index against the files (see relationsOf). */
  private indexChecked: Promise<unknown> | undefined;

  constructor(
    folder: string,
    private readonly fs: AtomicFs,
    private currentAnnotator: AnnotatorName | null,
  ) {
    this.folder = folder;
    this.articlesFolder = join(folder, 'articles');
    this.entityFiles = new EntityFiles(folder, fs);
    this.locks = new FileLocks(folder);
    this.index = new SummaryIndex(join(folder, 'index.json'));
  }

  async list(options: ListOptions = {}): Promise<ListResult> {
    // The sweep only removes temp files, which no listing counts: it runs alongside the first
    // whole listing (the first screen does not wait for it).
    if (options.limit === undefined) {
      this.tempSweep ??= Promise.all([
        removeStaleTempFiles(this.folder),
        removeDerivedCopies(this.folder),
      ]);
    }
    const [files, folders] = await Promise.all([
      listArticleFiles(this.articlesFolder),
      layerFolders(this.folder),
      this.index.load(),
      options.limit === undefined ? this.tempSweep : undefined,
    ]);
    // The files read share one listing of each folder: a library read whole for the first time
    // lists its folders once, not once per article.
    const listings = new FolderListings();
    const listing = await listSummaries(
      {
        index: this.index,
        files,
        stat: (file) => this.stampOf(articleIdOfFile(file), folders),
        read: async (file) => {
          const read = await this.readArticle(articleIdOfFile(file), listings);
          if (read.state === 'ok') return { state: 'ok', summary: summarize(read.value.article) };
          if (read.state === 'missing') return read;
          return {
            state: 'damaged',
            problem: { file: join(this.articlesFolder, file), message: read.message },
          };
        },
      },
      options.limit,
    );
    await this.index.persist();
    if (options.limit !== undefined) return listing;
    this.indexChecked ??= Promise.resolve();
    const { total: _all, ...whole } = listing;
    return whole;
  }

  warmUp(): void {
    void this.index.load();
  }

  annotator(): AnnotatorName | null {
    return this.currentAnnotator;
  }

  setAnnotator(annotator: AnnotatorName): void {
    this.currentAnnotator = annotator;
  }

  async get(id: string): Promise<Article> {
    return this.expectArticle(id, await this.readArticle(checkId(id))).article;
  }

  async create(extracted: ExtractedArticle, now: Date): Promise<Article> {
    const at = now.toISOString();
    const text = canonicalText(extracted.blocks);
    const { notice, ...meta } = extracted;
    const candidate: Article = {
      ...meta,
      id: newId('art'),
      contentHash: contentHash(text),
      createdAt: at,
      updatedAt: at,
      text,
      claims: [],
      mentions: [],
      orphans: [],
      ...(notice ? { notice } : {}),
      revision: 1,
    };
    const checked = ArticleSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new ContractError(
        'internal',
        `${extracted.title}: the article read from it is not valid (${issue?.path.join('.')}: ${issue?.message})`,
      );
    }
    const article = checked.data;
    await this.exclusive(article.id, () => this.writeBase(article));
    return article;
  }

  async add(incoming: Article): Promise<Article> {
    const id = checkId(incoming.id);
    const article = { ...incoming, contentHash: contentHash(incoming.text) };
    assertSpansQuoteText(article);
    return this.exclusive(id, async () => {
      const existing = await this.readArticle(id);
      if (existing.state !== 'missing') {
        throw new ContractError(
          'invalid-input',
          `${article.title}: the library already has an article ${id}`,
        );
      }
      const me = await this.writer();
      if (!me) {
        await this.writeBase(article);
        return article;
      }
      // An import is new to the library: its text and every layer it brings are written.
      await this.writeBase({ ...textOnly(article), revision: 1 });
      const disk = this.expectArticle(id, await this.readArticle(id));
      await this.writeLayers(disk, article, new Date(article.updatedAt), 'import');
      // others' layers were written too, which this writer's revision does not count
      const stored = this.expectArticle(id, await this.readArticle(id));
      return { ...article, revision: stored.article.revision ?? 0 };
    });
  }

  async save(article: Article, now: Date, baseRevision?: number): Promise<SaveResult> {
    const id = checkId(article.id);
    return this.exclusive(id, async () => {
      const disk = this.expectArticle(id, await this.readArticle(id));
      const stored = disk.article;
      const { revision, unchanged } = checkWholeSave(
        stored,
        article,
        baseRevision,
        this.currentAnnotator,
      );
      if (unchanged) return { savedAt: stored.updatedAt, revision };
      const next = withSavedAnnotations(stored, article);
      const written = await this.writeAnnotations(disk, next, now, 'lenient');
      return { savedAt: now.toISOString(), revision: revision + written };
    });
  }

  async saveAnnotations(
    id: string,
    change: SavedPatch,
    now: Date,
    baseRevision: number,
  ): Promise<SaveResult> {
    checkId(id);
    return this.exclusive(id, async () => {
      const disk = this.expectArticle(id, await this.readArticle(id));
      const stored = disk.article;
      const revision = assertRevision(stored, baseRevision, this.currentAnnotator);
      const patched = applySavedPatch(stored, change);
      // As in save: changing nothing writes nothing.
      if (isEmptyPatch(change.patch)) return { savedAt: stored.updatedAt, revision };
      const written = await this.writeAnnotations(disk, patched, now, 'strict');
      return { savedAt: now.toISOString(), revision: revision + written };
    });
  }

  async reload(
    id: string,
    extracted: ExtractedArticle,
    now: Date,
    baseRevision?: number,
  ): Promise<ReloadResult> {
    checkId(id);
    return this.exclusive(id, async () => {
      const disk = this.expectArticle(id, await this.readArticle(id));
      const stored = disk.article;
      const revision = assertRevision(stored, baseRevision);
      const outcome = reloadArticle(stored, extracted, {
        hash: contentHash,
        now: now.toISOString(),
      });
      if (!outcome.replaced) return { article: stored, counts: outcome.counts };
      const checked = ArticleSchema.safeParse({ ...outcome.article, revision: revision + 1 });
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new ContractError(
          'internal',
          `${stored.title}: the reloaded article is not valid (${issue?.path.join('.')}: ${issue?.message}); nothing was changed`,
        );
      }
      const next = checked.data;
      assertSpansQuoteText(next);
      // The old text first: once the article names it as replaced, it must be on disk.
      await this.keepTextVersion(outcome.replaced);
      const me = await this.writer();
      if (!me) {
        await this.writeBase(next);
        return { article: next, counts: outcome.counts };
      }
      // Every layer's offsets count into the new text now: a layer whose annotations the
      // re-anchoring changed is rewritten, the one write to others' layer files; one it left as
      // they were stays untouched (it still holds for the new text: layer-fit.ts).
      await this.writeBase({ ...textOnly(next), revision: (disk.base.revision ?? 0) + 1 });
      const fresh = this.expectArticle(id, await this.readArticle(id));
      await this.writeLayers(fresh, next, now, 'reload');
      const reread = this.expectArticle(id, await this.readArticle(id));
      return { article: reread.article, counts: outcome.counts };
    });
  }

  async getTextVersion(id: string, hash: string): Promise<TextVersion> {
    checkId(id);
    const path = textVersionPath(this.folder, id, hash);
    const read = await this.readFile(path, parseTextVersion);
    if (read.state === 'ok') return read.value;
    if (read.state === 'damaged') throw new ContractError('damaged', read.message);
    throw new ContractError('not-found', `Article ${id} has no earlier text ${hash}.`);
  }

  async delete(id: string): Promise<void> {
    checkId(id);
    await this.exclusive(id, async () => {
      // Reading first refuses a damaged file: what it holds may still be recovered by hand.
      const disk = this.expectArticle(id, await this.readArticle(id));
      const file = this.articleFile(id);
      await unlink(file).catch((error: unknown) => {
        throw ioError(file, 'could not be deleted', error);
      });
      this.index.forget(`${id}.json`);
      // Its layers and earlier texts go with it: they only mean something beside the article.
      for (const path of [
        ...disk.baseCopies,
        ...[...disk.layers.values()].flatMap((l) => l.files),
      ]) {
        await unlink(path).catch(() => undefined);
      }
      await rm(join(this.folder, 'versions', id), { recursive: true, force: true }).catch(
        () => undefined,
      );
    });
  }

  async layers(id: string): Promise<LayerInfo[]> {
    const disk = this.expectArticle(id, await this.readArticle(checkId(id)));
    const names = new Set<AnnotatorName>();
    const { claims, mentions, orphans, evidence, relations } = disk.article;
    for (const list of [claims, mentions, orphans, evidence ?? [], relations ?? []]) {
      for (const item of list) if (item.annotator) names.add(item.annotator);
    }
    for (const name of disk.layers.keys()) names.add(name);
    return [...names].sort().map((annotator) => ({
      annotator,
      done: disk.layers.get(annotator)?.layer.done ?? null,
    }));
  }

  async setDone(id: string, done: boolean, now: Date): Promise<void> {
    checkId(id);
    const me = await this.writer();
    if (!me) throw noAnnotator(this.folder);
    await this.exclusive(id, async () => {
      const disk = this.expectArticle(id, await this.readArticle(id));
      const stored = disk.layers.get(me);
      const layer: Layer = {
        ...(stored?.layer ?? {
          articleId: id,
          annotator: me,
          contentHash: disk.base.contentHash,
          revision: 0,
          updatedAt: now.toISOString(),
          ...EMPTY_LAYER,
        }),
      };
      if (done) layer.done = now.toISOString();
      else delete layer.done;
      // Done is not an annotation: the revision stays, so no open copy of it conflicts.
      await this.writeLayerFile(layer, stored?.files ?? []);
    });
  }

  async getRegistry(): Promise<EntityRegistry> {
    const read = await this.entityFiles.read();
    if (read.state === 'missing') return emptyRegistry();
    if (read.state === 'damaged') throw new ContractError('damaged', read.message);
    return withDefaultShortcuts(read.registry);
  }

  async saveRegistry(
    registry: EntityRegistry,
    now: Date,
    baseRevision?: number,
  ): Promise<SaveResult> {
    assertUniqueIds(registry);
    return this.exclusive('entities', async () => {
      const me = await this.writer();
      const saved = await this.entityFiles
        .write(registry, me, baseRevision)
        .catch((error: unknown) => {
          if (error instanceof ContractError) throw error;
          throw new ContractError('damaged', (error as Error).message);
        });
      if ('conflict' in saved) {
        throw new ContractError(
          'conflict',
          `The entity list was changed in another window or tab since this copy was loaded ` +
            `(revision ${saved.conflict}, this copy has ${baseRevision})`,
        );
      }
      return { savedAt: now.toISOString(), revision: saved.revision };
    });
  }

  async link(relations: readonly Relation[]): Promise<Relation[]> {
    const me = await this.writer();
    const mine = relations.map(({ annotator: _a, ...r }) => (me ? { ...r, annotator: me } : r));
    await this.assertEndsExist(mine);
    const added: Relation[] = [];
    for (const [id, group] of byArticle(mine, (r) => r.from.document)) {
      checkId(id);
      added.push(
        ...(await this.exclusive(id, async () => {
          const disk = this.expectArticle(id, await this.readArticle(id));
          const linked = linkInto(disk.article, group);
          if (linked.added.length > 0) await this.writeLinks(disk, linked.article);
          return linked.added;
        })),
      );
    }
    return added;
  }

  async unlink(links: readonly StoredLink[]): Promise<Relation[]> {
    const removed: Relation[] = [];
    for (const [id, group] of byArticle(links, (l) => l.article)) {
      checkId(id);
      removed.push(
        ...(await this.exclusive(id, async () => {
          const read = await this.readArticle(id);
          // An article deleted meanwhile took its links with it.
          if (read.state === 'missing') return [];
          const disk = this.expectArticle(id, read);
          const unlinked = unlinkFrom(
            disk.article,
            group.map((l) => l.id),
          );
          if (unlinked.removed.length > 0) await this.writeLinks(disk, unlinked.article);
          return unlinked.removed;
        })),
      );
    }
    return removed;
  }

  async relationsOf(id: string): Promise<RelationView[]> {
    checkId(id);
    // The index names the articles whose links point into this one, once a whole listing has
    // checked it against the files (the app lists the library at start); from then on the
    // store's own writes keep it current. Only those articles are read, and the ones the links
    // end in, sharing the folder listings.
    // A listing that failed (a folder unreadable for a moment) is tried again by the next call.
    await (this.indexChecked ??= this.list().catch((error: unknown) => {
      this.indexChecked = undefined;
      throw error;
    }));
    const listings = new FolderListings();
    const article = this.expectArticle(id, await this.readArticle(id, listings)).article;
    const known = new Map<string, Article | null>([[id, article]]);
    // most recently changed first, as a listing gives them
    const linking = this.index
      .newestFirst(this.index.linkingInto(id).map((other) => `${other}.json`))
      .map(articleIdOfFile)
      .filter((other) => other !== id);
    await this.readInto(known, linking, listings);
    const others = linking.flatMap((other) => known.get(other) ?? []);
    const relations = relationsTouching(article, others);
    await this.readInto(
      known,
      relations.flatMap((r) => (isUrlEnd(r.to) ? [] : [r.to.document])),
      listings,
    );
    return relations.map((r) => viewOf(r, (doc) => known.get(doc) ?? null));
  }

  /** Reads the articles not in `known` yet; one gone or unreadable is known as null. */
  private async readInto(
    known: Map<string, Article | null>,
    ids: readonly string[],
    listings?: FolderListings,
  ) {
    for (const id of new Set(ids)) {
      if (known.has(id)) continue;
      let read: ReadResult<ArticleOnDisk> | null = null;
      try {
        read = await this.readArticle(checkId(id), listings);
      } catch {
        // not an article id, or unreadable: known as gone
      }
      known.set(id, read?.state === 'ok' ? read.value.article : null);
    }
  }

  /** Refuses links to an annotation the library does not have, naming it. */
  private async assertEndsExist(relations: readonly Relation[]): Promise<void> {
    const known = new Map<string, Article | null>();
    await this.readInto(
      known,
      relations.flatMap((r) => (isUrlEnd(r.to) ? [] : [r.to.document])),
    );
    for (const { to } of relations) {
      if (isUrlEnd(to)) continue;
      const article = known.get(to.document);
      if (!article || annotationState(article, to.annotation) === 'missing') {
        throw new ContractError(
          'not-found',
          `${article?.title ?? `Article ${to.document}`}: it has no annotation ${to.annotation} to link to (it may have been removed or not saved yet)`,
        );
      }
    }
  }

  /** Writes an article's relations as they are in `next`, changing no revision. */
  private async writeLinks(disk: ArticleOnDisk, next: Article): Promise<void> {
    const me = await this.writer();
    if (me) {
      await this.writeLayers(disk, next, new Date(disk.article.updatedAt), 'links');
      return;
    }
    await this.writeBase(withRelations(disk.base, next.relations ?? []));
  }

  private articleFile(id: string): string {
    return join(this.articlesFolder, `${id}.json`);
  }

  /** The first annotator: read once, recorded by the first store that writes with a name. */
  private firstAnnotator(): Promise<AnnotatorName | null> {
    this.first ??= readFirstAnnotator(this.folder).then(async (known) => {
      if (known || !this.currentAnnotator) return known;
      return recordFirstAnnotator(this.folder, this.currentAnnotator, new Date(), this.fs);
    });
    return this.first;
  }

  /**
   * Whose layer this store writes: its annotator, or null in a library no annotator has used
   * (it then works as before layers). A library annotators share refuses a nameless writer.
   */
  private async writer(): Promise<AnnotatorName | null> {
    const first = await this.firstAnnotator();
    if (this.currentAnnotator) return this.currentAnnotator;
    if (first) throw noAnnotator(this.folder);
    return null;
  }

  /**
   * Reads an article from all its files. For a store with an annotator, its revision counts
   * only the files it writes (the text, its layer, the adjudicated one): another annotator's
   * save is no conflict for its next one (see docs/team.md).
   */
  private async readArticle(
    id: string,
    listings?: FolderListings,
  ): Promise<ReadResult<ArticleOnDisk>> {
    const read = await readArticleOnDisk(this.folder, id, await this.firstAnnotator(), listings);
    const me = this.currentAnnotator;
    if (read.state !== 'ok' || !me) return read;
    const disk = read.value;
    return {
      state: 'ok',
      value: { ...disk, article: { ...disk.article, revision: revisionFor(disk, me) } },
    };
  }

  /**
   * Writes `next`'s annotations into the files of the layers this store may write (its
   * annotator's and `adjudicated`); answers how many files it wrote (each adds one to the
   * article's revision). Another annotator's annotations are never rewritten: `strict` refuses
   * a change to them, `lenient` leaves them as stored.
   */
  private async writeAnnotations(
    disk: ArticleOnDisk,
    next: Annotations,
    now: Date,
    mode: 'strict' | 'lenient',
  ): Promise<number> {
    const me = await this.writer();
    if (me) return this.writeLayers(disk, next, now, mode);
    // A library no annotator has used: the article file holds the annotations, as before
    // (attributed ones too, as written: an annotation is never dropped for want of a layer).
    await this.writeBase({
      ...textOnly(disk.base),
      ...annotationsOf(next),
      updatedAt: now.toISOString(),
      revision: (disk.base.revision ?? 0) + 1,
    });
    return 1;
  }

  private async writeLayers(
    disk: ArticleOnDisk,
    next: Annotations,
    now: Date,
    mode: 'strict' | 'lenient' | 'import' | 'reload' | 'links',
  ): Promise<number> {
    const me = (await this.writer())!;
    const first = await this.firstAnnotator();
    const wanted = splitByAnnotator(next, me);
    const names = new Set([...wanted.keys(), ...disk.layers.keys()]);
    if (first) names.add(first);
    let written = 0;
    let absorbed = false;
    for (const name of [...names].sort()) {
      const desired = wanted.get(name) ?? EMPTY_LAYER;
      const stored = storedContent(disk, name, first);
      const same = sameContent(desired, stored);
      const mayWrite =
        name === me ||
        (name === ADJUDICATED && mode !== 'links') ||
        mode === 'import' ||
        mode === 'reload';
      if (!mayWrite) {
        // A save that removes one of my annotations leaves the links others made to it (shown
        // as ends gone); changing their annotations or their own links is refused.
        const changed = mode === 'links' ? !same : !sameContent(desired, stored, false);
        if (changed && (mode === 'strict' || mode === 'links')) {
          throw othersLayer(disk.base.title, name, me);
        }
        continue;
      }
      const storedLayer = disk.layers.get(name);
      const copies = storedLayer?.files.slice(1) ?? [];
      const takesBase = name === first && hasAnnotator(disk.base, name);
      if (same && copies.length === 0 && !takesBase) continue;
      // Links change no revision (see link): an open copy of the article stays current.
      const counted = mode === 'links' ? 0 : 1;
      await this.writeLayerFile(
        {
          articleId: disk.base.id,
          annotator: name,
          contentHash: disk.base.contentHash,
          revision: (storedLayer?.layer.revision ?? 0) + counted,
          updatedAt: now.toISOString(),
          ...(storedLayer?.layer.done ? { done: storedLayer.layer.done } : {}),
          ...desired,
        },
        storedLayer?.files ?? [],
      );
      written += counted;
      absorbed ||= takesBase;
    }
    if (absorbed) {
      // The first annotator's annotations from before layers now live in their layer file: the
      // article file keeps only its text (after the layer was written, so nothing is lost).
      const others = <T extends { annotator?: string }>(items: readonly T[] | undefined) =>
        (items ?? []).filter((item) => item.annotator !== first);
      const counted = mode === 'links' ? 0 : 1;
      await this.writeBase({
        ...textOnly(disk.base),
        ...annotationsOf({
          claims: others(disk.base.claims),
          mentions: others(disk.base.mentions),
          orphans: others(disk.base.orphans),
          evidence: others(disk.base.evidence),
          relations: others(disk.base.relations),
        }),
        revision: (disk.base.revision ?? 0) + counted,
      });
      for (const copy of disk.baseCopies) await unlink(copy).catch(() => undefined);
      written += counted;
    }
    await this.rememberInIndex(disk.base.id, next, disk, now);
    return written;
  }

  /** Writes a layer file, then removes the conflict copies of it that it took in. */
  private async writeLayerFile(layer: Layer, files: readonly string[]): Promise<void> {
    const path = join(this.folder, LAYERS_FOLDER, layer.annotator, `${layer.articleId}.json`);
    await writeFileAtomic(path, serializeLayerFile(layer), this.fs);
    for (const file of files) if (file !== path) await unlink(file).catch(() => undefined);
  }

  /** Writes the article file (its text, and annotations only in a library without layers). */
  private async writeBase(article: Article): Promise<void> {
    const path = this.articleFile(article.id);
    await writeFileAtomic(path, serializeArticleFile(article), this.fs);
    const stamp = this.stampOf(article.id, await layerFolders(this.folder));
    if (stamp) this.index.remember(`${article.id}.json`, stamp, summarize(article));
    else this.index.forget(`${article.id}.json`);
  }

  /**
   * The index follows the store's own writes, so the next listing need not read them again and
   * the links into an article are known as soon as they are written.
   */
  private async rememberInIndex(
    id: string,
    next: Annotations,
    disk: ArticleOnDisk,
    now: Date,
  ): Promise<void> {
    const stamp = this.stampOf(id, await layerFolders(this.folder));
    if (!stamp) return;
    this.index.remember(
      `${id}.json`,
      stamp,
      summarize({ ...disk.article, ...next, updatedAt: now.toISOString() }),
    );
  }

  private stampOf(id: string, folders: readonly string[]): FileStamp | undefined {
    return articleStamp(this.folder, id, folders);
  }

  /** Writes an earlier text once; one already kept under its hash is the same text. */
  private async keepTextVersion(version: TextVersion): Promise<void> {
    const path = textVersionPath(this.folder, version.articleId, version.contentHash);
    const existing = await this.readFile(path, parseTextVersion);
    if (existing.state === 'ok' && existing.value.text === version.text) return;
    await writeFileAtomic(path, serializeTextVersion(version), this.fs);
  }

  private expectArticle(id: string, read: ReadResult<ArticleOnDisk>): ArticleOnDisk {
    if (read.state === 'ok') return read.value;
    if (read.state === 'damaged') throw new ContractError('damaged', read.message);
    throw new ContractError(
      'not-found',
      `Article ${id} is not in the library (it may have been deleted).`,
    );
  }

  private async readFile<T>(
    path: string,
    parse: (content: string) => ParsedFile<T>,
  ): Promise<ReadResult<T>> {
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return { state: 'missing' };
      throw ioError(path, 'could not be read', error);
    }
    const parsed = parse(content);
    if (parsed.ok) return { state: 'ok', value: parsed.value };
    return { state: 'damaged', message: `${path}: ${parsed.reason}; it was left as it is` };
  }

  /**
   * One operation at a time per key: in this process by a queue, across this machine's
   * processes (the app and the command line) by a lock file, so a read-check-write of an
   * article is never interleaved with another writer's.
   */
  private exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const locked = () => this.locks.with(`op-${key}`, task);
    const run = previous.then(locked, locked);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }
}

/** The revision of what `me` writes: the text file's, their layer's and the adjudicated one's. */
function revisionFor(disk: ArticleOnDisk, me: AnnotatorName): number {
  const layerRevision = (name: AnnotatorName) => disk.layers.get(name)?.layer.revision ?? 0;
  return (
    (disk.base.revision ?? 0) +
    layerRevision(me) +
    (me === ADJUDICATED ? 0 : layerRevision(ADJUDICATED))
  );
}

/** Whether two layers hold the same annotations (and, unless told not to, the same links). */
function sameContent(a: LayerContent, b: LayerContent, withLinks = true): boolean {
  const parts = (l: LayerContent) => [
    l.claims,
    l.mentions,
    l.orphans,
    l.evidence,
    withLinks ? l.relations : [],
  ];
  return stableStringify(parts(a)) === stableStringify(parts(b));
}

function hasAnnotator(article: Annotations, annotator: AnnotatorName): boolean {
  const { claims, mentions, orphans, evidence, relations } = article;
  return [claims, mentions, orphans, evidence ?? [], relations ?? []].some((list) =>
    list.some((item) => item.annotator === annotator),
  );
}

/** An article file with its text and no annotations (they live in the layers). */
function textOnly(article: Article): Article {
  const { revision: _r, evidence: _e, relations: _l, ...rest } = article;
  return { ...rest, claims: [], mentions: [], orphans: [] };
}

/** The annotation lists of an article file; evidence and relations only when there are any. */
function annotationsOf(source: Annotations): Annotations {
  const { claims, mentions, orphans, evidence = [], relations = [] } = source;
  return {
    claims,
    mentions,
    orphans,
    ...(evidence.length > 0 ? { evidence } : {}),
    ...(relations.length > 0 ? { relations } : {}),
  };
}

function noAnnotator(folder: string): ContractError {
  return new ContractError(
    'invalid-input',
    `${folder} is shared by annotators: say who you are (--annotator NAME, or your name in ` +
      `the app's settings) before changing it`,
  );
}

function othersLayer(title: string, owner: AnnotatorName, me: AnnotatorName): ContractError {
  return new ContractError(
    'invalid-input',
    `${title}: ${owner}'s annotations are theirs; ${me} cannot change them (an edit of ` +
      `someone else's claim becomes your own claim on the same span)`,
  );
}

/**
 * Sync tools' conflict copies of the index: derived data, like the index, which is checked
 * against the files and rebuilt, never merged.
 */
async function removeDerivedCopies(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const copies = await copiesOf(names, 'index.json', async (name) => {
    const content = await readFile(join(folder, name), 'utf8').catch(() => '');
    return content.includes('"factmark.library-index"');
  });
  for (const name of copies) await unlink(join(folder, name)).catch(() => undefined);
}

/** Items grouped by the article each belongs to, in the order first met. */
function byArticle<T>(items: readonly T[], articleOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = articleOf(item);
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return groups;
}

function checkId(id: string): string {
  if (!isArticleId(id))
    throw new ContractError('invalid-input', `${JSON.stringify(id)} is not an article id`);
  return id;
}

function assertUniqueIds(registry: EntityRegistry): void {
  const seen = new Set<string>();
  for (const entity of registry.entities) {
    if (seen.has(entity.id)) {
      throw new ContractError(
        'invalid-input',
        `Entity ${entity.id} (${entity.name}) appears twice in the registry`,
      );
    }
    seen.add(entity.id);
  }
  const types = new Set(registry.types.map((t) => t.id));
  const untyped = registry.entities.find((e) => !types.has(e.type));
  if (untyped) {
    throw new ContractError(
      'invalid-input',
      `Entity ${untyped.name} has the type "${untyped.type}", which the registry does not define`,
    );
  }
}
