// What the rest of the renderer may ask of the reading view without holding the editor: the
// selected span, revealing a span, and forgetting the selection. Commands reach it through a
// ref that the view fills while it is mounted.
import type { EditorView } from '@tiptap/pm/view';
import type { ReadingIndex } from '../store/article-slice';
import type { Span } from '../store/types';
import { readSelection } from './selection';

export interface ReadingSurface {
  /** The selected text of the article as a trimmed canonical span, or null. */
  readSelection(): Span | null;
  /** Scrolls the article to a span (to the highlight with `id` if it has one). */
  reveal(span: Span, id?: string): void;
  clearSelection(): void;
}

export interface SurfaceRef {
  current: ReadingSurface | null;
}

export function viewSurface(view: EditorView, reading: ReadingIndex): ReadingSurface {
  return {
    readSelection: () => readSelection(view, reading.positions, reading.text),
    reveal: (span, id) => {
      const selector =
        id && `[data-claim-id="${CSS.escape(id)}"], [data-mention-id="${CSS.escape(id)}"]`;
      let target = selector ? view.dom.querySelector(selector) : null;
      if (!target) {
        const { node } = view.domAtPos(reading.positions.toPos(span.start, 'start'));
        target = node instanceof Element ? node : node.parentElement;
      }
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    clearSelection: () => {
      const selection = view.dom.ownerDocument.getSelection();
      if (selection && view.dom.contains(selection.anchorNode)) selection.removeAllRanges();
    },
  };
}
