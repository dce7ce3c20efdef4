// `find-highlights`: the matches of the find bar painted over the text by the view's one
// painter (extensions/highlight-layer), as the group `find`, the current one marked apart.
// CSS highlights, not decorations: finding never makes ProseMirror redraw the text, and never
// touches the annotations' or suggestions' ranges.
import { Extension } from '@tiptap/core';
import { highlightPainter, paintCommand } from '../highlight-layer';
import type { Editor } from '@tiptap/core';

/** A match as a ProseMirror range. */
export interface FindRange {
  from: number;
  to: number;
}

/** The painter's group of the find matches. */
export const FIND_GROUP = 'find';
/** The highlight of every match (styles/corpus.css); the current one also has FIND_CURRENT. */
export const FIND_MATCH = 'fm-find-match';
export const FIND_CURRENT = 'fm-find-current';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findHighlights: {
      /** Shows these matches, `current` (an index, or -1) marked apart; none clears. */
      setFindMatches: (matches: readonly FindRange[], current: number) => ReturnType;
    };
  }
}

/** Over every annotation and suggestion; the current match over the other matches. */
const findPriority = (name: string) => (name === FIND_CURRENT ? 31 : 30);

/** The element holding the start of match `current` of those shown last, to scroll to it. */
export function findMatchElement(editor: Editor, match: FindRange): Element | null {
  return highlightPainter(editor).elementAt(match.from);
}

export const FindHighlights = Extension.create({
  name: 'findHighlights',

  addCommands() {
    return {
      setFindMatches: (matches, current) =>
        paintCommand((painter) => {
          painter.group(FIND_GROUP, findPriority).set(
            matches
              .map((m, i) => ({
                id: String(i),
                from: m.from,
                to: m.to,
                names: i === current ? [FIND_MATCH, FIND_CURRENT] : [FIND_MATCH],
              }))
              .filter((m) => m.to > m.from),
          );
        }),
    };
  },
});
