// `Select text with keyboard` (F7, as caret browsing is in browsers): a caret in the article's
// text that the arrow keys move and Shift+arrows extend into a selection, for Mark claim, Tag
// entity and evidence to act on; F7 again or Escape leaves (editor/keyboard-selection).
import type { Command } from './types';

export const selectWithKeyboard: Command<'select-with-keyboard'> = {
  name: 'select-with-keyboard',
  label: 'Select text with keyboard',
  keys: [{ key: 'f7' }],
  isEnabled: (state) => state.article !== null,
  run: ({ store, surface }) => {
    const toggle = surface.current?.toggleKeyboardSelection;
    if (toggle) toggle();
    else store.getState().notify('info', 'Open an article with text to select in it first.');
  },
};
