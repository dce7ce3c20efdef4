// Shows others' new marks in the open article while the person looks: the page keeps one wait
// for the library's changes open at the host (answered as soon as another host, a sync tool or
// the command line changed an article) and refreshes the open article when it is among them,
// through the one refresh path (refreshOpenArticle keeps unsaved edits and the undo history).
// Where the host does not watch its folder, coming back to the window still refreshes (App).
import type { FactmarkApi } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import type { FactmarkStore } from './create-store';

/** After a failed wait (the host restarting, the network), the next one is this much later. */
const RETRY_MS = 5000;

/** Follows the library's changes from now on; answers the function that stops it. */
export function followLibraryChanges(
  store: FactmarkStore,
  api: Pick<FactmarkApi, 'waitForLibraryChanges'>,
): () => void {
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let cursor: string | undefined;

  async function next(): Promise<void> {
    let changes;
    try {
      changes = await api.waitForLibraryChanges(cursor === undefined ? {} : { after: cursor });
    } catch (err) {
      // A refusal (no token, a host without the call) ends it; an unreachable host is retried.
      if (stopped || (err instanceof ContractError && err.code !== 'network')) return;
      retry = setTimeout(() => void next(), RETRY_MS);
      return;
    }
    if (stopped || !changes.live) return;
    cursor = changes.cursor;
    if (changes.all || changes.articles.length > 0) {
      const { article, refreshOpenArticle, loadLibraryAnnotators, loadLibrary } = store.getState();
      // Someone new may have joined: their colour is given out with everyone's.
      void loadLibraryAnnotators();
      const open = article && (changes.all || changes.articles.includes(article.id));
      // The open article's row follows its refresh; other rows (claim counts, articles added or
      // deleted elsewhere) need the list again, which a listing of the whole library makes
      // costly (every file checked): only when another article changed. A row this window
      // changes meanwhile keeps its newer state (see loadLibrary).
      if (changes.all || changes.articles.some((id) => id !== article?.id)) void loadLibrary();
      if (open) void refreshOpenArticle();
    }
    void next();
  }

  void next();
  return () => {
    stopped = true;
    clearTimeout(retry);
  };
}
