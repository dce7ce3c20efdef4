// `find-highlights`: the matches of the find bar as inline decorations, the current one marked
// apart. Its own plugin and decoration set, so finding never rebuilds the annotation highlights.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** A match as a ProseMirror range. */
export interface FindRange {
  from: number;
  to: number;
}

interface FindState {
  decorations: DecorationSet;
}

type FindAction = { matches: readonly FindRange[]; current: number };

export const findHighlightsKey = new PluginKey<FindState>('findHighlights');

/** The class of every match; the current one also has FIND_CURRENT_CLASS. */
export const FIND_MATCH_CLASS = 'fm-find-match';
export const FIND_CURRENT_CLASS = 'fm-find-current';

/** Shows these matches in `view`, `current` (an index, or -1) marked apart; none clears. */
export function setFindMatches(
  view: EditorView,
  matches: readonly FindRange[],
  current: number,
): void {
  const action: FindAction = { matches, current };
  view.dispatch(view.state.tr.setMeta(findHighlightsKey, action).setMeta('addToHistory', false));
}

export const FindHighlights = Extension.create({
  name: 'findHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findHighlightsKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty }),
          apply(tr, value) {
            const action = tr.getMeta(findHighlightsKey) as FindAction | undefined;
            if (!action) {
              return tr.docChanged
                ? { decorations: value.decorations.map(tr.mapping, tr.doc) }
                : value;
            }
            const decorations = action.matches
              .filter((m) => m.to > m.from)
              .map((m, i) =>
                Decoration.inline(m.from, m.to, {
                  class:
                    i === action.current
                      ? `${FIND_MATCH_CLASS} ${FIND_CURRENT_CLASS}`
                      : FIND_MATCH_CLASS,
                }),
              );
            return { decorations: DecorationSet.create(tr.doc, decorations) };
          },
        },
        props: {
          decorations: (state) => findHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
