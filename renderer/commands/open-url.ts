// `Open URL`: asks for a web address in a dialog; the host fetches and extracts it.
import type { Command } from './types';

export const openUrl: Command<'open-url'> = {
  name: 'open-url',
  label: 'Open URL',
  keys: [{ key: 'l', mod: true }],
  isEnabled: (state) => state.opening === null,
  run: ({ store }) => store.getState().openDialog({ kind: 'open-url' }),
};
