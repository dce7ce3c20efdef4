// The library: the saved articles' summaries, files that could not be read, and opening an
// article (from the library, a file, a URL or pasted text) or deleting one. Opening never
// writes: the host stores a new article itself, and an opened one is saved only once changed.
import { summarize, type Article, type ArticleSummary } from '../../shared/model/article';
import type { LibraryProblem } from '../../shared/contract/calls';
import { ContractError } from '../../shared/contract/result';
import { errorMessage, type SliceCreator } from './types';

export interface LibrarySlice {
  summaries: ArticleSummary[];
  problems: LibraryProblem[];
  libraryStatus: 'loading' | 'ready' | 'failed';
  /** What is being opened right now ("https://…", "llama4.pdf"), for a busy indicator. */
  opening: string | null;
  loadLibrary(): Promise<void>;
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
  async function open(label: string, load: () => Promise<Article | null>): Promise<boolean> {
    set({ opening: label });
    try {
      const article = await load();
      if (!article) return false;
      get().showArticle(article);
      if (article.notice) get().notify('info', article.notice);
      set((s) => ({
        summaries: [summarize(article), ...s.summaries.filter((a) => a.id !== article.id)],
      }));
      return true;
    } catch (err) {
      // A cancel is the user's own choice, not a failure to report as one.
      const cancelled = err instanceof ContractError && err.code === 'cancelled';
      get().notify(cancelled ? 'info' : 'error', errorMessage(err));
      return false;
    } finally {
      set({ opening: null });
    }
  }

  return {
    summaries: [],
    problems: [],
    libraryStatus: 'loading',
    opening: null,
    loadLibrary: async () => {
      set({ libraryStatus: 'loading' });
      try {
        const { articles, problems } = await deps.api.listLibrary({});
        set({ summaries: articles, problems, libraryStatus: 'ready' });
        for (const problem of problems) {
          get().notify('error', `${problem.file}: ${problem.message}`);
        }
      } catch (err) {
        set({ libraryStatus: 'failed' });
        get().notify('error', `Could not read the library: ${errorMessage(err)}`);
      }
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
    openUrl: (url) => open(url, () => deps.api.openUrl({ url })),
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
      set((s) => ({ summaries: s.summaries.filter((a) => a.id !== id) }));
      get().notify('info', `Deleted “${title}”.`);
      return true;
    },
    updateSummary: (article) =>
      set((s) => {
        const index = s.summaries.findIndex((a) => a.id === article.id);
        if (index < 0) return { summaries: [summarize(article), ...s.summaries] };
        const summaries = s.summaries.slice();
        summaries[index] = summarize(article);
        return { summaries };
      }),
  };
};
