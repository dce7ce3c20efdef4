// Opening files by path in the desktop app: from the open dialog, from Open Recent, and from
// the command line of this launch or of a second one. Paths never come from the page: the host
// queues the ones the user chose and the renderer asks for "the next one" (`openDesktopFile`).
// Every read goes through PathPermissions, and each file opened joins the recent list.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from '../shared/contract/calls';
import { ContractError } from '../shared/contract/result';
import type { Article } from '../shared/model/article';
import { ioError } from './core/fs/io-error';
import { assertSourceSize } from './core/loaders/index';
import { PathPermissions, type PathChoice } from './path-permissions';
import type { RecentFiles } from './recent-files';

export interface OpenRequestServices {
  /** The core's openFile (size checks, loaders, progress and cancel by job id). */
  openFile: Handlers['openFile'];
  /** Shows the open dialog; null when the user cancels. */
  chooseFile(): Promise<string | null>;
  recent: RecentFiles;
  /** Tells the renderer there are files waiting (it then calls `openDesktopFile`). */
  notifyRenderer(): void;
  /** Called after the recent list changed (the menu is rebuilt from it). */
  onRecentChanged(): void;
  readFile?: (path: string) => Promise<Uint8Array>;
}

export class OpenRequests {
  readonly permissions = new PathPermissions();
  private readonly queue: string[] = [];

  constructor(private readonly services: OpenRequestServices) {
    for (const path of services.recent.list()) this.permissions.grant(path, 'recent');
  }

  /** Queues files the user asked to open (not through the dialog) and tells the renderer. */
  request(paths: readonly string[], how: Exclude<PathChoice, 'dialog'>): void {
    if (paths.length === 0) return;
    for (const path of paths) this.queue.push(this.permissions.grant(path, how));
    this.services.notifyRenderer();
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** The `openDesktopFile` call. */
  readonly openDesktopFile: Handlers['openDesktopFile'] = async ({ source, jobId }) => {
    const path = source === 'dialog' ? await this.chooseWithDialog() : (this.queue.shift() ?? null);
    if (path === null) return { article: null };
    return { article: await this.open(path, jobId) };
  };

  /** Forgets the recent list (File › Clear Recently Opened). */
  async clearRecent(): Promise<void> {
    await this.services.recent.clear();
    this.services.onRecentChanged();
  }

  private async chooseWithDialog(): Promise<string | null> {
    const chosen = await this.services.chooseFile();
    return chosen === null ? null : this.permissions.grant(chosen, 'dialog');
  }

  private async open(path: string, jobId: string | undefined): Promise<Article> {
    const absolute = this.permissions.check(path);
    const bytes = await this.read(absolute);
    // Through the core's openFile, base64 and all: one path for every open, with its size
    // checks, loaders, progress and cancel; the copy costs little beside reading a PDF.
    const article = await this.services.openFile({
      fileName: basename(absolute),
      dataBase64: Buffer.from(bytes).toString('base64'),
      ...(jobId ? { jobId } : {}),
    });
    await this.remember(() => this.services.recent.add(absolute));
    return article;
  }

  private async read(path: string): Promise<Uint8Array> {
    const fromRecent = this.permissions.choiceOf(path) === 'recent';
    try {
      const info = await stat(path);
      if (!info.isFile()) {
        throw new ContractError('bad-source', `${path}: this is a folder, not a file.`);
      }
      // Before reading it: a file far too large is refused without loading it into memory.
      assertSourceSize(path, info.size);
      return await (this.services.readFile ?? readFile)(path);
    } catch (error) {
      if (error instanceof ContractError) throw error;
      if ((error as { code?: string }).code === 'ENOENT') {
        if (fromRecent) {
          await this.remember(() => this.services.recent.remove(path));
          throw new ContractError(
            'not-found',
            `${path}: the file is no longer there (moved, renamed or deleted); it was removed from Open Recent.`,
          );
        }
        throw new ContractError('not-found', `${path}: there is no such file.`);
      }
      throw ioError(path, 'could not be read', error);
    }
  }

  /** Updates the recent list; failing to store it must not fail the open itself. */
  private async remember(update: () => Promise<void>): Promise<void> {
    try {
      await update();
    } catch {
      // the list lives in memory still, and is written again on the next change
    }
    this.services.onRecentChanged();
  }
}
