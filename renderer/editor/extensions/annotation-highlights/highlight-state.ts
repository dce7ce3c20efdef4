// The plugin state of `annotation-highlights`: the last action asked of it, for its view to
// apply. The highlights themselves live in the view's HighlightIndex and are painted as CSS
// highlights (see highlight-painter.ts), so a change never rebuilds a decoration set.
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

export interface HighlightState {
  /** the action of the transaction that made this state (null: none yet) */
  action: HighlightAction | null;
}

/** The blocks of a document, for the highlight index. */
export function blockBoundsOf(doc: ProseMirrorNode): BlockBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  doc.forEach((node, offset) => {
    starts.push(offset);
    ends.push(offset + node.nodeSize);
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
