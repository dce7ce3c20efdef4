// Where the pointer rests in the article, as a canonical offset, for the highlight tooltip.
// Highlights are painted as CSS highlights (no elements to hover), so the text position under
// the pointer is worked out from the editor and the store says what covers it.
import type { EditorView } from '@tiptap/pm/view';
import type { PositionMap } from '../../shared/text/position-map';

export const HIGHLIGHT_HOVER_EVENT = 'fm-highlight-hover';

/** Where the pointer is over the text (offset), and where to put a tooltip (under the line). */
export interface HighlightHover {
  offset: number;
  x: number;
  /** The bottom of the text line under the pointer, in viewport pixels. */
  lineBottom: number;
}

/** The offset of the character under a point, or null off the text. */
export function offsetAtPoint(
  view: EditorView,
  positions: PositionMap,
  x: number,
  y: number,
): { offset: number; lineBottom: number } | null {
  const found = view.posAtCoords({ left: x, top: y });
  if (!found || found.inside < 0) return null;
  const size = view.state.doc.content.size;
  // posAtCoords answers the caret position nearest the point, even beside a line: take the
  // character on the pointer's side of it, and only when the pointer is on that character.
  const caret = view.coordsAtPos(found.pos);
  const before = x < caret.left;
  const from = before ? Math.max(0, found.pos - 1) : found.pos;
  const to = Math.min(from + 1, size);
  const start = view.coordsAtPos(from, 1);
  const end = view.coordsAtPos(to, -1);
  const onLine = y >= caret.top - 2 && y <= caret.bottom + 2;
  const onGlyph =
    x >= Math.min(start.left, end.left) - 1 && x <= Math.max(start.right, end.right) + 1;
  if (!onLine || !onGlyph || to === from) return null;
  return { offset: positions.toOffset(from), lineBottom: caret.bottom };
}

/**
 * Reports hovers over `view` as `fm-highlight-hover` events on its document (detail: a
 * HighlightHover, or null when the pointer leaves the text); returns the function that stops.
 */
export function watchHighlightHover(view: EditorView, positions: PositionMap): () => void {
  const doc = view.dom.ownerDocument;
  let frame = 0;
  let last: { x: number; y: number } | null = null;
  const report = (detail: HighlightHover | null) =>
    doc.dispatchEvent(new CustomEvent(HIGHLIGHT_HOVER_EVENT, { detail }));
  const onMove = (event: MouseEvent) => {
    last = { x: event.clientX, y: event.clientY };
    if (frame) return;
    // One lookup per frame, however fast the pointer moves.
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!last || view.isDestroyed) return;
      const hit = offsetAtPoint(view, positions, last.x, last.y);
      report(hit && { offset: hit.offset, x: last.x, lineBottom: hit.lineBottom });
    });
  };
  const onLeave = () => {
    last = null;
    report(null);
  };
  view.dom.addEventListener('mousemove', onMove);
  view.dom.addEventListener('mouseleave', onLeave);
  return () => {
    cancelAnimationFrame(frame);
    view.dom.removeEventListener('mousemove', onMove);
    view.dom.removeEventListener('mouseleave', onLeave);
  };
}
