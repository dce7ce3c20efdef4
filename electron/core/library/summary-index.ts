// A cache of article summaries in `index.json`, keyed by file name and checked against each
// file's size and modification time, so that listing a library of thousands of articles reads
// one file and stats the others. It is derived data: one that does not parse is rebuilt.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ArticleSummarySchema, type ArticleSummary } from '../../../shared/model/article';
import { writeFileAtomic } from '../fs/atomic-write';

const INDEX_FORMAT = 'factmark.library-index';
const INDEX_VERSION = 1;

const IndexEntrySchema = z.object({
  mtimeMs: z.number(),
  size: z.number(),
  summary: ArticleSummarySchema,
});
type IndexEntry = z.infer<typeof IndexEntrySchema>;

const IndexFileSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.literal(INDEX_VERSION),
  entries: z.record(z.string(), IndexEntrySchema),
});

export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export class SummaryIndex {
  private entries: Map<string, IndexEntry> | undefined;
  private loading: Promise<Map<string, IndexEntry>> | undefined;
  private changed = false;

  constructor(private readonly path: string) {}

  /** The cached summary of `file`, if the file has not changed since it was read. */
  async lookup(file: string, stamp: FileStamp): Promise<ArticleSummary | undefined> {
    const entry = (await this.load()).get(file);
    return entry && entry.mtimeMs === stamp.mtimeMs && entry.size === stamp.size
      ? entry.summary
      : undefined;
  }

  async remember(file: string, stamp: FileStamp, summary: ArticleSummary): Promise<void> {
    (await this.load()).set(file, { mtimeMs: stamp.mtimeMs, size: stamp.size, summary });
    this.changed = true;
  }

  /** Drops the entry of a file the store rewrote or deleted. */
  forget(file: string): void {
    if (this.entries?.delete(file)) this.changed = true;
  }

  /** Drops the entries of files that are gone. */
  async retainOnly(files: ReadonlySet<string>): Promise<void> {
    for (const file of (await this.load()).keys()) {
      if (!files.has(file)) this.forget(file);
    }
  }

  /** Writes the cache if it changed. A failure only costs the next start some reading. */
  async persist(): Promise<void> {
    if (!this.changed || !this.entries) return;
    this.changed = false;
    const file = {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      entries: Object.fromEntries(this.entries),
    };
    await writeFileAtomic(this.path, JSON.stringify(file)).catch(() => {
      this.changed = true;
    });
  }

  /** Reads the cache once, however many lookups ask for it at the same time. */
  private load(): Promise<Map<string, IndexEntry>> {
    this.loading ??= this.read().then((entries) => (this.entries = entries));
    return this.loading;
  }

  private async read(): Promise<Map<string, IndexEntry>> {
    try {
      const parsed = IndexFileSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      if (parsed.success) return new Map(Object.entries(parsed.data.entries));
    } catch {
      // missing or unreadable: start empty, every article file is read once
    }
    return new Map();
  }
}
