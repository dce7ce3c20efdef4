// `Agreement`: how far the annotators agree, on the open article and over the library.
import type { Command } from './types';

export const showAgreement: Command<'show-agreement'> = {
  name: 'show-agreement',
  label: 'Agreement',
  keys: [],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ kind: 'agreement' }),
};
