// `Accept suggestion` (A, or Enter in the article): the current suggestion becomes a mention
// (creating its entity when it is new) or a claim, and the next one becomes current.
import type { Command } from './types';

export const acceptSuggestion: Command<'accept-suggestion'> = {
  name: 'accept-suggestion',
  label: 'Accept suggestion',
  keys: [{ key: 'a' }, { key: 'enter', inArticle: true }],
  isEnabled: (state) => state.currentSuggestionId !== null && state.readingProblem === null,
  run: ({ store }) => void store.getState().acceptSuggestion(),
};
