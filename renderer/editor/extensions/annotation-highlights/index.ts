// `annotation-highlights`: claims and mentions painted over the read-only text as CSS custom
// highlights (see highlight-painter.ts), so spans may overlap and nest and the document stays
// plain text. The renderer drives it with commands from the store: the whole set is given once
// per article, then each added or removed annotation repaints only the blocks it covers.
// Clicking a claim asks for that claim to become active. The commands paint directly and
// dispatch no transaction: a transaction costs the read-only view a DOM selection update and
// forced layout (~10 ms on a long article) and would put its stale selection back in the DOM.
import { Extension, type CommandProps } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { HighlightIndex, PlacedHighlight } from './highlight-index';
import { HighlightPainter } from './highlight-painter';
import {
  buildHighlightIndex,
  type Highlight,
  type HighlightAction,
  type HighlightChanges,
  type HighlightRef,
} from './highlight-state';

export type { Highlight, HighlightChanges, HighlightRef } from './highlight-state';
export { ACTIVE_CLAIM_HIGHLIGHT, CLAIM_HIGHLIGHT } from './highlight-painter';

export interface AnnotationHighlightsOptions {
  /**
   * Called when the user clicks a claim's highlight, with the innermost claim there (or the
   * next one out, when the innermost is already active, so nested claims can all be reached).
   * @default a function that does nothing
   */
  onClaimClick: (claimId: string) => void;
  /**
   * The highlights the editor starts with, so the text is drawn once, highlighted.
   * @default no highlights
   */
  initial: { highlights: readonly Highlight[]; active: HighlightRef | null };
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    annotationHighlights: {
      /** Replaces every highlight (when an article loads). */
      setHighlights: (highlights: readonly Highlight[], active?: HighlightRef | null) => ReturnType;
      /** Removes, adds and activates highlights in one transaction (one repaint). */
      updateHighlights: (changes: HighlightChanges) => ReturnType;
      addHighlights: (highlights: readonly Highlight[]) => ReturnType;
      removeHighlights: (refs: readonly HighlightRef[]) => ReturnType;
      /** Shows one claim as the active one (null: none). */
      setActiveHighlight: (active: HighlightRef | null) => ReturnType;
    };
  }
}

export const annotationHighlightsKey = new PluginKey('annotationHighlights');

/** The painter of each view, for questions about what is highlighted where. */
const painters = new WeakMap<EditorView, HighlightPainter>();

/**
 * The index of a view whose plugin views were destroyed, with the document it is over: a
 * plugin registered later (Tiptap's EditorContent adds one as it mounts the view) makes
 * ProseMirror rebuild every plugin view, and the new painter takes the index over instead of
 * building it again from the initial highlights (which later commands may have changed).
 */
interface RetiredIndex {
  doc: ProseMirrorNode;
  index: HighlightIndex;
  activeId: string | null;
}
const retired = new WeakMap<EditorView, RetiredIndex>();

/** The highlights of a view's index (undefined before its plugin view exists). */
export function highlightIndexOf(view: EditorView): HighlightIndex | undefined {
  return painters.get(view)?.index;
}

/** The document position under a point of the screen, or null (outside, or no layout). */
function positionAt(view: EditorView, x: number, y: number): number | null {
  try {
    return view.posAtCoords({ left: x, top: y })?.pos ?? null;
  } catch {
    return null;
  }
}

/** The claim a click at `pos` should activate: the innermost, or the next out from the active. */
export function claimToActivate(
  index: HighlightIndex,
  pos: number,
  activeId: string | null,
): string | null {
  const claims = index.at(pos, 'claim');
  if (claims.length === 0) return null;
  const activeIndex = claims.findIndex((c) => c.id === activeId);
  return claims[(activeIndex + 1) % claims.length]!.id;
}

function applyAction(painter: HighlightPainter, action: HighlightAction): void {
  const { index } = painter;
  if (action.type === 'set') {
    index.clear();
    for (const h of action.highlights) index.add(h);
    painter.activeId = action.active?.id ?? null;
    painter.repaintWindow();
    return;
  }
  const { add, remove, active } = action.changes;
  const touched: PlacedHighlight[] = [];
  for (const ref of remove ?? []) {
    const removed = index.remove(ref.id);
    if (removed) touched.push(removed);
  }
  for (const h of add ?? []) touched.push(index.add(h));
  if (painter.activeId && !index.get(painter.activeId)) painter.activeId = null;
  if (active !== undefined && (active?.id ?? null) !== painter.activeId) {
    const before = painter.activeId ? index.get(painter.activeId) : undefined;
    painter.activeId = active?.id ?? null;
    const after = painter.activeId ? index.get(painter.activeId) : undefined;
    touched.push(...[before, after].filter((h): h is PlacedHighlight => !!h));
  }
  painter.repaint(touched);
}

export const AnnotationHighlights = Extension.create<AnnotationHighlightsOptions>({
  name: 'annotationHighlights',

  addOptions() {
    return { onClaimClick: () => {}, initial: { highlights: [], active: null } };
  },

  addCommands() {
    const action =
      (value: HighlightAction) =>
      ({ tr, dispatch, view }: CommandProps) => {
        if (!dispatch) return true;
        // Nothing in the document changes: paint, and keep the transaction from dispatching.
        tr.setMeta('preventDispatch', true);
        const painter = painters.get(view);
        if (painter) applyAction(painter, value);
        return true;
      };
    return {
      setHighlights:
        (highlights, active = null) =>
        (props) =>
          action({ type: 'set', highlights, active })(props),
      updateHighlights: (changes) => (props) => action({ type: 'update', changes })(props),
      addHighlights: (add) => (props) => action({ type: 'update', changes: { add } })(props),
      removeHighlights: (remove) => (props) =>
        action({ type: 'update', changes: { remove } })(props),
      setActiveHighlight: (active) => (props) =>
        action({ type: 'update', changes: { active } })(props),
    };
  },

  addProseMirrorPlugins() {
    const onClaimClick = (id: string) => this.options.onClaimClick(id);
    const { initial } = this.options;
    return [
      new Plugin({
        key: annotationHighlightsKey,
        view(editorView) {
          const before = retired.get(editorView);
          retired.delete(editorView);
          let painter =
            before?.doc === editorView.state.doc
              ? new HighlightPainter(editorView, before.index, before.activeId)
              : new HighlightPainter(
                  editorView,
                  buildHighlightIndex(editorView.state.doc, initial.highlights),
                  initial.active?.id ?? null,
                );
          painters.set(editorView, painter);
          return {
            update(view, prevState) {
              if (view.state.doc !== prevState.doc) {
                // a new document (the read-only view never edits): positions start afresh
                painter.destroy();
                painter = new HighlightPainter(view, buildHighlightIndex(view.state.doc, []));
                painters.set(view, painter);
              }
            },
            destroy() {
              painter.destroy();
              painters.delete(editorView);
              // (kept by the view: a destroyed view's entry goes with it)
              const { index, activeId } = painter;
              retired.set(editorView, { doc: editorView.state.doc, index, activeId });
            },
          };
        },
        props: {
          handleDOMEvents: {
            click: (view, event) => {
              if (event.button !== 0) return false;
              // A click that ends a text selection is selecting, not picking a claim.
              const selection = view.dom.ownerDocument.getSelection();
              if (selection && !selection.isCollapsed) return false;
              const painter = painters.get(view);
              if (!painter?.index.size) return false;
              const pos = positionAt(view, event.clientX, event.clientY);
              const id = pos !== null && claimToActivate(painter.index, pos, painter.activeId);
              if (id) onClaimClick(id);
              return false;
            },
          },
        },
      }),
    ];
  },
});
