// Redo an undone annotation edit (Ctrl/Cmd+Shift+Z or Ctrl+Y outside text fields).
import type { Command } from './types';

export const redo: Command<'redo'> = {
  name: 'redo',
  label: 'Redo',
  keys: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  isEnabled: (state) => state.redoStack.length > 0,
  run: ({ store }) => store.getState().redo(),
};
