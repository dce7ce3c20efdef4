// `Tag entity` (E): opens the `Tag entity` dialog for the active claim, a claim whose text is
// selected exactly, or else a mention at the selected text. The target is captured here,
// before the dialog takes focus and the selection with it.
import { resolveTagTarget } from '../store/tag-target';
import type { Command } from './types';

/** Longer text is not offered as an entity name (a claim's quote is rarely one). */
const MAX_PREFILL = 80;

export const tagEntity: Command<'tag-entity'> = {
  name: 'tag-entity',
  label: 'Tag entity',
  keys: [{ key: 'e' }],
  isEnabled: (state) => state.article !== null && state.readingProblem === null,
  run: ({ store, surface }) => {
    const { article, reading, activeClaimId } = store.getState();
    if (!article || !reading) return;
    const selection = surface.current?.readSelection() ?? null;
    const target = resolveTagTarget(article, selection, activeClaimId);
    if (!target) {
      store.getState().notify('info', 'Select some text or pick a claim, then tag an entity.');
      return;
    }
    const span =
      selection ??
      (target.kind === 'claim' ? article.claims.find((c) => c.id === target.claimId) : null);
    const text = span ? reading.text.slice(span.start, span.end) : '';
    const prefill = [...text].length <= MAX_PREFILL ? text : '';
    store.getState().openDialog({ kind: 'tag-entity', target, prefill });
  },
};
