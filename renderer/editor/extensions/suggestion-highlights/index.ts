// `suggestion-highlights`: suggested mentions and claims painted over the read-only text by the
// view's one painter (extensions/highlight-layer), as the group `suggestions` — a dashed or
// dotted line and no fill, unlike accepted annotations — with the current one tinted. Kept
// apart from `annotation-highlights`, so suggestions never mix with what the user accepted.
// The store drives it through binding.ts, with commands that paint and dispatch nothing.
import { Extension, type Editor } from '@tiptap/core';
import { paintCommand } from '../highlight-layer';
import type { HighlightPainter } from '../highlight-layer/painter';
import { HEX_COLOUR, MentionStyles } from '../annotation-highlights/mention-styles';
import {
  MENTION_SUGGESTION,
  suggestionColourRules,
  suggestionNames,
  suggestionPriority,
  type SuggestionHighlight,
} from './suggestion-state';

export type { SuggestionHighlight } from './suggestion-state';

/** The painter's group of the suggestions. */
export const SUGGESTIONS_GROUP = 'suggestions';

/** Every suggestion shown (the painter paints those near the visible area), and the current one. */
export interface SuggestionHighlightsStorage {
  all: Map<string, SuggestionHighlight>;
  current: string | null;
  styles: MentionStyles | null;
}

declare module '@tiptap/core' {
  interface Storage {
    suggestionHighlights: SuggestionHighlightsStorage;
  }
  interface Commands<ReturnType> {
    suggestionHighlights: {
      /** Removes suggestions by id, adds (or replaces) these, and marks `current`. */
      updateSuggestions: (
        remove: readonly string[],
        add: readonly SuggestionHighlight[],
        current: string | null,
      ) => ReturnType;
      /** Marks one suggestion as the current one (null: none). */
      setCurrentSuggestion: (current: string | null) => ReturnType;
    };
  }
}

function spanOf(s: SuggestionHighlight, storage: SuggestionHighlightsStorage) {
  const names = suggestionNames(s, s.id === storage.current);
  const colour = names[0]!;
  if (s.color && HEX_COLOUR.test(s.color) && colour.startsWith(`${MENTION_SUGGESTION}-`)) {
    storage.styles?.ensure(colour, s.color.toLowerCase());
  }
  return { id: s.id, from: s.from, to: s.to, names };
}

function setCurrent(
  painter: HighlightPainter,
  storage: SuggestionHighlightsStorage,
  current: string | null,
): void {
  if (current === storage.current) return;
  const before = storage.current;
  storage.current = current;
  const marked = [before, current]
    .map((id) => (id === null ? undefined : storage.all.get(id)))
    .filter((s): s is SuggestionHighlight => !!s)
    .map((s) => spanOf(s, storage));
  painter.group(SUGGESTIONS_GROUP, suggestionPriority).update([], marked);
}

function storageOf(editor: Editor, painter: HighlightPainter): SuggestionHighlightsStorage {
  const storage = editor.storage.suggestionHighlights;
  storage.styles ??= new MentionStyles(painter.view.dom.ownerDocument, suggestionColourRules);
  return storage;
}

/** The ids of the suggestions shown. */
export function suggestionIds(editor: Editor): string[] {
  return [...editor.storage.suggestionHighlights.all.keys()];
}

/** The suggestions covering a document position, innermost first. */
export function suggestionsAt(editor: Editor, pos: number): SuggestionHighlight[] {
  const { all } = editor.storage.suggestionHighlights;
  return [...all.values()]
    .filter((s) => s.from <= pos && pos < s.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from));
}

export const SuggestionHighlights = Extension.create<
  Record<string, never>,
  SuggestionHighlightsStorage
>({
  name: 'suggestionHighlights',

  addStorage() {
    return { all: new Map(), current: null, styles: null };
  },

  addCommands() {
    return {
      updateSuggestions: (remove, add, current) =>
        paintCommand((painter, editor) => {
          const storage = storageOf(editor, painter);
          for (const id of remove) storage.all.delete(id);
          for (const s of add) storage.all.set(s.id, s);
          const group = painter.group(SUGGESTIONS_GROUP, suggestionPriority);
          group.update(
            remove,
            add.map((s) => spanOf(s, storage)),
          );
          setCurrent(painter, storage, current);
        }),
      setCurrentSuggestion: (current) =>
        paintCommand((painter, editor) => setCurrent(painter, storageOf(editor, painter), current)),
    };
  },

  onTransaction({ transaction }) {
    // a new document: the painter dropped its spans, and positions start afresh
    if (transaction.docChanged) this.storage.all.clear();
  },

  onDestroy() {
    this.storage.styles?.destroy();
    this.storage.styles = null;
    this.storage.all.clear();
  },
});
