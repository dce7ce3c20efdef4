// `Paste text`: a dialog for pasted text and an optional title.
import type { Command } from './types';

export const pasteText: Command<'paste-text'> = {
  name: 'paste-text',
  label: 'Paste text',
  keys: [{ key: 'v', mod: true, shift: true }],
  isEnabled: (state) => state.opening === null,
  run: ({ store }) => store.getState().openDialog({ kind: 'paste-text' }),
};
