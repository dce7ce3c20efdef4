// `Keyboard shortcuts` (?): the overlay listing every key, generated from the commands.
import type { Command } from './types';

export const showShortcuts: Command<'show-shortcuts'> = {
  name: 'show-shortcuts',
  label: 'Keyboard shortcuts',
  keys: [{ key: '?' }],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ kind: 'shortcuts' }),
};
