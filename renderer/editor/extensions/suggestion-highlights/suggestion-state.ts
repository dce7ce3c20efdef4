// The plugin state of `suggestion-highlights`: one decoration per suggested mention or claim,
// and which one is current (the one Tab moved to). Moving the current one swaps two
// decorations; a new list of suggestions rebuilds the set.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A suggestion in document positions. */
export interface SuggestionHighlight {
  kind: 'mention' | 'claim';
  id: string;
  from: number;
  to: number;
  /** Mentions: the suggested entity type's colour (`#rrggbb`). */
  color?: string;
}

interface SuggestionSpec {
  suggestion: SuggestionHighlight;
}

export interface SuggestionState {
  decorations: DecorationSet;
  byId: ReadonlyMap<string, SuggestionHighlight>;
  current: string | null;
}

export type SuggestionAction =
  | { type: 'set'; suggestions: readonly SuggestionHighlight[]; current: string | null }
  | {
      type: 'update';
      remove: readonly string[];
      add: readonly SuggestionHighlight[];
      current: string | null;
    }
  | { type: 'current'; current: string | null };

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export function suggestionDecoration(s: SuggestionHighlight, current: boolean): Decoration {
  const attrs: Record<string, string> = {
    nodeName: 'span',
    class: `fm-suggestion fm-suggestion-${s.kind}${current ? ' fm-suggestion-current' : ''}`,
    'data-suggestion-id': s.id,
  };
  // Set through the CSSOM by ProseMirror, which a `style-src 'self'` CSP allows.
  if (s.color && HEX_COLOUR.test(s.color)) attrs.style = `--fm-suggestion-color: ${s.color}`;
  const spec: SuggestionSpec = { suggestion: s };
  return Decoration.inline(s.from, s.to, attrs, spec);
}

export const emptySuggestionState: SuggestionState = {
  decorations: DecorationSet.empty,
  byId: new Map(),
  current: null,
};

function build(
  doc: ProseMirrorNode,
  suggestions: readonly SuggestionHighlight[],
  current: string | null,
): SuggestionState {
  return {
    decorations: DecorationSet.create(
      doc,
      suggestions.map((s) => suggestionDecoration(s, s.id === current)),
    ),
    byId: new Map(suggestions.map((s) => [s.id, s])),
    current,
  };
}

/** Redraws one suggestion as current or not. */
function redraw(
  state: SuggestionState,
  doc: ProseMirrorNode,
  id: string | null,
  current: boolean,
): DecorationSet {
  const s = id === null ? undefined : state.byId.get(id);
  if (!s) return state.decorations;
  const found = state.decorations.find(
    s.from,
    s.to,
    (spec: SuggestionSpec) => spec.suggestion?.id === s.id,
  );
  return state.decorations.remove(found).add(doc, [suggestionDecoration(s, current)]);
}

/**
 * Removes and adds suggestions, leaving the rest of the decorations (and their DOM, with any
 * text selection in it) alone.
 */
function update(
  state: SuggestionState,
  doc: ProseMirrorNode,
  remove: readonly string[],
  add: readonly SuggestionHighlight[],
): SuggestionState {
  const byId = new Map(state.byId);
  const gone: Decoration[] = [];
  for (const id of remove) {
    const s = byId.get(id);
    if (!s) continue;
    byId.delete(id);
    gone.push(
      ...state.decorations.find(s.from, s.to, (spec: SuggestionSpec) => spec.suggestion?.id === id),
    );
  }
  for (const s of add) byId.set(s.id, s);
  const current = state.current !== null && byId.has(state.current) ? state.current : null;
  const decorations = state.decorations.remove(gone).add(
    doc,
    add.map((s) => suggestionDecoration(s, s.id === current)),
  );
  return { decorations, byId, current };
}

export function applySuggestionAction(
  state: SuggestionState,
  action: SuggestionAction,
  doc: ProseMirrorNode,
): SuggestionState {
  if (action.type === 'set') return build(doc, action.suggestions, action.current);
  if (action.type === 'update') {
    const next = update(state, doc, action.remove, action.add);
    return applySuggestionAction(next, { type: 'current', current: action.current }, doc);
  }
  if (action.current === state.current) return state;
  const cleared = { ...state, decorations: redraw(state, doc, state.current, false) };
  return {
    ...cleared,
    decorations: redraw(cleared, doc, action.current, true),
    current: action.current,
  };
}

/** Keeps decorations in place across a document change (none in the read-only view). */
export function mapSuggestionState(
  state: SuggestionState,
  mapping: Mapping,
  doc: ProseMirrorNode,
): SuggestionState {
  return { ...state, decorations: state.decorations.map(mapping, doc) };
}
