// Evidence passages of the open article, painted by the view's one painter (highlight-layer) as
// a group of their own: a double underline in the evidence colour (styles/highlights.css), the
// picked one with a tint. Kept in step with the store outside React; a click on a passage picks
// it, so the review panel shows the claims it bears on.
import type { Editor } from '@tiptap/core';
import type { EvidencePassage } from '../../../../shared/model/relations';
import type { FactmarkStore } from '../../../store/create-store';
import type { FactmarkState } from '../../../store/types';
import { highlightPainter } from '../highlight-layer';

export const EVIDENCE_GROUP = 'evidence';
export const EVIDENCE_HIGHLIGHT = 'fm-evidence';
export const EVIDENCE_ACTIVE = 'fm-evidence-active';

/** Over claims and mentions (their fills stay visible under it), under suggestions and find. */
const evidencePriority = (name: string) => (name === EVIDENCE_ACTIVE ? 13 : 12);

/** The innermost passage covering a text offset, if any. */
export function passageAt(
  evidence: readonly EvidencePassage[],
  offset: number,
): EvidencePassage | undefined {
  return evidence
    .filter((e) => e.start <= offset && offset < e.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** Binds `editor` (showing article `articleId`); returns the unbinding function. */
export function bindEvidenceHighlights(
  editor: Editor,
  store: FactmarkStore,
  articleId: string,
): () => void {
  let shown: readonly EvidencePassage[] | undefined;
  let shownActive: string | null = null;

  function sync(state: FactmarkState): void {
    if (editor.isDestroyed || state.article?.id !== articleId || !state.reading) return;
    const evidence = state.article.evidence;
    if (evidence === shown && state.activeEvidenceId === shownActive) return;
    shown = evidence;
    shownActive = state.activeEvidenceId;
    const positions = state.reading.positions;
    highlightPainter(editor)
      .group(EVIDENCE_GROUP, evidencePriority)
      .set(
        (evidence ?? []).map((e) => ({
          id: e.id,
          ...positions.toRange(e.start, e.end),
          names:
            e.id === shownActive ? [EVIDENCE_HIGHLIGHT, EVIDENCE_ACTIVE] : [EVIDENCE_HIGHLIGHT],
        })),
      );
  }

  const dom = editor.view.dom;
  const onClick = (event: MouseEvent) => {
    const selection = dom.ownerDocument.getSelection();
    // A click that ends a selection is selecting, not picking.
    if (event.button !== 0 || (selection && !selection.isCollapsed)) return;
    const state = store.getState();
    const found = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
    if (!found || found.inside < 0 || !state.reading) return;
    const passage = passageAt(
      state.article?.evidence ?? [],
      state.reading.positions.toOffset(found.pos),
    );
    if (passage) state.setActiveEvidence(passage.id);
  };
  dom.addEventListener('click', onClick);
  sync(store.getState());
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    dom.removeEventListener('click', onClick);
  };
}
