// Keeps the reading view's suggestions in step with the store, outside React, and brings the
// current suggestion into view when Tab moves to it; a click on one makes it current. Only
// suggestions that changed are repainted (the extension's commands paint and dispatch nothing).
import type { Editor } from '@tiptap/core';
import type { FactmarkStore } from '../../../store/create-store';
import type { AnySuggestion, SuggestionList } from '../../../store/suggestion-list';

export type { AnySuggestion };
import type { FactmarkState } from '../../../store/types';
import { highlightPainter } from '../highlight-layer';
import { suggestionsAt } from '.';
import type { SuggestionHighlight } from './suggestion-state';

/** A suggestion's place and colour as last painted, with its highlight. */
interface Placed {
  kind: SuggestionHighlight['kind'];
  start: number;
  end: number;
  color: string | undefined;
  highlight: SuggestionHighlight;
}

/**
 * The highlights of a list, and what changed since `previous`: the highlight of a suggestion
 * that kept its place and colour is reused, so a new list (one comes with every change to the
 * article, thousands of suggestions) maps only new suggestions to document positions, and the
 * painter is given only what was added (or moved) and removed.
 */
export function placeSuggestions(
  ordered: readonly AnySuggestion[],
  toRange: (start: number, end: number) => { from: number; to: number },
  colourOf: (type: string) => string | undefined,
  previous: ReadonlyMap<string, Placed>,
): { placed: Map<string, Placed>; add: SuggestionHighlight[]; remove: string[] } {
  const placed = new Map<string, Placed>();
  const add: SuggestionHighlight[] = [];
  for (const s of ordered) {
    const color = s.kind === 'mention' ? colourOf(s.type) : undefined;
    const old = previous.get(s.id);
    if (
      old &&
      old.kind === s.kind &&
      old.start === s.start &&
      old.end === s.end &&
      old.color === color
    ) {
      placed.set(s.id, old);
      continue;
    }
    const highlight: SuggestionHighlight = {
      kind: s.kind,
      id: s.id,
      ...toRange(s.start, s.end),
      ...(color ? { color } : {}),
    };
    placed.set(s.id, { kind: s.kind, start: s.start, end: s.end, color, highlight });
    add.push(highlight);
  }
  const remove: string[] = [];
  for (const id of previous.keys()) if (!placed.has(id)) remove.push(id);
  return { placed, add, remove };
}

function reveal(editor: Editor, id: string): void {
  const s = editor.storage.suggestionHighlights.all.get(id);
  const element = s && highlightPainter(editor).elementAt(s.from);
  // `nearest` leaves the page still when the suggestion is already in view.
  element?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
}

/** The innermost suggestion under a click, if any. */
function suggestionAt(editor: Editor, event: MouseEvent): string | null {
  const found = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!found || found.inside < 0) return null;
  return suggestionsAt(editor, found.pos)[0]?.id ?? null;
}

/** Binds `editor` (showing article `articleId`); returns the unbinding function. */
export function bindSuggestionHighlights(
  editor: Editor,
  store: FactmarkStore,
  articleId: string,
): () => void {
  let shownList: SuggestionList | null = null;
  let shownTypes: FactmarkState['registry']['types'] | null = null;
  let placed = new Map<string, Placed>();
  let shownCurrent: string | null = null;

  function sync(state: FactmarkState): void {
    if (editor.isDestroyed || state.article?.id !== articleId || !state.reading) return;
    // Suggestions are drawn only while the person asks for them (the `Suggestions` section).
    const list =
      state.suggestionsShown && state.suggestions?.articleId === articleId
        ? state.suggestions
        : null;
    const current = state.currentSuggestionId;
    if (list !== shownList || state.registry.types !== shownTypes) {
      shownList = list;
      shownTypes = state.registry.types;
      const positions = state.reading.positions;
      const colours = new Map(state.registry.types.map((t) => [t.id, t.color]));
      const changed = placeSuggestions(
        list?.ordered ?? [],
        (start, end) => positions.toRange(start, end),
        (type) => colours.get(type),
        placed,
      );
      placed = changed.placed;
      if (changed.remove.length || changed.add.length || current !== shownCurrent) {
        editor.commands.updateSuggestions(changed.remove, changed.add, current);
      }
    } else if (current !== shownCurrent) {
      editor.commands.setCurrentSuggestion(current);
    }
    const moved = current !== shownCurrent;
    shownCurrent = current;
    if (current !== null && moved) reveal(editor, current);
  }

  const dom = editor.view.dom;
  const doc = dom.ownerDocument;
  // Clicking a suggestion makes it current, so A or X act on it (a click that ends a text
  // selection is selecting, not picking).
  const onClick = (event: MouseEvent) => {
    const selection = doc.getSelection();
    if (event.button !== 0 || (selection && !selection.isCollapsed)) return;
    const id = suggestionAt(editor, event);
    if (id) store.getState().setCurrentSuggestion(id);
  };
  dom.addEventListener('click', onClick);

  sync(store.getState());
  const unsubscribe = store.subscribe((state) => sync(state));
  return () => {
    unsubscribe();
    dom.removeEventListener('click', onClick);
  };
}
