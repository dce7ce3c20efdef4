// When another tab or window saved the same article first, both sets of changes are kept: the
// annotations of either side, by id, the later-updated version where both have one. Nothing is
// dropped (a claim the other side removed comes back; removing it again is one keystroke).
// In a team, another annotator's layer is theirs: it is taken as the host has it now (their
// removals stay removed), and only what I may write is merged so.
import type { Article } from '../../shared/model/article';
import { ADJUDICATED } from '../../shared/model/annotators';

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

/** Whether `me` may write an annotation: any without names; with one, mine, the adjudicated
 * layer's and any from before layers. */
export function writableBy(item: { annotator?: string | undefined }, me: string | null): boolean {
  return !me || !item.annotator || item.annotator === me || item.annotator === ADJUDICATED;
}

/** The annotations of ours that are merged: those I may write. */
function mergedOfOurs<T extends { annotator?: string | undefined }>(
  ours: readonly T[],
  me: string | null,
): readonly T[] {
  return ours.filter((x) => writableBy(x, me));
}

export function mergeConcurrentEdits(
  theirs: Article,
  ours: Article,
  me: string | null = null,
): Article {
  return {
    ...theirs,
    claims: byId(theirs.claims, mergedOfOurs(ours.claims, me), (a, b) =>
      a.updatedAt > b.updatedAt ? a : b,
    ),
    mentions: byId(theirs.mentions, mergedOfOurs(ours.mentions, me)),
    orphans: byId(theirs.orphans, mergedOfOurs(ours.orphans, me)),
    ...(theirs.evidence || ours.evidence
      ? { evidence: byId(theirs.evidence ?? [], mergedOfOurs(ours.evidence ?? [], me)) }
      : {}),
  };
}
