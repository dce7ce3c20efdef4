// Claims whose `drifted` state changed in an edit that added or removed none (the user accepted a
// reloaded claim's new place): their highlights are repainted, since the highlight binding
// otherwise tells claims apart by id alone.
import type { Claim } from '../../shared/model/annotations';

/** The claims of `after` whose drifted state differs from the same claim in `before`. */
export function driftChanged(before: readonly Claim[], after: readonly Claim[]): Claim[] {
  if (before === after || before.length !== after.length) return [];
  const changed: Claim[] = [];
  for (let i = 0; i < after.length; i++) {
    const was = before[i]!;
    const now = after[i]!;
    // Edits keep the order of claims, so the same index is the same claim; an identical object
    // (the common case, every claim but the one edited) is skipped at once.
    if (
      was !== now &&
      was.id === now.id &&
      (was.anchor === 'drifted') !== (now.anchor === 'drifted')
    )
      changed.push(now);
  }
  return changed;
}
