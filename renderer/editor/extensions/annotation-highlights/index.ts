// `annotation-highlights`: claims and mentions painted over the read-only text as CSS custom
// highlights by the view's one painter (extensions/highlight-layer), so spans may overlap and
// nest and the document stays plain text. The renderer drives it with commands from the store:
// the whole set is given once per article, then each added or removed annotation repaints only
// itself, and moving the active claim changes only the active claim's highlight. Clicking a
// claim asks for that claim to become active.
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { highlightPainter, paintCommand } from '../highlight-layer';
import type { HighlightPainter, PaintSpan, SpanGroup } from '../highlight-layer/painter';
import { HighlightIndex, type PlacedHighlight } from './highlight-index';
import {
  annotationNames,
  annotationPriority,
  type Highlight,
  type HighlightChanges,
  type HighlightRef,
  type HighlightStyles,
} from './highlight-state';
import { annotatorRules } from './annotator-styles';
import { MentionStyles } from './mention-styles';

export type { Highlight, HighlightChanges, HighlightRef } from './highlight-state';
export { ACTIVE_CLAIM_HIGHLIGHT, CLAIM_HIGHLIGHT } from './highlight-state';

/** The painter's group of the annotations (of each annotator's, when painted by annotator). */
export const ANNOTATIONS_GROUP = 'annotations';

/** The group a highlight is painted in: one per annotator whose colour it takes. */
export function annotationGroupName(h: Pick<Highlight, 'byAnnotator'>): string {
  return h.byAnnotator ? `${ANNOTATIONS_GROUP}:${h.byAnnotator.name}` : ANNOTATIONS_GROUP;
}

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

/** The editor's annotations: where each is and its claim layer, and the active claim. */
export interface AnnotationHighlightsStorage {
  index: HighlightIndex | null;
  activeId: string | null;
  /** the rules of the mention and annotator colours in use */
  styles: HighlightStyles | null;
  /** the painter groups the annotations are in (one, or one per annotator) */
  groups: Set<string>;
}

declare module '@tiptap/core' {
  interface Storage {
    annotationHighlights: AnnotationHighlightsStorage;
  }
  interface Commands<ReturnType> {
    annotationHighlights: {
      /** Replaces every highlight (when an article loads). */
      setHighlights: (highlights: readonly Highlight[], active?: HighlightRef | null) => ReturnType;
      /** Removes, adds and activates highlights together. */
      updateHighlights: (changes: HighlightChanges) => ReturnType;
      addHighlights: (highlights: readonly Highlight[]) => ReturnType;
      removeHighlights: (refs: readonly HighlightRef[]) => ReturnType;
      /** Shows one claim as the active one (null: none). */
      setActiveHighlight: (active: HighlightRef | null) => ReturnType;
    };
  }
}

export const annotationHighlightsKey = new PluginKey('annotationHighlights');

/**
 * The annotations of `editor` over the painter's document: a new document (or a first call)
 * starts an empty index.
 */
function annotationsOf(editor: Editor, painter: HighlightPainter): AnnotationHighlightsStorage {
  const storage = editor.storage.annotationHighlights;
  if (storage.index?.blocks !== painter.blocks) {
    storage.index = new HighlightIndex(painter.blocks);
    storage.activeId = null;
  }
  const doc = painter.view.dom.ownerDocument;
  storage.styles ??= {
    mentions: new MentionStyles(doc),
    annotators: new MentionStyles(doc, annotatorRules),
  };
  return storage;
}

