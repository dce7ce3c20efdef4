// `suggestion-highlights`: suggested mentions and claims as decorations over the read-only
// text, drawn unlike accepted annotations (a dashed line, no fill), with the current one
// ringed. Kept apart from `annotation-highlights`, so suggestions never mix with what the user
// accepted. The renderer drives it from the store (see binding.ts).
import { Extension, type CommandProps } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import {
  applySuggestionAction,
  emptySuggestionState,
  mapSuggestionState,
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
      /** Removes and adds suggestions by id; only those are redrawn. */
      updateSuggestionHighlights: (
        remove: readonly string[],
        add: readonly SuggestionHighlight[],
        current: string | null,
      ) => ReturnType;
      /** Rings another suggestion as current (null: none). */
      setCurrentSuggestionHighlight: (current: string | null) => ReturnType;
    };
  }
}

export const suggestionHighlightsKey = new PluginKey<SuggestionState>('suggestionHighlights');

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
        action({ type: 'set', suggestions, current })(props),
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
            let next = tr.docChanged ? mapSuggestionState(value, tr.mapping, tr.doc) : value;
            const action = tr.getMeta(suggestionHighlightsKey) as SuggestionAction | undefined;
            if (action) next = applySuggestionAction(next, action, tr.doc);
            return next;
          },
        },
        props: {
          decorations: (state) => suggestionHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
