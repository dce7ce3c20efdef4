// `suggestion-highlights`: suggested mentions and claims painted over the read-only text as
// CSS highlights (suggestion-painter.ts) — a dashed or dotted line and no fill, unlike accepted
// annotations — with the current one marked. Kept apart from `annotation-highlights`, so
// suggestions never mix with what the user accepted. The renderer drives it from the store
// (see binding.ts).
import { Extension, type CommandProps } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { SuggestionPainter } from './suggestion-painter';
import {
  emptySuggestionState,
  type SuggestionAction,
  type SuggestionHighlight,
  type SuggestionState,
} from './suggestion-state';

export type { SuggestionHighlight } from './suggestion-state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestionHighlights: {
      /** Replaces every suggestion shown, with the current one. */
      setSuggestionHighlights: (
        suggestions: readonly SuggestionHighlight[],
        current: string | null,
      ) => ReturnType;
      /** Removes and adds suggestions by id; only those are repainted. */
      updateSuggestionHighlights: (
        remove: readonly string[],
        add: readonly SuggestionHighlight[],
        current: string | null,
      ) => ReturnType;
      /** Marks another suggestion as current (null: none). */
      setCurrentSuggestionHighlight: (current: string | null) => ReturnType;
    };
  }
}

export const suggestionHighlightsKey = new PluginKey<SuggestionState>('suggestionHighlights');

const painters = new WeakMap<EditorView, SuggestionPainter>();

/** The painter of a view: what is shown where (undefined before its plugin view exists). */
export function suggestionPainterOf(view: EditorView): SuggestionPainter | undefined {
  return painters.get(view);
}

function applyTo(painter: SuggestionPainter, action: SuggestionAction): void {
  if (action.type === 'current') return painter.setCurrent(action.current);
  const remove = action.remove === '*' ? painter.ids() : action.remove;
  painter.update(remove, action.add, action.current);
}

export const SuggestionHighlights = Extension.create({
  name: 'suggestionHighlights',

  addCommands() {
    const action =
      (value: SuggestionAction) =>
      ({ tr, dispatch }: CommandProps) => {
        if (dispatch) tr.setMeta(suggestionHighlightsKey, value).setMeta('addToHistory', false);
        return true;
      };
    return {
      setSuggestionHighlights: (suggestions, current) => (props) =>
        action({ type: 'update', remove: '*', add: suggestions, current })(props),
      updateSuggestionHighlights: (remove, add, current) => (props) =>
        action({ type: 'update', remove, add, current })(props),
      setCurrentSuggestionHighlight: (current) => (props) =>
        action({ type: 'current', current })(props),
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<SuggestionState>({
        key: suggestionHighlightsKey,
        state: {
          init: () => emptySuggestionState,
          apply(tr, value) {
            const action = tr.getMeta(suggestionHighlightsKey) as SuggestionAction | undefined;
            if (action) return { action };
            return value.action ? emptySuggestionState : value;
          },
        },
        view(view) {
          const painter = new SuggestionPainter(view);
          painters.set(view, painter);
          return {
            update(next, prevState) {
              const state = suggestionHighlightsKey.getState(next.state);
              if (state?.action && state !== suggestionHighlightsKey.getState(prevState)) {
                applyTo(painter, state.action);
              }
            },
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
