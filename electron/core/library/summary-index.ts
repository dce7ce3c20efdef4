// The library index `index.json`: each article file's summary with the size and modification
// time it was read at, so that the library's first screen comes from one file instead of
// thousands. It is derived data, never trusted blindly: an entry counts only while its file's
// stamp matches, one that does not parse is read again, and an index that does not parse is
// rebuilt. The store keeps it in step with its own writes; listing persists it. From the entries'
// `linksTo` it also answers which articles link into one (kept in memory, built anew from the
// entries whenever they are read from the file, never stored).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ArticleSummarySchema, type ArticleSummary } from '../../../shared/model/article';
import { writeFileAtomic } from '../fs/atomic-write';

const INDEX_FORMAT = 'factmark.library-index';
/** 2: summaries carry `linksTo`; an index from before is rebuilt, never trusted without it. */
const INDEX_VERSION = 2;

const IndexEntrySchema = z.object({
  mtimeMs: z.number(),
  size: z.number(),
  summary: ArticleSummarySchema,
});
type IndexEntry = z.infer<typeof IndexEntrySchema>;

/**
 * The entries of an index file, or null when it is not one this build writes. Only the envelope
 * is checked here (by hand: a zod record of 10,000 entries costs a tenth of a second); each
 * entry is checked when it is first used, so a start that shows 120 rows does not validate
 * 10,000 summaries it does not send.
 */
function entriesOf(json: unknown): Record<string, unknown> | null {
  if (typeof json !== 'object' || json === null) return null;
  const { format, version, entries } = json as Record<string, unknown>;
  if (format !== INDEX_FORMAT || version !== INDEX_VERSION) return null;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return null;
  return entries as Record<string, unknown>;
}

export interface FileStamp {
  mtimeMs: number;
  size: number;
}

/** An entry as read from the file: checked (`IndexEntry`) or not yet. */
type StoredEntry = { checked: true; entry: IndexEntry } | { checked: false; raw: unknown };

export class SummaryIndex {
  private entries = new Map<string, StoredEntry>();
  private loading: Promise<void> | undefined;
  private changed = false;
  /** Article id → the ids of the indexed articles linking into it; built on first use. */
  private incoming: Map<string, Set<string>> | undefined;

  constructor(private readonly path: string) {}

  /** Reads the index file once, however many callers ask at the same time. */
  load(): Promise<void> {
    this.loading ??= this.read().then((entries) => {
      // Entries the store wrote while the file was being read are newer than the file's.
      for (const [file, entry] of this.entries) entries.set(file, entry);
      this.entries = entries;
      this.incoming = undefined;
    });
    return this.loading;
  }

  /**
   * Whether `file` has an entry with a time to sort it by. Neither the rest of the entry nor the
   * file's stamp is checked here: `lookup` does, for the entries whose summaries are sent.
   */
  has(file: string): boolean {
    return this.updatedAtOf(file) !== undefined;
  }

  /** The indexed summary of `file`, if the file still has the stamp it was indexed with. */
  lookup(file: string, stamp: FileStamp): ArticleSummary | undefined {
    const entry = this.entry(file);
    return entry && entry.mtimeMs === stamp.mtimeMs && entry.size === stamp.size
      ? entry.summary
      : undefined;
  }

  /** `files` (indexed ones), most recently changed first by their indexed summaries. */
  newestFirst(files: readonly string[]): string[] {
    return files
      .map((file) => ({ file, at: this.updatedAtOf(file) ?? '' }))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
      .map((e) => e.file);
  }

  remember(file: string, stamp: FileStamp, summary: ArticleSummary): void {
    this.unlinkEntry(file);
    this.entries.set(file, {
      checked: true,
      entry: { mtimeMs: stamp.mtimeMs, size: stamp.size, summary },
    });
    this.linkEntry(file);
    this.changed = true;
  }

  /** Drops the entry of a file that was deleted or could not be read. */
  forget(file: string): void {
    this.unlinkEntry(file);
    if (this.entries.delete(file)) this.changed = true;
  }

