// For tests: library folders kept in step the way a file-sync tool does it. Each round compares
// every folder with the state of the last round: a file changed in one folder goes to all; a
// file changed differently in several keeps the first folder's version under its name and each
// other version as a conflict copy named the tool's way; a file deleted in one folder and left
// alone elsewhere is deleted everywhere. Conflict copies then travel like any file.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative } from 'node:path';

export type SyncTool = 'Syncthing' | 'Dropbox' | 'OneDrive';

export interface Machine {
  dir: string;
  /** The device name the tool writes into a conflict copy's name (letters and digits). */
  device: string;
}

/** Path (relative, `/`-separated) → content, of every file in a folder. */
export type FolderState = Map<string, string>;

/** The name a tool gives `file`'s copy from `device` (`name.ext` → …). */
export function conflictCopyName(file: string, device: string, tool: SyncTool): string {
  const ext = extname(file);
  const stem = file.slice(0, file.length - ext.length);
  if (tool === 'Syncthing') return `${stem}.sync-conflict-20261207-120000-${device}${ext}`;
  if (tool === 'Dropbox') return `${stem} (${device}'s conflicted copy 2026-12-07)${ext}`;
  return `${stem}-${device}${ext}`;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

export async function folderState(dir: string): Promise<FolderState> {
  const state: FolderState = new Map();
  for (const path of await filesUnder(dir))
    state.set(path, await readFile(join(dir, path), 'utf8'));
  return state;
}

/** What every folder holds after a round of syncing, from each folder's state and the last. */
export function syncedState(
  states: readonly FolderState[],
  devices: readonly string[],
  last: FolderState,
  tool: SyncTool,
): FolderState {
  const result: FolderState = new Map();
  const paths = new Set([...last.keys(), ...states.flatMap((s) => [...s.keys()])]);
  for (const path of [...paths].sort()) {
    const before = last.get(path);
    const edits: { device: string; content: string }[] = [];
    let deleted = false;
    states.forEach((state, i) => {
      const now = state.get(path);
      if (now === before) return;
      if (now === undefined) deleted = true;
      else if (!edits.some((e) => e.content === now))
        edits.push({ device: devices[i]!, content: now });
    });
    if (edits.length === 0) {
      if (before !== undefined && !deleted) result.set(path, before);
      continue;
    }
    const [kept, ...others] = edits;
    result.set(path, kept!.content);
    for (const other of others) {
      const copy = join(
        dirname(path),
        conflictCopyName(path.split('/').pop()!, other.device, tool),
      );
      result.set(copy.split('\\').join('/'), other.content);
    }
  }
  return result;
}

/** Brings `dir` to hold exactly `state`. */
async function writeState(dir: string, state: FolderState): Promise<void> {
  for (const path of await filesUnder(dir)) {
    if (!state.has(path)) await rm(join(dir, path));
  }
  const current = await folderState(dir);
  for (const [path, content] of state) {
    if (current.get(path) === content) continue;
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** One round of syncing every machine with every other; answers the state they now share. */
export async function syncMachines(
  machines: readonly Machine[],
  last: FolderState,
  tool: SyncTool,
): Promise<FolderState> {
  const states = await Promise.all(machines.map((m) => folderState(m.dir)));
  const synced = syncedState(
    states,
    machines.map((m) => m.device),
    last,
    tool,
  );
  for (const machine of machines) await writeState(machine.dir, synced);
  return synced;
}
