// The plugin state of `annotation-highlights`: one DecorationSet holding a decoration per claim
// and per mention, changed incrementally by actions (built whole only when an article loads).
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A highlight in document positions. */
export interface Highlight {
  kind: 'claim' | 'mention';
  id: string;
  from: number;
  to: number;
  /** Mentions: their entity's type id and its colour (`#rrggbb`). */
  entityType?: string;
  color?: string;
}

/** Where a highlight is, to find its decoration again without scanning the whole set. */
export type HighlightRef = Pick<Highlight, 'id' | 'from' | 'to'>;

export interface HighlightSpec {
  kind: Highlight['kind'];
  id: string;
  /** the highlight it was made from, to rebuild it when it becomes (in)active */
  highlight: Highlight;
}

export interface HighlightState {
  decorations: DecorationSet;
  active: HighlightRef | null;
}

/** Changes applied in one transaction: removals, then additions, then the active claim. */
export interface HighlightChanges {
  add?: readonly Highlight[];
  remove?: readonly HighlightRef[];
  /** undefined: leave the active claim as it is */
  active?: HighlightRef | null;
}

export type HighlightAction =
  | { type: 'set'; highlights: readonly Highlight[]; active: HighlightRef | null }
  | { type: 'update'; changes: HighlightChanges };

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export function highlightDecoration(highlight: Highlight, active: boolean): Decoration {
  const spec: HighlightSpec = { kind: highlight.kind, id: highlight.id, highlight };
  if (highlight.kind === 'claim') {
    return Decoration.inline(
      highlight.from,
      highlight.to,
      {
        // One element per decoration (not merged attributes), so nested claims nest visibly.
        nodeName: 'mark',
        class: active ? 'fm-claim fm-claim-active' : 'fm-claim',
        'data-claim-id': highlight.id,
      },
      spec,
    );
  }
  const attrs: Record<string, string> = {
    nodeName: 'span',
    class: 'fm-mention',
    'data-mention-id': highlight.id,
  };
  if (highlight.entityType) attrs['data-entity-type'] = highlight.entityType;
  // ProseMirror applies `style` through the CSSOM, which a `style-src 'self'` CSP allows.
  if (highlight.color && HEX_COLOUR.test(highlight.color)) {
    attrs.style = `--fm-mention-color: ${highlight.color}`;
  }
  return Decoration.inline(highlight.from, highlight.to, attrs, spec);
}

function findById(set: DecorationSet, ref: HighlightRef): Decoration[] {
  return set.find(ref.from, ref.to, (spec: HighlightSpec) => spec.id === ref.id);
}

function setActive(
  set: DecorationSet,
  doc: ProseMirrorNode,
  ref: HighlightRef | null,
  active: boolean,
): DecorationSet {
  if (!ref) return set;
  const found = findById(set, ref);
  if (found.length === 0) return set;
  const spec = found[0]!.spec as HighlightSpec;
  return set.remove(found).add(doc, [highlightDecoration(spec.highlight, active)]);
}

/** The whole set, built at once (when an article loads). */
export function buildHighlightState(
  doc: ProseMirrorNode,
  highlights: readonly Highlight[],
  active: HighlightRef | null,
): HighlightState {
  return {
    decorations: DecorationSet.create(
      doc,
      highlights.map((h) => highlightDecoration(h, h.id === active?.id)),
    ),
    active,
  };
}

function removeHighlights(state: HighlightState, refs: readonly HighlightRef[]): HighlightState {
  const found = refs.flatMap((ref) => findById(state.decorations, ref));
  const gone = new Set(refs.map((r) => r.id));
  return {
    decorations: found.length ? state.decorations.remove(found) : state.decorations,
    active: state.active && gone.has(state.active.id) ? null : state.active,
  };
}

function addHighlights(
  state: HighlightState,
  doc: ProseMirrorNode,
  highlights: readonly Highlight[],
): HighlightState {
  const decorations = highlights.map((h) => highlightDecoration(h, h.id === state.active?.id));
  return { ...state, decorations: state.decorations.add(doc, decorations) };
}

function activate(
  state: HighlightState,
  doc: ProseMirrorNode,
  active: HighlightRef | null,
): HighlightState {
  if (state.active?.id === active?.id) return state;
  const cleared = setActive(state.decorations, doc, state.active, false);
  return { decorations: setActive(cleared, doc, active, true), active };
}

export function applyHighlightAction(
  state: HighlightState,
  action: HighlightAction,
  doc: ProseMirrorNode,
): HighlightState {
  if (action.type === 'set') return buildHighlightState(doc, action.highlights, action.active);
  const { add, remove, active } = action.changes;
  let next = state;
  if (remove?.length) next = removeHighlights(next, remove);
  if (add?.length) next = addHighlights(next, doc, add);
  if (active !== undefined) next = activate(next, doc, active);
  return next;
}

/** Keeps decorations in place across a document change (none in the read-only view). */
export function mapHighlightState(
  state: HighlightState,
  mapping: Mapping,
  doc: ProseMirrorNode,
): HighlightState {
  const map = (ref: HighlightRef | null) =>
    ref && { ...ref, from: mapping.map(ref.from, 1), to: mapping.map(ref.to, -1) };
  return { decorations: state.decorations.map(mapping, doc), active: map(state.active) };
}
