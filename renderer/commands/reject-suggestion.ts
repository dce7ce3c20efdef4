// `Reject suggestion` (X, or Delete in the article): the current suggestion goes away for
// good in this article (remembered across reloads) and the next one becomes current.
import type { Command } from './types';

export const rejectSuggestion: Command<'reject-suggestion'> = {
  name: 'reject-suggestion',
  label: 'Reject suggestion',
  keys: [{ key: 'x' }, { key: 'delete', inArticle: true }],
  isEnabled: (state) => state.currentSuggestionId !== null,
  run: ({ store }) => store.getState().rejectSuggestion(),
};
