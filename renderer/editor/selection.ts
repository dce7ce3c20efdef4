// Reads the user's text selection in the read-only view as a canonical span. ProseMirror's
// own selection is not kept in step when the view is not editable, so the DOM selection is the
// truth: non-empty, inside the view, mapped with posAtDOM, trimmed of white space at its ends.
import type { EditorView } from '@tiptap/pm/view';
import { trimSpan } from '../../shared/anchoring/quote-selector';
import type { CodePointIndex } from '../../shared/text/code-points';
import type { PositionMap } from '../../shared/text/position-map';
import type { Span } from '../../shared/text/span';

/** Document position of a selection end, clamped to the view when it lies outside it. */
function positionOf(view: EditorView, node: Node, offset: number): number | null {
  if (view.dom.contains(node)) {
    try {
      return view.posAtDOM(node, offset);
    } catch {
      return null;
    }
  }
  const relation = view.dom.compareDocumentPosition(node);
  if (relation & Node.DOCUMENT_POSITION_PRECEDING) return 0;
  if (relation & Node.DOCUMENT_POSITION_FOLLOWING) return view.state.doc.content.size;
  return null;
}

export function readSelection(
  view: EditorView,
  positions: PositionMap,
  text: CodePointIndex,
): Span | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(view.dom)) return null;
  const from = positionOf(view, range.startContainer, range.startOffset);
  const to = positionOf(view, range.endContainer, range.endOffset);
  if (from === null || to === null) return null;
  const start = positions.toOffset(Math.min(from, to));
  const end = positions.toOffset(Math.max(from, to));
  return trimSpan(text, start, end);
}

/**
 * The selection's anchor and head (where it was started and where it ends now) as canonical
 * offsets, untrimmed and possibly equal (a caret); null when the selection is not in the view.
 */
export function readSelectionEnds(
  view: EditorView,
  positions: PositionMap,
): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !view.dom.contains(anchorNode)) return null;
  const anchor = positionOf(view, anchorNode, selection.anchorOffset);
  const head = positionOf(view, focusNode, selection.focusOffset);
  if (anchor === null || head === null) return null;
  return { anchor: positions.toOffset(anchor), head: positions.toOffset(head) };
}
