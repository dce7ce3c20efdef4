// `Previous suggestion` (Shift+Tab in the article); at the first one the key moves focus again.
import type { Command } from './types';

export const previousSuggestion: Command<'previous-suggestion'> = {
  name: 'previous-suggestion',
  label: 'Previous suggestion',
  keys: [{ key: 'tab', shift: true, inArticle: true }],
  isEnabled: ({ suggestions, currentSuggestionId, suggestionsShown }) =>
    suggestionsShown &&
    !!suggestions?.ordered.length &&
    suggestions.ordered[0]!.id !== currentSuggestionId,
  run: ({ store }) => void store.getState().moveToSuggestion(-1),
};
