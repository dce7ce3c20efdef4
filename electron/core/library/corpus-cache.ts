// The library's articles held in memory for the corpus view and library search: each article
// file is read and parsed once, then again only when its size or modification time changes,
// so opening the corpus of a large library a second time costs one `stat` per file.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { LibraryProblem } from '../../../shared/contract/calls';
import type { CorpusDocument, LibrarySearchHit } from '../../../shared/corpus/corpus-document';
import {
  searchArticles,
  type LibrarySearchOptions,
  type SearchableArticle,
} from '../../../shared/corpus/library-search';
import { SearchableText } from '../../../shared/corpus/searchable-text';
import { CodePointIndex } from '../../../shared/text/code-points';
import { articleStamp, layerFolders, readArticleOnDisk, FolderListings } from './article-layers';
import { readFirstAnnotator } from './library-meta';
import { forEachLimited } from './for-each-limited';
import { articleIdOfFile, listArticleFiles } from './article-folder';

/** Files read at once: enough to keep the disk busy, few enough for any OS. */
const READ_CONCURRENCY = 32;

interface Entry {
  mtimeMs: number;
  size: number;
  document: CorpusDocument;
  /** The canonical text; its search index is built on the first search. */
  text: string;
  searchable?: SearchableArticle;
}

export interface CorpusSnapshot {
  /** Most recently changed first (none when `unchanged`). */
  documents: CorpusDocument[];
  problems: LibraryProblem[];
  /** Names this state of the files: each one's name, size and modification time. */
  version: string;
  /** The files are as they were at the version the caller named. */
  unchanged?: true;
}

export class CorpusCache {
  private readonly entries = new Map<string, Entry>();
  private readonly articlesFolder: string;

  constructor(private readonly libraryDir: string) {
    this.articlesFolder = join(libraryDir, 'articles');
  }

  async corpus(unlessVersion?: string): Promise<CorpusSnapshot> {
    const { entries, problems, version } = await this.refresh();
    if (unlessVersion === version) return { documents: [], problems, version, unchanged: true };
    return { documents: entries.map((e) => e.document), problems, version };
  }

  async search(query: string, options: LibrarySearchOptions = {}): Promise<LibrarySearchHit[]> {
    const { entries } = await this.refresh();
    const articles = (function* () {
      for (const entry of entries) {
        entry.searchable ??= {
          articleId: entry.document.articleId,
          title: entry.document.title,
          text: new CodePointIndex(entry.text),
          searchable: new SearchableText(entry.text),
        };
        yield entry.searchable;
      }
    })();
    return searchArticles(articles, query, options);
  }

  /**
   * Brings the cache in step with the folder (new and changed files read, gone ones dropped);
   * the entries come most recently changed first.
   */
  private async refresh(): Promise<{
    entries: Entry[];
    problems: LibraryProblem[];
    version: string;
  }> {
    const files = await listArticleFiles(this.articlesFolder);
    const entries: Entry[] = [];
    const problems: LibraryProblem[] = [];
    const stamps: string[] = [];
    const [folders, first] = await Promise.all([
      layerFolders(this.libraryDir),
      readFirstAnnotator(this.libraryDir),
    ]);
    const listings = new FolderListings(); // one listing of each folder for every read
    await forEachLimited(files, READ_CONCURRENCY, async (file) => {
      const path = join(this.articlesFolder, file);
      const id = articleIdOfFile(file);
      // The text file and every layer file of the article (see article-layers).
      const stamp = articleStamp(this.libraryDir, id, folders);
      if (!stamp) return; // deleted meanwhile
      stamps.push(`${file}\u0000${stamp.size}\u0000${stamp.mtimeMs}`);
      const cached = this.entries.get(file);
      if (cached && cached.mtimeMs === stamp.mtimeMs && cached.size === stamp.size) {
        entries.push(cached);
        return;
      }
      const parsed = await readArticleOnDisk(this.libraryDir, id, first, listings).catch(
        () => null,
      );
      if (!parsed || parsed.state === 'missing') return;
      if (parsed.state === 'damaged') {
        this.entries.delete(file);
        problems.push({ file: path, message: parsed.message });
        return;
      }
      const article = parsed.value.article;
      const entry: Entry = {
        mtimeMs: stamp.mtimeMs,
        size: stamp.size,
        text: article.text,
        document: {
          articleId: article.id,
          title: article.title,
          updatedAt: article.updatedAt,
          claims: article.claims,
          mentions: article.mentions,
          ...(article.evidence?.length ? { evidence: article.evidence } : {}),
          ...(article.relations?.length ? { relations: article.relations } : {}),
        },
      };
      this.entries.set(file, entry);
      entries.push(entry);
    });
    const present = new Set(files);
    for (const file of this.entries.keys()) if (!present.has(file)) this.entries.delete(file);
    // Most recently changed first, for the corpus view and the order of search hits alike.
    entries.sort((a, b) =>
      a.document.updatedAt < b.document.updatedAt
        ? 1
        : a.document.updatedAt > b.document.updatedAt
          ? -1
          : 0,
    );
    problems.sort((a, b) => a.file.localeCompare(b.file));
    const version = createHash('sha256').update(stamps.sort().join('\n')).digest('hex');
    return { entries, problems, version: version.slice(0, 32) };
  }
}
