// Shows or hides the library pane, for more room to read.
import type { Command } from './types';

export const toggleLibrary: Command<'toggle-library'> = {
  name: 'toggle-library',
  label: 'Show library',
  keys: [{ key: 'b', mod: true }],
  isEnabled: () => true,
  run: ({ store }) => store.getState().toggleLibrary(),
};
