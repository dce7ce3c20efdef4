// `Next suggestion` (Tab in the article): rings the next suggested mention or claim and
// scrolls to it. At the last one Tab goes back to moving focus, so the keyboard is never
// trapped in the article.
import type { Command } from './types';

export const nextSuggestion: Command<'next-suggestion'> = {
  name: 'next-suggestion',
  label: 'Next suggestion',
  keys: [{ key: 'tab', inArticle: true }],
  isEnabled: ({ suggestions, currentSuggestionId, suggestionsShown }) =>
    suggestionsShown &&
    !!suggestions?.ordered.length &&
    suggestions.ordered.at(-1)!.id !== currentSuggestionId,
  run: ({ store }) => void store.getState().moveToSuggestion(1),
};
