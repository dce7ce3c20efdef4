// What the rest of the renderer may ask of the reading view without holding the editor: the
// selected span, revealing a span, and forgetting the selection. Commands reach it through a
// ref that the view fills while it is mounted.
import type { Editor } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import type { ReadingIndex, Span } from '../../shared/text/span';
import { readSelection } from './selection';
import { findMatchElement } from './extensions/find-highlights';

export interface ReadingSurface {
  /** The selected text of the article as a trimmed canonical span, or null. */
  readSelection(): Span | null;
  /** Scrolls the article to a span (`id`: the annotation there, kept for callers). */
  reveal(span: Span, id?: string): void;
  clearSelection(): void;
  /** Starts or leaves selecting text with the keyboard (a caret in the text). */
  toggleKeyboardSelection?(): void;
  /** Highlights the find bar's matches and scrolls the current one (an index, or -1) into view. */
  showFindMatches?(matches: readonly Span[], current: number): void;
}

export interface SurfaceRef {
  current: ReadingSurface | null;
}

export function viewSurface(editor: Editor, reading: ReadingIndex): ReadingSurface {
  const view = editor.view;
  return {
    readSelection: () => readSelection(view, reading.positions, reading.text),
    // Highlights are CSS highlights, not elements: the block holding the span's start is what
    // scrolls into view.
    reveal: (span) => {
      const pos = reading.positions.toPos(span.start, 'start');
      // Already on screen: leave the page still, so text the reader is about to select with the
      // mouse does not slide away under the pointer.
      if (isOnScreen(view, pos)) return;
      const { node } = view.domAtPos(pos);
      const target = node instanceof Element ? node : node.parentElement;
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    showFindMatches: (matches, current) => {
      const ranges = matches.map((m) => reading.positions.toRange(m.start, m.end));
      editor.commands.setFindMatches(ranges, current);
      const shown = ranges[current];
      if (shown && !isOnScreen(view, shown.from)) {
        findMatchElement(editor, shown)?.scrollIntoView?.({ block: 'center', behavior: 'auto' });
      }
    },
    clearSelection: () => {
      const selection = view.dom.ownerDocument.getSelection();
      if (selection && view.dom.contains(selection.anchorNode)) selection.removeAllRanges();
    },
  };
}

/** Whether the text at `pos` is inside the visible part of the window. */
function isOnScreen(view: EditorView, pos: number): boolean {
  try {
    const { top, bottom } = view.coordsAtPos(pos);
    const height = view.dom.ownerDocument.defaultView?.innerHeight ?? 0;
    return top >= 0 && bottom <= height;
  } catch {
    return false;
  }
}
