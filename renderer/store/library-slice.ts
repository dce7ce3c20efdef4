// The library: the saved articles' summaries, files that could not be read, and opening an
// article (from the library, a file, a URL or pasted text) or deleting one. Opening never
// writes: the host stores a new article itself, and an opened one is saved only once changed.
// Loading asks for the first screen of rows; the whole list comes when asked for (see
// completeLibrary), merged with what this window changed meanwhile (see mergeListing).
import { AnnotationFileRefusal } from '../api/annotation-file';
import { summarize, type Article, type ArticleSummary } from '../../shared/model/article';
import type { LibraryProblem } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import { mergeListing } from './library-listing';
import { allowedHostsInput, type LocalNetworkRetry } from './local-network-slice';
import { errorMessage, type SliceCreator } from './types';

/**
 * Rows asked for before the whole library: what the `Library` list renders at first
 * (components/incremental-list.ts), so a library of 10,000 articles shows as fast as one of 120.
 */
export const LIBRARY_FIRST_PAGE = 120;

export interface LibrarySlice {
  summaries: ArticleSummary[];
  problems: LibraryProblem[];
  libraryStatus: 'loading' | 'ready' | 'failed';
  /** How many articles the library holds (more than `summaries` until it is complete). */
  libraryTotal: number;
  /** Whether `summaries` is the whole library, not only its first screen. */
  libraryComplete: boolean;
  /** What is being opened right now ("https://…", "llama4.pdf"), for a busy indicator. */
  opening: string | null;
  /** Lists the library's first screen (the whole list when it is already complete). */
  loadLibrary(): Promise<void>;
  /**
   * Lists the whole library after its first screen (once, however many ask); false when it
   * could not be read. Asked for when the user pauses, scrolls past the first screen, or needs
   * every article (exporting the library).
   */
  completeLibrary(): Promise<boolean>;
  openArticle(id: string): Promise<boolean>;
  openUrl(url: string): Promise<boolean>;
  openText(text: string, title?: string): Promise<boolean>;
  /** Opens what `load` produces (e.g. the file chooser's result); null means cancelled. */
  openWith(label: string, load: () => Promise<Article | null>): Promise<boolean>;
  deleteArticle(id: string): Promise<boolean>;
  /** Keeps an article's row in the library in step with its annotations. */
  updateSummary(article: Article): void;
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (deps) => (set, get) => {
  /** Counts loads, so that an older one answering late changes nothing. */
  let loads = 0;
  /**
   * Ids whose row this window changed (opened, saved, deleted) while the whole list was on its
   * way: the list is the host's state from before, this window's row is newer.
   */
  let changedDuringLoad: Set<string> | null = null;
  const noteChange = (id: string) => changedDuringLoad?.add(id);
  const reportProblems = (problems: readonly LibraryProblem[]) => {
    for (const problem of problems) get().notify('error', `${problem.file}: ${problem.message}`);
  };
  /** The whole list asked for by `completeLibrary`, while it is on its way. */
  let completing: Promise<boolean> | null = null;

  /** Asks for the whole list and puts it in place; false when it could not be read. */
  async function listWhole(load: number, changed: Set<string>): Promise<boolean> {
    try {
      const whole = await deps.api.listLibrary({});
      if (load !== loads) return get().libraryComplete;
      const summaries = mergeListing(whole.articles, get().summaries, changed);
      const reported = new Set(get().problems.map((p) => p.file));
      set({
        summaries,
        problems: whole.problems,
        libraryTotal: summaries.length,
        libraryComplete: true,
        libraryStatus: 'ready',
      });
      reportProblems(whole.problems.filter((p) => !reported.has(p.file)));
      if (changedDuringLoad === changed) changedDuringLoad = null;
      return true;
    } catch (err) {
      if (load !== loads) return false;
      const shown = get().summaries.length > 0;
      set({ libraryStatus: shown ? 'ready' : 'failed' });
      get().notify(
        'error',
        `Could not read ${shown ? 'the whole library' : 'the library'}: ${errorMessage(err)}`,
      );
      return false;
    }
  }

  async function open(
    label: string,
    load: () => Promise<Article | null>,
    retry?: LocalNetworkRetry,
  ): Promise<boolean> {
    set({ opening: label });
    try {
      const article = await load();
      if (!article) return false;
      // One store update for the article, its library row and the end of `opening`: each
      // update runs every subscriber, in the task that must paint the article.
      deps.batch(() => {
        get().showArticle(article);
        if (article.notice) get().notify('info', article.notice);
        noteChange(article.id);
        set((s) => {
          // The opened article's row moves to the top: a copy and a move, not a filter of 10,000.
          const index = s.summaries.findIndex((a) => a.id === article.id);
          const summaries = s.summaries.slice();
          if (index >= 0) summaries.splice(index, 1);
          summaries.unshift(summarize(article));
          const libraryTotal = s.libraryTotal + (index < 0 ? 1 : 0);
          return { summaries, libraryTotal, opening: null };
        });
      });
      return true;
    } catch (err) {
      if (retry && get().askAboutLocalNetwork(err, retry)) return false;
      if (err instanceof AnnotationFileRefusal) {
        // The offer names the file and its format: it speaks for the refusal.
        get().openDialog({ kind: 'import-instead', format: err.format, file: err.file });
        return false;
      }
      // A cancel is the user's own choice, not a failure to report as one.
      const cancelled = err instanceof ContractError && err.code === 'cancelled';
      // An export the host read by path (desktop dialog, Open Recent): the page has no bytes
      // to import, so it points to the command instead.
      const pointer =
        err instanceof ContractError && err.format
          ? ' — use Import annotations to add them to the library'
          : '';
      get().notify(cancelled ? 'info' : 'error', errorMessage(err) + pointer);
      return false;
    } finally {
      if (get().opening !== null) set({ opening: null });
    }
  }

  return {
    summaries: [],
    problems: [],
    libraryStatus: 'loading',
    libraryTotal: 0,
    libraryComplete: false,
    opening: null,
    loadLibrary: async () => {
      const load = ++loads;
      completing = null;
      const changed = new Set<string>();
      changedDuringLoad = changed;
      set({ libraryStatus: 'loading' });
      // Loaded again (after an import): the rows shown stay until the whole list replaces them.
      if (get().libraryComplete) {
        await listWhole(load, changed);
        return;
      }
      try {
        const first = await deps.api.listLibrary({ limit: LIBRARY_FIRST_PAGE });
        // A newer load, or the whole list that came first, knows better.
        if (load !== loads || get().libraryComplete) return;
        const complete = first.total === undefined || first.articles.length >= first.total;
        set({
          summaries: mergeListing(first.articles, get().summaries, changed),
          libraryTotal: first.total ?? first.articles.length,
          libraryComplete: complete,
          libraryStatus: 'ready',
          problems: first.problems,
        });
        reportProblems(first.problems);
        if (complete && changedDuringLoad === changed) changedDuringLoad = null;
      } catch (err) {
        if (load !== loads) return;
        set({ libraryStatus: 'failed' });
        get().notify('error', `Could not read the library: ${errorMessage(err)}`);
        if (changedDuringLoad === changed) changedDuringLoad = null;
      }
    },
    completeLibrary: () => {
      if (get().libraryComplete) return Promise.resolve(true);
      completing ??= listWhole(loads, changedDuringLoad ?? new Set()).then((done) => {
        if (!done) completing = null; // a later call tries again
        return done;
      });
      return completing;
    },
    openArticle: async (id) => {
      if (get().article?.id === id) return true;
      const summary = get().summaries.find((a) => a.id === id);
      return open(summary?.title ?? id, async () => {
        // An article with changes still waiting to be saved is newer in memory than on disk.
        const unsaved = get().unsavedArticles[id];
        if (unsaved) return unsaved;
        const article = await deps.api.getArticle({ id });
        // Opening it must not replace an article whose changes arrived meanwhile.
        return get().unsavedArticles[id] ?? article;
      });
    },
    openUrl: (url) =>
      open(url, () => deps.api.openUrl({ url, ...allowedHostsInput(get().allowedLocalHosts) }), {
        action: 'open-url',
        url,
      }),
    openText: (text, title) =>
      open(title?.trim() || 'pasted text', () =>
        deps.api.openText(title?.trim() ? { text, title: title.trim() } : { text }),
      ),
    openWith: (label, load) => open(label, load),
    deleteArticle: async (id) => {
      const title = get().summaries.find((a) => a.id === id)?.title ?? id;
      try {
        await deps.api.deleteArticle({ id });
      } catch (err) {
        get().notify('error', `Could not delete “${title}”: ${errorMessage(err)}`);
        return false;
      }
      get().forgetUnsavedArticle(id);
      if (get().article?.id === id) get().closeArticle();
      noteChange(id);
      set((s) => ({
        summaries: s.summaries.filter((a) => a.id !== id),
        libraryTotal: Math.max(0, s.libraryTotal - 1),
      }));
      get().notify('info', `Deleted “${title}”.`);
      return true;
    },
    updateSummary: (article) =>
      set((s) => {
        noteChange(article.id);
        const index = s.summaries.findIndex((a) => a.id === article.id);
        if (index < 0) {
          return {
            summaries: [summarize(article), ...s.summaries],
            libraryTotal: s.libraryTotal + 1,
          };
        }
        const summaries = s.summaries.slice();
        summaries[index] = summarize(article);
        return { summaries };
      }),
  };
};
