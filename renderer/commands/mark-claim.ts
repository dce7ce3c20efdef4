// `Mark claim` (C): the selected text becomes a claim, highlighted and active. The selection is
// then cleared, so the highlight shows and a drag inside it selects anew (rather than dragging
// the old selection); `Tag entity` next acts on the claim, which is now active.
import type { Command } from './types';

export const markClaim: Command<'mark-claim'> = {
  name: 'mark-claim',
  label: 'Mark claim',
  keys: [{ key: 'c' }],
  isEnabled: (state) => state.article !== null && state.readingProblem === null,
  run: ({ store, surface }) => {
    const span = surface.current?.readSelection() ?? null;
    if (!span) {
      store.getState().notify('info', 'Select the text of a claim in the article first.');
      return;
    }
    if (store.getState().markClaim(span)) surface.current?.clearSelection();
  },
};
