// Keeps the reading view's suggestions in step with the store, outside React, and brings the
// current suggestion into view when Tab moves to it; a click on one makes it current. Only
// suggestions that changed are repainted. The painter is driven directly, not through editor
// commands: a transaction makes the read-only view put its own (stale) selection back into
// the DOM, which would undo a selection the user is making when suggestions arrive.
import type { Editor } from '@tiptap/core';
import type { FactmarkStore } from '../../../store/create-store';
import type { SuggestionList } from '../../../store/suggestion-list';
import type { FactmarkState } from '../../../store/types';
import { suggestionPainterOf } from '.';
import type { SuggestionHighlight } from './suggestion-state';

/** A suggestion's place and colour, to tell whether its highlight from last time still fits. */
type PlaceKey = string;

/**
 * The highlights of a list, reusing those of `previous` whose suggestion kept its place and
 * colour: a new list comes with every change to the article (thousands of suggestions), and
 * mapping each to document positions again would put that on the interaction path.
 */
function highlightsOf(
  list: SuggestionList | null,
  state: FactmarkState,
  previous: ReadonlyMap<string, { key: PlaceKey; highlight: SuggestionHighlight }>,
): Map<string, { key: PlaceKey; highlight: SuggestionHighlight }> {
  const next = new Map<string, { key: PlaceKey; highlight: SuggestionHighlight }>();
  if (!list) return next;
  const positions = state.reading!.positions;
  const colourOf = new Map(state.registry.types.map((t) => [t.id, t.color]));
  for (const s of list.ordered) {
    const color = s.kind === 'mention' ? colourOf.get(s.type) : undefined;
    const key = `${s.kind} ${s.start} ${s.end} ${color ?? ''}`;
    const old = previous.get(s.id);
    if (old?.key === key) {
      next.set(s.id, old);
      continue;
    }
    const highlight: SuggestionHighlight = {
      kind: s.kind,
      id: s.id,
      ...positions.toRange(s.start, s.end),
      ...(color ? { color } : {}),
    };
    next.set(s.id, { key, highlight });
  }
  return next;
}

const sameHighlight = (a: SuggestionHighlight, b: SuggestionHighlight) =>
  a === b || (a.kind === b.kind && a.from === b.from && a.to === b.to && a.color === b.color);

/** What to remove and add to go from `before` to `after`, by id. */
export function diffHighlights(
  before: ReadonlyMap<string, SuggestionHighlight>,
  after: readonly SuggestionHighlight[],
): { remove: string[]; add: SuggestionHighlight[] } {
  const afterIds = new Set(after.map((h) => h.id));
  const remove = [...before.keys()].filter((id) => !afterIds.has(id));
  const add: SuggestionHighlight[] = [];
  for (const h of after) {
    const old = before.get(h.id);
    if (old && sameHighlight(old, h)) continue;
    if (old) remove.push(h.id);
    add.push(h);
  }
  return { remove, add };
}

function reveal(editor: Editor, id: string): void {
  const element = suggestionPainterOf(editor.view)?.elementOf(id);
  // `nearest` leaves the page still when the suggestion is already in view.
  element?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
}

/** The innermost suggestion under a click, if any. */
function suggestionAt(editor: Editor, event: MouseEvent): string | null {
  const found = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!found || found.inside < 0) return null;
  return suggestionPainterOf(editor.view)?.at(found.pos)[0]?.id ?? null;
}

/** Binds `editor` (showing article `articleId`); returns the unbinding function. */
export function bindSuggestionHighlights(
  editor: Editor,
  store: FactmarkStore,
  articleId: string,
): () => void {
  let shownList: SuggestionList | null = null;
  let shownTypes: FactmarkState['registry']['types'] | null = null;
  let shown = new Map<string, SuggestionHighlight>();
  let placed = new Map<string, { key: PlaceKey; highlight: SuggestionHighlight }>();
  let shownCurrent: string | null = null;

  function sync(state: FactmarkState): void {
    const painter = editor.isDestroyed ? undefined : suggestionPainterOf(editor.view);
    if (!painter || state.article?.id !== articleId || !state.reading) return;
    // Suggestions are drawn only while the person asks for them (the `Suggestions` section).
    const list =
      state.suggestionsShown && state.suggestions?.articleId === articleId
        ? state.suggestions
        : null;
    const current = state.currentSuggestionId;
    if (list !== shownList || state.registry.types !== shownTypes) {
      shownList = list;
      shownTypes = state.registry.types;
      placed = highlightsOf(list, state, placed);
      const next = [...placed.values()].map((p) => p.highlight);
      const { remove, add } = diffHighlights(shown, next);
      shown = new Map(next.map((h) => [h.id, h]));
      if (remove.length || add.length || current !== shownCurrent) {
        painter.update(remove, add, current);
      }
    } else if (current !== shownCurrent) {
      painter.setCurrent(current);
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
