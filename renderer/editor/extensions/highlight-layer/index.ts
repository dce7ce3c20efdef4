// `highlight-layer`: holds the view's one HighlightPainter (painter.ts) for the extensions that
// paint over the text (annotation-highlights, suggestion-highlights, find-highlights). Each
// reaches it with `highlightPainter(editor)` from its commands, and each command paints with
// `paintCommand`: directly, dispatching no transaction. A transaction would cost the read-only
// view a DOM selection update and a forced layout (~10 ms on a long article), and would put its
// stale selection back into the DOM, undoing a selection the user is making.
import { Extension, type CommandProps, type Editor } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { HighlightPainter } from './painter';

export { HIGHLIGHTS_PAINTED_MARK, type PaintSpan, type SpanGroup } from './painter';

export interface HighlightLayerStorage {
  painter: HighlightPainter | null;
}

declare module '@tiptap/core' {
  interface Storage {
    highlightLayer: HighlightLayerStorage;
  }
}

/**
 * The painter of `editor`'s view (`view`, while the view is being made and the editor does not
 * hold it yet), made on first use. It outlives the plugin views, which ProseMirror rebuilds
 * whenever a plugin is registered (Tiptap's EditorContent registers one as it mounts).
 */
export function highlightPainter(editor: Editor, view: EditorView = editor.view): HighlightPainter {
  const storage = editor.storage.highlightLayer;
  if (storage.painter && storage.painter.view !== view) {
    storage.painter.destroy();
    storage.painter = null;
  }
  storage.painter ??= new HighlightPainter(view);
  return storage.painter;
}

/**
 * A command that paints with `paint` and dispatches nothing (see above); a dry run (`can()`)
 * paints nothing.
 */
export function paintCommand(paint: (painter: HighlightPainter, editor: Editor) => void) {
  return ({ tr, dispatch, editor }: CommandProps): boolean => {
    if (!dispatch) return true;
    tr.setMeta('preventDispatch', true);
    paint(highlightPainter(editor), editor);
    return true;
  };
}

export const HighlightLayer = Extension.create<Record<string, never>, HighlightLayerStorage>({
  name: 'highlightLayer',

  addStorage() {
    return { painter: null };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        view(view) {
          highlightPainter(editor, view);
          return {
            update(view, prevState) {
              // a new document (the read-only view never edits): positions start afresh
              if (view.state.doc !== prevState.doc) highlightPainter(editor, view).reset();
            },
          };
        },
      }),
    ];
  },

  onDestroy() {
    this.storage.painter?.destroy();
    this.storage.painter = null;
  },
});
