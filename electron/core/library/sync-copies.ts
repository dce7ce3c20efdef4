// The conflict copies file-sync tools leave beside a file both machines changed:
//   Syncthing  name.sync-conflict-20261207-181500-ABCDEFG.ext
//   Dropbox    name (Dana's MacBook's conflicted copy 2026-12-07).ext
//   OneDrive   name-DEVICE.ext (only when name.ext exists: the pattern fits ordinary names too)
// They are merged into the file they copy, never listed as files of their own.

const SYNCTHING = /^(.+)\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]{1,64}(\.[A-Za-z0-9]{1,16})?$/;
const DROPBOX =
  /^(.+) \([^()]{0,200}'s conflicted copy \d{4}-\d{2}-\d{2}(?: \d{1,4})?\)(\.[A-Za-z0-9]{1,16})?$/;
/** A OneDrive-style candidate: `stem-DEVICE.ext`, the device name without dashes or dots. */
const ONEDRIVE = /^(.+)-[^-.\s]{1,64}(\.[A-Za-z0-9]{1,16})$/;

/**
 * The file a Syncthing or Dropbox conflict copy copies, or null when `name` is not one. These
 * two patterns cannot be ordinary Factmark file names (those have no spaces or inner dots).
 */
export function unambiguousCopyOf(name: string): string | null {
  const match = SYNCTHING.exec(name) ?? DROPBOX.exec(name);
  return match ? `${match[1]}${match[2] ?? ''}` : null;
}

/**
 * The file a OneDrive conflict copy would copy (`X-DEVICE.ext` → `X.ext`) when `X.ext` is among
 * `names`; whether it is a copy is for the caller to confirm by its content.
 */
export function oneDriveCandidateOf(name: string, names: ReadonlySet<string>): string | null {
  const match = ONEDRIVE.exec(name);
  if (!match) return null;
  const original = `${match[1]}${match[2]}`;
  return names.has(original) ? original : null;
}

export interface CopyGroups {
  /** Each file with the conflict copies of it found (maybe none). */
  copies: Map<string, string[]>;
  /** OneDrive-style names whose original exists: copies only if their content says so. */
  maybeCopies: Map<string, string>;
}

/**
 * Sorts a folder's file names: each conflict copy under the file it copies, the others as
 * files of their own. A copy whose original is gone stands for it (the sync tool renamed the
 * only copy there was).
 */
export function groupCopies(names: readonly string[]): CopyGroups {
  const all = new Set(names);
  const copies = new Map<string, string[]>();
  const maybeCopies = new Map<string, string>();
  const add = (original: string, copy: string | null) => {
    const list = copies.get(original) ?? [];
    if (copy) list.push(copy);
    copies.set(original, list);
  };
  for (const name of [...names].sort()) {
    const original = unambiguousCopyOf(name);
    if (original) {
      add(original, name);
      continue;
    }
    const candidate = oneDriveCandidateOf(name, all);
    if (candidate) maybeCopies.set(name, candidate);
    add(name, null);
  }
  return { copies, maybeCopies };
}

/**
 * The names in `names` that are conflict copies of `file`: the certain ones, then the
 * OneDrive-style ones `isCopy` confirms by their content.
 */
export async function copiesOf(
  names: readonly string[],
  file: string,
  isCopy: (name: string) => Promise<boolean>,
): Promise<string[]> {
  const { copies, maybeCopies } = groupCopies(names);
  const found = [...(copies.get(file) ?? [])];
  for (const [name, original] of maybeCopies) {
    if (original === file && (await isCopy(name))) found.push(name);
  }
  return found;
}