  /**
   * The articles whose indexed summaries say they link into article `id`, as the entries stand
   * (a listing checks them against the files).
   */
  linkingInto(id: string): string[] {
    if (!this.incoming) {
      this.incoming = new Map();
      for (const file of this.entries.keys()) this.linkEntry(file);
    }
    return [...(this.incoming.get(id) ?? [])].sort();
  }

  /** Drops the entries of files that are gone. */
  retainOnly(files: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) {
      if (!files.has(file)) this.forget(file);
    }
  }

  /** Writes the index if it changed. A failure only costs the next start some reading. */
  async persist(): Promise<void> {
    await this.load(); // never write a partial index over a whole one not read yet
    if (!this.changed) return;
    this.changed = false;
    const entries: Record<string, unknown> = {};
    for (const [file, stored] of this.entries) {
      entries[file] = stored.checked ? stored.entry : stored.raw;
    }
    const content = JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, entries });
    await writeFileAtomic(this.path, content).catch(() => {
      this.changed = true;
    });
  }

  /** When the indexed summary of `file` says it changed last, if it says so. */
  private updatedAtOf(file: string): string | undefined {
    const stored = this.entries.get(file);
    if (!stored) return undefined;
    if (stored.checked) return stored.entry.summary.updatedAt;
    const summary: unknown = (stored.raw as { summary?: unknown } | null)?.summary;
    const at: unknown = (summary as { updatedAt?: unknown } | null)?.updatedAt;
    return typeof at === 'string' ? at : undefined;
  }

  /** The article id of `file`'s entry and the articles it links into, as far as it says. */
  private linksOf(file: string): { id: string; linksTo: string[] } | undefined {
    const stored = this.entries.get(file);
    const summary: unknown = stored?.checked
      ? stored.entry.summary
      : (stored?.raw as { summary?: unknown } | null | undefined)?.summary;
    const { id, linksTo } = (summary ?? {}) as { id?: unknown; linksTo?: unknown };
    if (typeof id !== 'string' || !Array.isArray(linksTo)) return undefined;
    return { id, linksTo: linksTo.filter((to): to is string => typeof to === 'string') };
  }

  private linkEntry(file: string): void {
    const links = this.incoming && this.linksOf(file);
    if (!links) return;
    for (const to of links.linksTo) {
      let from = this.incoming!.get(to);
      if (!from) this.incoming!.set(to, (from = new Set()));
      from.add(links.id);
    }
  }

  private unlinkEntry(file: string): void {
    const links = this.incoming && this.linksOf(file);
    if (!links) return;
    for (const to of links.linksTo) {
      const from = this.incoming!.get(to);
      from?.delete(links.id);
      if (from?.size === 0) this.incoming!.delete(to);
    }
  }

  /** The entry of `file`, checked on first use; one that does not parse is dropped. */
  private entry(file: string): IndexEntry | undefined {
    const stored = this.entries.get(file);
    if (!stored) return undefined;
    if (stored.checked) return stored.entry;
    const parsed = IndexEntrySchema.safeParse(stored.raw);
    if (!parsed.success) {
      this.forget(file);
      return undefined;
    }
    this.entries.set(file, { checked: true, entry: parsed.data });
    return parsed.data;
  }

  private async read(): Promise<Map<string, StoredEntry>> {
    let content: string;
    try {
      content = await readFile(this.path, 'utf8');
    } catch {
      return new Map(); // none yet (or unreadable): every article file is read once
    }
    try {
      const stored = entriesOf(JSON.parse(content));
      if (stored) {
        const entries = new Map<string, StoredEntry>();
        for (const [file, raw] of Object.entries(stored))
          entries.set(file, { checked: false, raw });
        return entries;
      }
    } catch {
      // not JSON: rebuilt below
    }
    // Damaged or from another version: rebuilt from the article files and written whole.
    this.changed = true;
    return new Map();
  }
}
