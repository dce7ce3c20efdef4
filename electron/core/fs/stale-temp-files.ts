// Removes the temp files that atomic writes cut short (a kill between write and rename) left
// in a library: only files named as writeFileAtomic names them, and only those untouched for
// a while, so a write under way in this or another process is never pulled from under it.
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_SUFFIX } from './atomic-write';

/** A temp file younger than this may belong to a write still under way. */
export const STALE_AFTER_MS = 60_000;

/** `<name>.<pid>-<12 hex digits>.tmp`, the shape writeFileAtomic gives its temp files. */
const TEMP_NAME = new RegExp(`\\.\\d+-[0-9a-f]{12}${TEMP_SUFFIX.replace('.', '\\.')}$`);

export interface StaleTempOptions {
  now?: Date;
  staleAfterMs?: number;
  /** How many folder levels below `folder` are searched too (the library's are shallow). */
  depth?: number;
}

/** Removes stale temp files in `folder` and its subfolders; answers the paths removed. */
export async function removeStaleTempFiles(
  folder: string,
  options: StaleTempOptions = {},
): Promise<string[]> {
  const cutoff = (options.now ?? new Date()).getTime() - (options.staleAfterMs ?? STALE_AFTER_MS);
  const removed: string[] = [];
  await sweep(folder, options.depth ?? 2, cutoff, removed);
  return removed;
}

async function sweep(folder: string, depth: number, cutoff: number, removed: string[]) {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return; // a missing or unreadable folder has nothing we may clean
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (depth > 0) await sweep(path, depth - 1, cutoff, removed);
    } else if (entry.isFile() && TEMP_NAME.test(entry.name)) {
      try {
        if ((await stat(path)).mtimeMs >= cutoff) continue;
        await unlink(path);
        removed.push(path);
      } catch {
        // gone already (its write finished, or another cleaner was first): nothing to do
      }
    }
  }
}
