// `Suggest annotations`: asks the suggestion engine again for the open article (it also runs
// by itself when an article opens and when the entity registry changes), then goes to the
// first suggestion.
import { plural } from '../../shared/text/plural';
import type { Command } from './types';

export const suggest: Command<'suggest'> = {
  name: 'suggest',
  label: 'Suggest annotations',
  keys: [],
  isEnabled: (state) => state.article !== null && state.readingProblem === null,
  run: async ({ store }) => {
    await store.getState().refreshSuggestions();
    const { suggestions } = store.getState();
    if (!suggestions) return;
    store.getState().setCurrentSuggestion(suggestions.ordered[0]?.id ?? null);
    store
      .getState()
      .notify(
        'info',
        suggestions.ordered.length
          ? `${plural(suggestions.mentions.length, 'mention')} and ${plural(suggestions.claims.length, 'claim')} suggested. Tab moves through them.`
          : 'Nothing more to suggest in this article.',
      );
  },
};
