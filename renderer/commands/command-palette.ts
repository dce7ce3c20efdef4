// `Command palette` (Ctrl/Cmd+K): every command by name, filtered as you type.
import type { Command } from './types';

export const commandPalette: Command<'command-palette'> = {
  name: 'command-palette',
  label: 'Command palette',
  keys: [{ key: 'k', mod: true }],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ kind: 'command-palette' }),
};
