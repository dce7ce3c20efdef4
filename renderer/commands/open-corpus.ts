// `Corpus`: every claim of the library in the centre, with filters; again returns to the article.
import type { Command } from './types';

export const openCorpus: Command<'open-corpus'> = {
  name: 'open-corpus',
  label: 'Corpus',
  keys: [{ key: 'l', mod: true, shift: true }],
  isEnabled: () => true,
  run: async ({ store }) => {
    if (store.getState().centreView === 'corpus') store.getState().closeCorpus();
    else await store.getState().openCorpus();
  },
};
