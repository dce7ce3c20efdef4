// Ctrl/Cmd+F: the find bar over the open article (matches highlighted, next and previous).
import type { Command } from './types';

export const findInArticle: Command<'find-in-article'> = {
  name: 'find-in-article',
  label: 'Find in article',
  keys: [{ key: 'f', mod: true }],
  isEnabled: (state) => state.article !== null,
  run: ({ store }) => store.getState().openFind(),
};
