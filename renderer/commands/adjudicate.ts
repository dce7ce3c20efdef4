// `Adjudicate`: build the open article's adjudicated layer from everyone's marks.
import type { Command } from './types';

export const adjudicate: Command<'adjudicate'> = {
  name: 'adjudicate',
  label: 'Adjudicate',
  keys: [],
  isEnabled: (state) => state.article !== null && state.readingProblem === null,
  run: ({ store }) => store.getState().openDialog({ kind: 'adjudication' }),
};
