// Switches between the light and the dark theme (remembered across sessions).
import type { Command } from './types';

export const toggleTheme: Command<'toggle-theme'> = {
  name: 'toggle-theme',
  label: 'Dark theme',
  keys: [{ key: 'd', mod: true, shift: true }],
  isEnabled: () => true,
  run: ({ store }) => store.getState().toggleTheme(),
};
