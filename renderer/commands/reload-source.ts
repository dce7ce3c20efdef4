// `Reload from source`: reads the open article again and re-anchors its annotations. A URL is
// fetched again; a file or pasted text keeps no path, so the user is asked to choose the file.
import type { Command } from './types';

export const reloadSource: Command<'reload-source'> = {
  name: 'reload-source',
  label: 'Reload from source',
  // No key: Ctrl+R and F5 reload the page in the browser mode.
  keys: [],
  isEnabled: (state) => state.article !== null && state.opening === null && !state.reloading,
  run: async ({ store, host }) => {
    const { article } = store.getState();
    if (!article) return;
    const { source } = article;
    if (source.kind === 'url' && source.url) {
      await store.getState().reloadArticle();
      return;
    }
    const was = source.kind === 'paste' ? 'pasted text' : `“${source.fileName ?? 'a file'}”`;
    const notice = store
      .getState()
      .notify(
        'info',
        `“${article.title}” was read from ${was}, and Factmark keeps no path to it: choose the file to reload it from.`,
      );
    const file = await host.pickReloadFile();
    store.getState().dismissNotice(notice);
    if (file) await store.getState().reloadArticle(file);
  },
};
