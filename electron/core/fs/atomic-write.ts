// Writes a file so that it is either the old content or the new, never half of each: a temp
// file beside it, fsync, rename (write-file-atomic), then an fsync of the folder so the rename
// itself survives a power cut.
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomicLib from 'write-file-atomic';
import { ioError } from './io-error';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomicLib(path, typeof content === 'string' ? content : Buffer.from(content), {
      fsync: true,
    });
  } catch (error) {
    throw ioError(path, 'could not be saved', error);
  }
  await syncFolder(dirname(path));
}

/** Best effort: some systems (Windows) cannot open a folder for syncing, and need not. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // the data is written and renamed; only the durability of the rename is less certain
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
