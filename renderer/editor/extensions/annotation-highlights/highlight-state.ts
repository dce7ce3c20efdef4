// What `annotation-highlights` is asked to do (set or update), and the index it keeps. The
// highlights live in the view's HighlightIndex and are painted as CSS highlights (see
// highlight-painter.ts), so a change never rebuilds a decoration set.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { BlockBounds, HighlightIndex, type Highlight, type HighlightRef } from './highlight-index';

export type { Highlight, HighlightRef } from './highlight-index';

/** Changes applied together: removals, then additions, then the active claim. */
export interface HighlightChanges {
  add?: readonly Highlight[];
  remove?: readonly HighlightRef[];
  /** undefined: leave the active claim as it is */
  active?: HighlightRef | null;
}

export type HighlightAction =
  | { type: 'set'; highlights: readonly Highlight[]; active: HighlightRef | null }
  | { type: 'update'; changes: HighlightChanges };

/** The blocks (textblocks, chunked or not) of a document, for the highlight index. */
export function blockBoundsOf(doc: ProseMirrorNode): BlockBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    starts.push(pos);
    ends.push(pos + node.nodeSize);
    return false;
  });
  return new BlockBounds(starts, ends);
}

/** An index over `doc` holding `highlights`. */
export function buildHighlightIndex(
  doc: ProseMirrorNode,
  highlights: readonly Highlight[],
): HighlightIndex {
  const index = new HighlightIndex(blockBoundsOf(doc));
  for (const h of highlights) index.add(h);
  return index;
}
