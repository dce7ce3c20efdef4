// Writes a file so that it is either the old content or the new, never half of each: a temp
// file beside it, fsync, rename, then an fsync of the folder so the rename itself survives a
// power cut. The file system is a parameter so tests can make the disk fill up or turn
// read-only at any step.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname } from 'node:path';
import { ioError } from './io-error';

/** The part of a file handle the writer uses (node's FileHandle has it). */
export interface WritableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file operations the writer uses (node:fs/promises has them). */
export interface AtomicFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const nodeAtomicFs: AtomicFs = nodeFs;

/** Temp files end so; a kill between write and rename leaves one, never a damaged `path`. */
export const TEMP_SUFFIX = '.tmp';

export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  const temp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  try {
    await fs.mkdir(dirname(path), { recursive: true });
    await writeDurably(fs, temp, content);
    await fs.rename(temp, path);
  } catch (error) {
    // Whatever failed, `path` still holds its previous content; only the temp file may be left.
    await fs.unlink(temp).catch(() => undefined);
    throw ioError(path, 'could not be saved', error);
  }
  await syncFolder(fs, dirname(path));
}

async function writeDurably(fs: AtomicFs, temp: string, content: string | Uint8Array) {
  const handle = await fs.open(temp, 'wx', 0o666);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/** Best effort: some systems (Windows) cannot open a folder for syncing, and need not. */
async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  let handle: WritableHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // the data is written and renamed; only the durability of the rename is less certain
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
