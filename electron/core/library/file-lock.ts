// One writer at a time per key across the processes of one machine (the app, a browser-mode
// host, the command line), so a read-merge-write of a file is never interleaved with another's.
// The lock files live in the system's temp folder, not in the library: a library synced to
// other machines reaches them as conflict copies, which are merged instead.
import { createHash } from 'node:crypto';
import { mkdir, open, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ContractError } from '../../../shared/contract/result';

/** A lock older than this belongs to a process that died holding it. */
const STALE_AFTER_MS = 15_000;
/** How long a writer waits for another before giving up with `busy`. */
const GIVE_UP_AFTER_MS = 20_000;
const RETRY_MS = 5;

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class FileLocks {
  private readonly folder: string;

  constructor(libraryDir: string) {
    const id = createHash('sha256').update(resolve(libraryDir)).digest('hex').slice(0, 24);
    this.folder = join(tmpdir(), 'factmark-locks', id);
  }

  /** Runs `task` holding the lock named `key` (a file-name-safe word). */
  async with<T>(key: string, task: () => Promise<T>): Promise<T> {
    const path = join(this.folder, `${key}.lock`);
    await this.acquire(path);
    try {
      return await task();
    } finally {
      await unlink(path).catch(() => undefined);
    }
  }

  private async acquire(path: string): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const started = Date.now();
    for (;;) {
      try {
        const handle = await open(path, 'wx');
        await handle.writeFile(String(process.pid));
        await handle.close();
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'EEXIST') throw error;
      }
      const held = await stat(path).catch(() => undefined);
      if (held && Date.now() - held.mtimeMs > STALE_AFTER_MS) {
        await unlink(path).catch(() => undefined);
        continue;
      }
      if (Date.now() - started > GIVE_UP_AFTER_MS) {
        throw new ContractError(
          'io',
          `The library is being written by another Factmark process (${path}); try again`,
        );
      }
      await wait(RETRY_MS);
    }
  }
}
