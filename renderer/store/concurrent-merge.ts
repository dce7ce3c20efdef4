// When another tab or window saved the same article first, both sets of changes are kept: the
// annotations of either side, by id, the later-updated version where both have one. Nothing is
// dropped (a claim the other side removed comes back; removing it again is one keystroke).
import type { Article } from '../../shared/model/article';

function byId<T extends { id: string }>(
  theirs: readonly T[],
  ours: readonly T[],
  newer: (a: T, b: T) => T = (_a, b) => b,
): T[] {
  const merged = new Map(theirs.map((x) => [x.id, x]));
  for (const x of ours) {
    const other = merged.get(x.id);
    merged.set(x.id, other ? newer(other, x) : x);
  }
  return [...merged.values()];
}

export function mergeConcurrentEdits(theirs: Article, ours: Article): Article {
  return {
    ...theirs,
    claims: byId(theirs.claims, ours.claims, (a, b) => (a.updatedAt > b.updatedAt ? a : b)),
    mentions: byId(theirs.mentions, ours.mentions),
    orphans: byId(theirs.orphans, ours.orphans),
  };
}
