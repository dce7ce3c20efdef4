// The File › Open Recent list: the last files the user opened by path, newest first, kept in
// the app's user-data folder (never in the library, which may be shared or synced). A damaged
// list is read as empty and rewritten on the next open: losing it loses nothing of the user's.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomic } from './core/fs/atomic-write';

export const RECENT_FILES_LIMIT = 10;
const FORMAT = 'factmark.recent-files';

export interface RecentFilesStorage {
  read(path: string): Promise<string>;
  write(path: string, content: string): Promise<void>;
}

const nodeStorage: RecentFilesStorage = {
  read: (path) => readFile(path, 'utf8'),
  write: (path, content) => writeFileAtomic(path, content),
};

export class RecentFiles {
  private paths: string[] = [];

  constructor(
    /** The JSON file the list lives in (`<userData>/recent-files.json`). */
    private readonly file: string,
    private readonly storage: RecentFilesStorage = nodeStorage,
    private readonly limit = RECENT_FILES_LIMIT,
  ) {}

  /** Reads the stored list; a missing or damaged file gives an empty one. */
  async load(): Promise<readonly string[]> {
    try {
      this.paths = parse(await this.storage.read(this.file)).slice(0, this.limit);
    } catch {
      this.paths = [];
    }
    return this.list();
  }

  list(): readonly string[] {
    return [...this.paths];
  }

  /** Puts `path` first (once), dropping the oldest beyond the limit, and stores the list. */
  async add(path: string): Promise<void> {
    const absolute = resolve(path);
    this.paths = [absolute, ...this.paths.filter((p) => p !== absolute)].slice(0, this.limit);
    await this.persist();
  }

  async remove(path: string): Promise<void> {
    const absolute = resolve(path);
    if (!this.paths.includes(absolute)) return;
    this.paths = this.paths.filter((p) => p !== absolute);
    await this.persist();
  }

  async clear(): Promise<void> {
    this.paths = [];
    await this.persist();
  }

  private persist(): Promise<void> {
    return this.storage.write(
      this.file,
      `${JSON.stringify({ format: FORMAT, version: 1, paths: this.paths }, null, 2)}\n`,
    );
  }
}

function parse(content: string): string[] {
  const data: unknown = JSON.parse(content);
  if (!data || typeof data !== 'object') return [];
  const { format, paths } = data as { format?: unknown; paths?: unknown };
  if (format !== FORMAT || !Array.isArray(paths)) return [];
  const valid = paths.filter(
    (p): p is string => typeof p === 'string' && p.length > 0 && p.length < 4096,
  );
  // Only absolute paths: a relative one would mean a different file from another folder.
  return [...new Set(valid.filter((p) => resolve(p) === p))];
}