/** The highlights of an editor's index (undefined before its view exists). */
export function highlightIndexOf(editor: Editor): HighlightIndex | undefined {
  return editor.storage.annotationHighlights.index ?? undefined;
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

function spanOf(h: PlacedHighlight, annotations: AnnotationHighlightsStorage): PaintSpan {
  const names = annotationNames(h, annotations.activeId, annotations.styles ?? undefined);
  return { id: h.id, from: h.from, to: h.to, names };
}

/** The painter group of a highlight, remembered so a new set can empty every one. */
function groupOf(
  painter: HighlightPainter,
  annotations: AnnotationHighlightsStorage,
  h: Pick<Highlight, 'byAnnotator'>,
): SpanGroup {
  const name = annotationGroupName(h);
  annotations.groups.add(name);
  return painter.group(name, annotationPriority);
}

/** Spans to remove and to add, by the group they are painted in. */
class GroupChanges {
  private readonly byGroup = new Map<SpanGroup, { remove: string[]; add: PaintSpan[] }>();

  constructor(
    private readonly painter: HighlightPainter,
    private readonly annotations: AnnotationHighlightsStorage,
  ) {}

  remove(h: PlacedHighlight): void {
    this.of(h).remove.push(h.id);
  }

  add(h: PlacedHighlight): void {
    this.of(h).add.push(spanOf(h, this.annotations));
  }

  apply(): void {
    for (const [group, { remove, add }] of this.byGroup) group.update(remove, add);
  }

  private of(h: PlacedHighlight) {
    const group = groupOf(this.painter, this.annotations, h);
    let changes = this.byGroup.get(group);
    if (!changes) this.byGroup.set(group, (changes = { remove: [], add: [] }));
    return changes;
  }
}

/** Replaces every highlight of the editor. */
function setAll(
  editor: Editor,
  painter: HighlightPainter,
  highlights: readonly Highlight[],
  active: HighlightRef | null,
): void {
  const annotations = annotationsOf(editor, painter);
  const index = annotations.index!;
  index.clear();
  const placed = highlights.map((h) => index.add(h));
  annotations.activeId = active?.id ?? null;
  // every group used before is emptied; the plain one always gets the new set
  const byGroup = new Map<string, PaintSpan[]>([[ANNOTATIONS_GROUP, []]]);
  for (const name of annotations.groups) byGroup.set(name, []);
  for (const h of placed) {
    const name = annotationGroupName(h);
    let spans = byGroup.get(name);
    if (!spans) byGroup.set(name, (spans = []));
    spans.push(spanOf(h, annotations));
  }
  annotations.groups = new Set(byGroup.keys());
  for (const [name, spans] of byGroup) painter.group(name, annotationPriority).set(spans);
}

/** Applies removals, additions and a new active claim; repaints only what they touch. */
function update(editor: Editor, painter: HighlightPainter, changes: HighlightChanges): void {
  const annotations = annotationsOf(editor, painter);
  const index = annotations.index!;
  const { add, remove, active } = changes;
  const painting = new GroupChanges(painter, annotations);
  for (const ref of remove ?? []) {
    const removed = index.remove(ref.id);
    if (removed) painting.remove(removed);
  }
  const touched = new Map<string, PlacedHighlight>();
  for (const h of add ?? []) {
    // a replaced highlight may now be painted in another group
    const before = index.get(h.id);
    if (before && annotationGroupName(before) !== annotationGroupName(h)) painting.remove(before);
    touched.set(h.id, index.add(h));
  }
  if (annotations.activeId && !index.get(annotations.activeId)) annotations.activeId = null;
  if (active !== undefined && (active?.id ?? null) !== annotations.activeId) {
    const before = annotations.activeId;
    annotations.activeId = active?.id ?? null;
    for (const id of [before, annotations.activeId]) {
      const h = id === null ? undefined : index.get(id);
      if (h) touched.set(h.id, h);
    }
  }
  for (const h of touched.values()) painting.add(h);
  painting.apply();
}

export const AnnotationHighlights = Extension.create<
  AnnotationHighlightsOptions,
  AnnotationHighlightsStorage
>({
  name: 'annotationHighlights',

  addOptions() {
    return { onClaimClick: () => {}, initial: { highlights: [], active: null } };
  },

  addStorage() {
    return { index: null, activeId: null, styles: null, groups: new Set() };
  },

  addCommands() {
    return {
      setHighlights: (highlights, active = null) =>
        paintCommand((painter, editor) => setAll(editor, painter, highlights, active)),
      updateHighlights: (changes) =>
        paintCommand((painter, editor) => update(editor, painter, changes)),
      addHighlights: (add) => paintCommand((painter, editor) => update(editor, painter, { add })),
      removeHighlights: (remove) =>
        paintCommand((painter, editor) => update(editor, painter, { remove })),
      setActiveHighlight: (active) =>
        paintCommand((painter, editor) => update(editor, painter, { active })),
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const onClaimClick = (id: string) => this.options.onClaimClick(id);
    const { initial } = this.options;
    return [
      new Plugin({
        key: annotationHighlightsKey,
        view(view) {
          // The first view of the editor starts with the initial highlights; a view rebuilt
          // later (another plugin registered) keeps what the commands made since.
          const painter = highlightPainter(editor, view);
          if (!editor.storage.annotationHighlights.index) {
            setAll(editor, painter, initial.highlights, initial.active);
          }
          return {};
        },
        props: {
          handleDOMEvents: {
            click: (view, event) => {
              if (event.button !== 0) return false;
              // A click that ends a text selection is selecting, not picking a claim.
              const selection = view.dom.ownerDocument.getSelection();
              if (selection && !selection.isCollapsed) return false;
              const { index, activeId } = editor.storage.annotationHighlights;
              if (!index?.size) return false;
              const pos = positionAt(view, event.clientX, event.clientY);
              const id = pos !== null && claimToActivate(index, pos, activeId);
              if (id) onClaimClick(id);
              return false;
            },
          },
        },
      }),
    ];
  },

  onDestroy() {
    this.storage.styles?.mentions.destroy();
    this.storage.styles?.annotators.destroy();
    this.storage.styles = null;
    this.storage.index = null;
  },
});
