// `annotation-highlights`: claims and mentions as inline decorations over the read-only text,
// so spans may overlap and nest. The renderer drives it with commands from the store: the whole
// set is built once per article, then each added or removed annotation changes only its own
// decoration. Clicking a claim's highlight asks for that claim to become active.
import { Extension, type CommandProps } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import {
  applyHighlightAction,
  buildHighlightState,
  mapHighlightState,
  type Highlight,
  type HighlightAction,
  type HighlightChanges,
  type HighlightRef,
  type HighlightSpec,
  type HighlightState,
} from './highlight-state';

export type { Highlight, HighlightChanges, HighlightRef } from './highlight-state';

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
      /** Removes, adds and activates highlights in one transaction (one redraw). */
      updateHighlights: (changes: HighlightChanges) => ReturnType;
      addHighlights: (highlights: readonly Highlight[]) => ReturnType;
      removeHighlights: (refs: readonly HighlightRef[]) => ReturnType;
      /** Shows one claim as the active one (null: none). */
      setActiveHighlight: (active: HighlightRef | null) => ReturnType;
    };
  }
}

export const annotationHighlightsKey = new PluginKey<HighlightState>('annotationHighlights');

/** The claim a click at this DOM node should activate, or null. */
function claimToActivate(view: EditorView, target: Element): string | null {
  const state = annotationHighlightsKey.getState(view.state);
  if (!state) return null;
  let pos: number;
  try {
    pos = view.posAtDOM(target, 0);
  } catch {
    return null;
  }
  const claims = state.decorations
    .find(pos, pos + 1, (spec: HighlightSpec) => spec.kind === 'claim')
    .filter((d) => d.from <= pos && d.to > pos)
    .sort((a, b) => a.to - a.from - (b.to - b.from));
  if (claims.length === 0) return null;
  const activeIndex = claims.findIndex((d) => (d.spec as HighlightSpec).id === state.active?.id);
  const next = claims[(activeIndex + 1) % claims.length]!;
  return (next.spec as HighlightSpec).id;
}

export const AnnotationHighlights = Extension.create<AnnotationHighlightsOptions>({
  name: 'annotationHighlights',

  addOptions() {
    return { onClaimClick: () => {}, initial: { highlights: [], active: null } };
  },

  addCommands() {
    const action =
      (value: HighlightAction) =>
      ({ tr, dispatch }: CommandProps) => {
        if (dispatch) tr.setMeta(annotationHighlightsKey, value).setMeta('addToHistory', false);
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
      new Plugin<HighlightState>({
        key: annotationHighlightsKey,
        state: {
          init: (_config, state) =>
            buildHighlightState(state.doc, initial.highlights, initial.active),
          apply(tr, value) {
            let next = tr.docChanged ? mapHighlightState(value, tr.mapping, tr.doc) : value;
            const action = tr.getMeta(annotationHighlightsKey) as HighlightAction | undefined;
            if (action) next = applyHighlightAction(next, action, tr.doc);
            return next;
          },
        },
        props: {
          decorations: (state) => annotationHighlightsKey.getState(state)?.decorations,
          handleDOMEvents: {
            click: (view, event) => {
              const target = event.target as Element | null;
              if (!target?.closest?.('[data-claim-id]') || event.button !== 0) return false;
              // A click that ends a text selection is selecting, not picking a claim.
              const selection = view.dom.ownerDocument.getSelection();
              if (selection && !selection.isCollapsed) return false;
              const id = claimToActivate(view, target);
              if (id) onClaimClick(id);
              return false;
            },
          },
        },
      }),
    ];
  },
});
