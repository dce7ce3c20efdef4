// Tells a host which articles changed in its library folder behind its back (another host on
// this machine, a sync tool bringing in a teammate's layer, git), so an open page can show them
// while the person looks. A debounced fs.watch on `articles/`, `layers/` and each annotator's
// folder; names that are no article or layer file are passed over (see ./changed-file). The
// host's own writes go through `recordingWrites`, which notes each file's state right after
// writing it: a file found so is no change, so a save never comes back to its own page. When a
// watcher fails, live updates stop (`live: false`) and pages rely on coming back to the window.
import { randomBytes } from 'node:crypto';
import { watch as fsWatch } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryChangeLog, type LibraryChanges } from '../../../shared/contract/library-changes';
import type { AtomicFs } from '../fs/atomic-write';
import { LAYERS_FOLDER } from './article-layers';
import { articlesOfFile } from './changed-file';

/** The part of an fs.watch watcher used here. */
export interface FolderWatcher {
  close(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type WatchFolder = (
  folder: string,
  listener: (event: string, name: string | null) => void,
) => FolderWatcher;

export interface LibraryWatchOptions {
  /** Quiet time that ends a burst of events (a sync tool writes several files at once). */
  debounceMs?: number;
  /** However long a burst goes on, its changes are told after this. */
  maxDelayMs?: number;
  /** How long a wait is held open before it answers that nothing changed. */
  waitMs?: number;
  watch?: WatchFolder;
}

const ARTICLES_FOLDER = 'articles';
/** Own writes remembered until their event is seen. */
const OWN_WRITES_KEPT = 1000;

const nodeWatch: WatchFolder = (folder, listener) =>
  fsWatch(folder, { persistent: false }, (event, name) => listener(event, name ?? null));

/** A file's state: changed by anyone else, it differs. */
async function fileState(path: string): Promise<string> {
  try {
    const s = await stat(path);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

export class LibraryWatch {
  private readonly log: LibraryChangeLog;
  private readonly watchers = new Map<string, FolderWatcher>();
  /** Changed files not yet told, each with the articles it may belong to. */
  private readonly pending = new Map<string, readonly string[]>();
  /** A folder reported a change without a file name. */
  private unnamed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private burstStart = 0;
  private readonly ownWrites = new Map<string, string>();
  private live = true;
  private readonly debounceMs: number;
  private readonly maxDelayMs: number;
  private readonly watch: WatchFolder;
  /** The folders there at the start are watched. */
  readonly ready: Promise<void>;

  constructor(
    private readonly folder: string,
    options: LibraryWatchOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 150;
    this.maxDelayMs = options.maxDelayMs ?? 1000;
    this.log = new LibraryChangeLog(randomBytes(6).toString('hex'), options.waitMs ?? 25_000);
    this.watch = options.watch ?? nodeWatch;
    this.ready = this.attach();
  }

  /** `fs` with each rename and unlink noted as this host's own write. */
  recordingWrites(fs: AtomicFs): AtomicFs {
    const note = async (path: string) => {
      // Once watching has stopped no event will come to match: nothing to note or attach.
      if (!this.live) return;
      // The first write of a new library makes the folders to watch.
      if (!this.watchers.has(join(this.folder, ARTICLES_FOLDER))) void this.attach();
      this.ownWrites.delete(path);
      this.ownWrites.set(path, await fileState(path));
      if (this.ownWrites.size > OWN_WRITES_KEPT) {
        this.ownWrites.delete(this.ownWrites.keys().next().value!);
      }
    };
    return {
      ...fs,
      rename: async (from, to) => {
        await fs.rename(from, to);
        await note(to);
      },
      unlink: async (path) => {
        await fs.unlink(path);
        await note(path);
      },
    };
  }

  /** See LibraryChangeLog.wait; answered once the folders there at the start are watched. */
  async wait(after?: string): Promise<LibraryChanges> {
    await this.ready;
    return this.log.wait(after);
  }

  /** Stops watching; waits under way answer that nothing more will come. */
  close(): void {
    this.stop();
  }

  /** Watches the data folders that exist and are not watched yet (new annotators' too). */
  private async attach(): Promise<void> {
    const starting = this.watchers.size === 0;
    // The library folder itself, for `articles/` and `layers/` made after the start; made now
    // if it is not there yet (another host may be the first to write into it).
    if (starting) await mkdir(this.folder, { recursive: true }).catch(() => undefined);
    // Only those two matter there: every save's index.json and its temp file come by too.
    this.follow(this.folder, (name) => {
      if (name === null || name === ARTICLES_FOLDER || name === LAYERS_FOLDER) void this.attach();
    });
    const layers = join(this.folder, LAYERS_FOLDER);
    const annotators = await readdir(layers, { withFileTypes: true }).catch(() => []);
    const folders = [
      join(this.folder, ARTICLES_FOLDER),
      layers,
      ...annotators.filter((e) => e.isDirectory()).map((e) => join(layers, e.name)),
    ];
    for (const folder of folders) {
      if (folder === layers) {
        this.follow(folder, () => void this.attach());
        continue;
      }
      const isNew = this.follow(folder, (name) => this.changed(folder, name));
      // A folder made since the start (a new annotator's) may hold files written before it was
      // watched: they are changes too.
      if (isNew && !starting) {
        for (const name of await readdir(folder).catch(() => [])) this.changed(folder, name);
      }
    }
  }

  /** Watches `folder` once (true when it starts now); one not there yet, once it appears. */
  private follow(folder: string, onEvent: (name: string | null) => void): boolean {
    if (!this.live || this.watchers.has(folder)) return false;
    try {
      const watcher = this.watch(folder, (_event, name) => onEvent(name));
      watcher.on('error', () => this.stop());
      this.watchers.set(folder, watcher);
      return true;
    } catch (error) {
      // Out of watches, or not allowed: pages fall back to refreshing when the window is back.
      if ((error as { code?: string }).code !== 'ENOENT') this.stop();
      return false;
    }
  }

  private changed(folder: string, name: string | null): void {
    if (name === null) this.unnamed = true;
    else {
      const articles = articlesOfFile(name);
      if (articles.length === 0) return;
      this.pending.set(join(folder, name), articles);
    }
    this.schedule();
  }

  private schedule(): void {
    const now = Date.now();
    if (this.timer === null) this.burstStart = now;
    else clearTimeout(this.timer);
    const delay = Math.min(this.debounceMs, Math.max(0, this.burstStart + this.maxDelayMs - now));
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Tells the changes of a burst, leaving out files as this host wrote them. */
  private async flush(): Promise<void> {
    this.timer = null;
    const files = [...this.pending];
    const all = this.unnamed;
    this.pending.clear();
    this.unnamed = false;
    const articles = new Set<string>();
    for (const [path, ids] of files) {
      const own = this.ownWrites.get(path);
      if (own !== undefined && own === (await fileState(path))) {
        this.ownWrites.delete(path);
        continue;
      }
      for (const id of ids) articles.add(id);
    }
    this.log.add(articles, all);
  }

  private stop(): void {
    this.live = false;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.log.end();
  }
}
