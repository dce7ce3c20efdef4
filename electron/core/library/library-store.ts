// The library: a folder of article files and the entity registry. Every write is atomic, a file
// that does not parse (damaged, hand-edited, or from a newer Factmark) is reported, left where it
// is and never overwritten, and a save may change an article's annotations but never its text.
// Each save counts up the article's revision; a save based on an older one is refused.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, rm, stat, unlink } from 'node:fs/promises';
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
import {
  parseArticleFile,
  parseEntitiesFile,
  serializeArticleFile,
  serializeEntitiesFile,
  type ParsedFile,
} from './library-files';
import { assertSpansQuoteText } from '../../../shared/model/span-check';
import {
  articleAfterPatch,
  articleAfterSave,
  assertRevision,
  type SavedPatch,
} from '../../../shared/model/article-saves';
import { SummaryIndex } from './summary-index';
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
   * apply-saved-patch): refuses with `conflict` if the stored article is newer or has another
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
}

/** `sha256:` and the hex digest of the canonical text's UTF-8 bytes. */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function openLibrary(folder: string, options: LibraryOptions = {}): LibraryStore {
  return new FolderLibrary(folder, options.fs ?? nodeAtomicFs);
}

type ReadResult<T> =
  { state: 'ok'; value: T } | { state: 'missing' } | { state: 'damaged'; message: string };

class FolderLibrary implements LibraryStore {
  private readonly articlesFolder: string;
  private readonly entitiesFile: string;
  private readonly folder: string;
  private readonly index: SummaryIndex;
  /** One operation at a time per file, so a save cannot interleave with another or a delete. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The sweep of temp files that interrupted writes left, run once, at the first listing. */
  private tempSweep: Promise<unknown> | undefined;

  constructor(
    folder: string,
    private readonly fs: AtomicFs,
  ) {
    this.folder = folder;
    this.articlesFolder = join(folder, 'articles');
    this.entitiesFile = join(folder, 'entities.json');
    this.index = new SummaryIndex(join(folder, 'index.json'));
  }

  async list(options: ListOptions = {}): Promise<ListResult> {
    // The sweep only removes temp files, which no listing counts: it runs alongside the first
    // whole listing (the first screen does not wait for it).
    if (options.limit === undefined) this.tempSweep ??= removeStaleTempFiles(this.folder);
    const [files] = await Promise.all([
      listArticleFiles(this.articlesFolder),
      this.index.load(),
      options.limit === undefined ? this.tempSweep : undefined,
    ]);
    const listing = await listSummaries(
      {
        index: this.index,
        files,
        stat: (file) => statSync(join(this.articlesFolder, file), { throwIfNoEntry: false }),
        read: async (file) => {
          const read = await this.readArticle(articleIdOfFile(file));
          if (read.state === 'ok') return { state: 'ok', summary: summarize(read.value) };
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
    const { total: _all, ...whole } = listing;
    return whole;
  }

  warmUp(): void {
    void this.index.load();
  }

  async get(id: string): Promise<Article> {
    return this.expectArticle(id, await this.readArticle(checkId(id)));
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
    await this.exclusive(article.id, () => this.writeArticle(article));
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
      await this.writeArticle(article);
      return article;
    });
  }

  async save(article: Article, now: Date, baseRevision?: number): Promise<SaveResult> {
    const id = checkId(article.id);
    return this.exclusive(id, async () => {
      const stored = this.expectArticle(id, await this.readArticle(id));
      const { next, revision } = articleAfterSave(stored, article, now, baseRevision);
      if (!next) return { savedAt: stored.updatedAt, revision };
      await this.writeArticle(next);
      return { savedAt: next.updatedAt, revision };
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
      const stored = this.expectArticle(id, await this.readArticle(id));
      const { next, revision } = articleAfterPatch(stored, change, now, baseRevision);
      if (!next) return { savedAt: stored.updatedAt, revision };
      await this.writeArticle(next);
      return { savedAt: next.updatedAt, revision };
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
      const stored = this.expectArticle(id, await this.readArticle(id));
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
      await this.writeArticle(next);
      return { article: next, counts: outcome.counts };
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
      this.expectArticle(id, await this.readArticle(id));
      const file = this.articleFile(id);
      await unlink(file).catch((error: unknown) => {
        throw ioError(file, 'could not be deleted', error);
      });
      this.index.forget(`${id}.json`);
      // Its earlier texts go with it: they only mean something beside the article.
      await rm(join(this.folder, 'versions', id), { recursive: true, force: true }).catch(
        () => undefined,
      );
    });
  }

  async getRegistry(): Promise<EntityRegistry> {
    const read = await this.readFile(this.entitiesFile, parseEntitiesFile);
    if (read.state === 'missing') return emptyRegistry();
    if (read.state === 'damaged') throw new ContractError('damaged', read.message);
    return withDefaultShortcuts(read.value);
  }

  async saveRegistry(
    registry: EntityRegistry,
    now: Date,
    baseRevision?: number,
  ): Promise<SaveResult> {
    assertUniqueIds(registry);
    return this.exclusive(this.entitiesFile, async () => {
      const read = await this.readFile(this.entitiesFile, parseEntitiesFile);
      if (read.state === 'damaged') throw new ContractError('damaged', read.message);
      const revision = read.state === 'ok' ? (read.value.revision ?? 0) : 0;
      if (baseRevision !== undefined && baseRevision !== revision) {
        throw new ContractError(
          'conflict',
          `The entity list was changed in another window or tab since this copy was loaded ` +
            `(revision ${revision}, this copy has ${baseRevision})`,
        );
      }
      const { revision: _theirs, ...content } = registry;
      // Saving what is already stored writes nothing (a registry merely loaded stays as it is).
      if (read.state === 'ok') {
        const { revision: _stored, ...storedContent } = read.value;
        if (JSON.stringify(storedContent) === JSON.stringify(content)) {
          return { savedAt: now.toISOString(), revision };
        }
      }
      const next: EntityRegistry = { ...content, revision: revision + 1 };
      await writeFileAtomic(this.entitiesFile, serializeEntitiesFile(next), this.fs);
      return { savedAt: now.toISOString(), revision: revision + 1 };
    });
  }

  private articleFile(id: string): string {
    return join(this.articlesFolder, `${id}.json`);
  }

  private readArticle(id: string): Promise<ReadResult<Article>> {
    return this.readFile(this.articleFile(id), (content) => parseArticleFile(content, id));
  }

  private async writeArticle(article: Article): Promise<void> {
    const path = this.articleFile(article.id);
    await writeFileAtomic(path, serializeArticleFile(article), this.fs);
    // The index follows the store's own writes (the stamp read after the write), so the next
    // listing need not read the file again; it is written to disk at that listing.
    const stamp = await stat(path).catch(() => undefined);
    if (stamp) this.index.remember(`${article.id}.json`, stamp, summarize(article));
    else this.index.forget(`${article.id}.json`);
  }

  /** Writes an earlier text once; one already kept under its hash is the same text. */
  private async keepTextVersion(version: TextVersion): Promise<void> {
    const path = textVersionPath(this.folder, version.articleId, version.contentHash);
    const existing = await this.readFile(path, parseTextVersion);
    if (existing.state === 'ok' && existing.value.text === version.text) return;
    await writeFileAtomic(path, serializeTextVersion(version), this.fs);
  }

  private expectArticle(id: string, read: ReadResult<Article>): Article {
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

  private exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }
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
