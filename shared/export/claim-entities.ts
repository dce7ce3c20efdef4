// `claimEntityIds` (model/annotations.ts) for every claim of an article at once: the mentions
// are sorted once and each claim finds those inside it by binary search, instead of sorting
// all mentions per claim, so exports stay linear in the number of annotations.
import type { Claim, Mention } from '../model/annotations';
import { partitionPoint } from '../text/partition-point';

/** Returns a function giving, for a claim of the article, the same ids as claimEntityIds. */
export function claimEntityResolver(mentions: readonly Mention[]): (claim: Claim) => string[] {
  // Stable sort by start, exactly the order claimEntityIds visits mentions in.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return (claim) => {
    const ids = new Set(claim.entities);
    const lo = partitionPoint(sorted.length, (i) => sorted[i]!.start < claim.start);
    // A mention starting at or after the claim's end cannot lie inside it.
    for (let i = lo; i < sorted.length && sorted[i]!.start < claim.end; i++) {
      if (sorted[i]!.end <= claim.end) ids.add(sorted[i]!.entity);
    }
    return [...ids];
  };
}
