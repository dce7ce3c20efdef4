// Which files the desktop host may read by path: only those the user chose — in the open
// dialog, on the command line (also of a second launch), or earlier (the Open Recent list).
// The renderer never names a path; this is the check every read by path goes through, so a
// path that came from anywhere else is refused even if a bug let it through.
import { resolve } from 'node:path';
import { ContractError } from '../shared/contract/result';

/** How the user chose a file (for the refusal's message and for tests). */
export type PathChoice = 'dialog' | 'command-line' | 'recent';

export class PathPermissions {
  private readonly granted = new Map<string, PathChoice>();

  grant(path: string, how: PathChoice): string {
    const absolute = resolve(path);
    this.granted.set(absolute, how);
    return absolute;
  }

  /** How `path` was chosen, or null when the user never chose it. */
  choiceOf(path: string): PathChoice | null {
    return this.granted.get(resolve(path)) ?? null;
  }

  /** Answers the absolute path when it was chosen; throws `forbidden` naming it otherwise. */
  check(path: string): string {
    const absolute = resolve(path);
    if (!this.granted.has(absolute)) {
      throw new ContractError(
        'forbidden',
        `${absolute}: Factmark reads only files you chose (open dialog, Open Recent, command line).`,
      );
    }
    return absolute;
  }
}
