// Taking in what others saved of the open article (a refresh) while I have unsaved edits of it.
// Against the version both sides started from (what this tab last saved or read), my unsaved
// edits stand: a mark I removed stays removed, one I changed keeps my change. Others' layers are
// taken as the host has them. Only where both sides changed one annotation of mine (me, in
// another window) does the later-updated version win; and one changed elsewhere that I removed
// comes back, so that no one's work is lost.
import type { Article } from '../../shared/model/article';
import { mergeConcurrentEdits, writableBy } from './concurrent-merge';

type Item = { id: string; annotator?: string | undefined; updatedAt?: string };

const same = (a: Item, b: Item) => a === b || JSON.stringify(a) === JSON.stringify(b);

function threeWay<T extends Item>(
  base: readonly T[],
  theirs: readonly T[],
  ours: readonly T[],
  me: string | null,
): T[] {
  const baseById = new Map(base.map((x) => [x.id, x]));
  const oursById = new Map(ours.map((x) => [x.id, x]));
  const merged: T[] = [];
  for (const their of theirs) {
    const our = oursById.get(their.id);
    const was = baseById.get(their.id);
    if (!writableBy(their, me)) merged.push(their);
    else if (!our) {
      // removed here: stays removed unless it was changed elsewhere meanwhile
      if (!was || !same(was, their)) merged.push(their);
    } else if (was && same(was, our)) merged.push(their);
    else if (was && !same(was, their)) {
      merged.push((their.updatedAt ?? '') > (our.updatedAt ?? '') ? their : our);
    } else merged.push(our);
  }
  const inTheirs = new Set(theirs.map((x) => x.id));
  for (const our of ours) {
    if (inTheirs.has(our.id) || !writableBy(our, me)) continue;
    // new here, or removed elsewhere after I changed it: kept; removed elsewhere as it was: gone
    const was = baseById.get(our.id);
    if (!was || !same(was, our)) merged.push(our);
  }
  return merged;
}

/**
 * The open article after a refresh: `theirs` as the host has it now, with my unsaved edits
 * (`ours`, made from `base`) kept. Without a known base, both sides are kept whole.
 */
export function mergeRefreshed(
  theirs: Article,
  ours: Article,
  base: Article | undefined,
  me: string | null,
): Article {
  if (!base) return mergeConcurrentEdits(theirs, ours, me);
  return {
    ...theirs,
    claims: threeWay(base.claims, theirs.claims, ours.claims, me),
    mentions: threeWay(base.mentions, theirs.mentions, ours.mentions, me),
    orphans: threeWay(base.orphans, theirs.orphans, ours.orphans, me),
    ...(ours.evidence || theirs.evidence
      ? { evidence: threeWay(base.evidence ?? [], theirs.evidence ?? [], ours.evidence ?? [], me) }
      : {}),
  };
}
