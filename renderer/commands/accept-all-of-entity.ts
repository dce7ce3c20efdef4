// `Accept all of this entity` (Shift+A): every suggested mention of the current suggestion's
// entity becomes a mention, in one undo step.
import { plural } from '../../shared/text/plural';
import type { Command } from './types';

export const acceptAllOfEntity: Command<'accept-all-of-entity'> = {
  name: 'accept-all-of-entity',
  label: 'Accept all of this entity',
  keys: [{ key: 'a', shift: true }],
  isEnabled: ({ suggestions, currentSuggestionId, readingProblem }) =>
    readingProblem === null && !!suggestions?.mentions.some((s) => s.id === currentSuggestionId),
  run: ({ store }) => {
    const current = store
      .getState()
      .suggestions?.mentions.find((s) => s.id === store.getState().currentSuggestionId);
    const count = store.getState().acceptAllOfEntity();
    if (current && count > 0) {
      store.getState().notify('info', `Marked ${plural(count, 'mention')} of ${current.name}.`);
    }
  },
};
