// Undo the last annotation edit in the open article (Ctrl/Cmd+Z outside text fields).
import type { Command } from './types';

export const undo: Command<'undo'> = {
  name: 'undo',
  label: 'Undo',
  keys: [{ key: 'z', mod: true }],
  isEnabled: (state) => state.undoStack.length > 0,
  run: ({ store }) => store.getState().undo(),
};
