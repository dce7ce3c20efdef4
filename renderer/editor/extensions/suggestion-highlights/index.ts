// `suggestion-highlights`: suggested mentions and claims painted over the read-only text as
// CSS highlights (suggestion-painter.ts) — a dashed or dotted line and no fill, unlike accepted
// annotations — with the current one marked. Kept apart from `annotation-highlights`, so
// suggestions never mix with what the user accepted. The renderer drives the painter directly
// from the store, with no transaction (see binding.ts for why).
import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { SuggestionPainter } from './suggestion-painter';

export type { SuggestionHighlight } from './suggestion-state';

const painters = new WeakMap<EditorView, SuggestionPainter>();

/** The painter of a view: what is shown where (undefined before its plugin view exists). */
export function suggestionPainterOf(view: EditorView): SuggestionPainter | undefined {
  return painters.get(view);
}

export const SuggestionHighlights = Extension.create({
  name: 'suggestionHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        view(view) {
          const painter = new SuggestionPainter(view);
          painters.set(view, painter);
          return {
            destroy() {
              painter.destroy();
              painters.delete(view);
            },
          };
        },
      }),
    ];
  },
});
