// Looking across the library and through the article: the corpus view (every claim of every
// article, with filters) in the centre instead of the article, and the find bar's state.
import type { CorpusDocument, LibrarySearchHit } from '../../shared/corpus/corpus-document';
import type { Article } from '../../shared/model/article';
import type { CorpusFilter } from '../../shared/corpus/corpus-filter';
import type { Relation } from '../../shared/model/relations';
import { errorMessage, type SliceCreator } from './types';

export interface CorpusSlice {
  /** What the centre shows: the open article (or the start screen), or the corpus view. */
  centreView: 'article' | 'corpus';
  /** Every article's claims and mentions as last read from the host (null: not yet). */
  corpusDocuments: CorpusDocument[] | null;
  corpusStatus: 'idle' | 'loading' | 'ready' | 'failed';
  /** The host's name for the state of the library the documents were read at. */
  corpusVersion: string | null;
  corpusFilter: CorpusFilter;
  /** `Same claim?` suggestions rejected in this session (pair keys, see same-claim.ts). */
  rejectedSameClaims: string[];
  /**
   * Stores a link made in the corpus view (a conflict as `contradicts`, an accepted suggestion
   * as `same-claim`) and shows it at once; false when the host refused it (said in a notice).
   */
  linkFromCorpus(relation: Relation): Promise<boolean>;
  rejectSameClaim(key: string): void;
  /** The find bar: open or not, what it looks for, and where to start (a code-point offset). */
  find: { open: boolean; query: string; from: number; focusRequest: number };
  /** Shows the corpus view and reads the corpus again (it may have changed elsewhere). */
  openCorpus(): Promise<void>;
  closeCorpus(): void;
  setCorpusFilter(patch: Partial<CorpusFilter>): void;
  /** Opens an article with one of its claims active; false when it could not be opened. */
  showClaimInArticle(articleId: string, claimId: string): Promise<boolean>;
  /**
   * Every article's claims and mentions read from the host now, with this tab's versions of
   * the articles it changed (saved or not, the open one included) in place of the stored ones.
   */
  readLibraryAnnotations(): Promise<CorpusDocument[]>;
  /** Looks for words in every article's title and text. */
  searchLibrary(query: string): Promise<LibrarySearchHit[]>;
  /** Opens (or focuses) the find bar, with a query to look for and where to start. */
  openFind(query?: string, from?: number): void;
  setFindQuery(query: string): void;
  closeFind(): void;
}

function asCorpusDocument(article: Article): CorpusDocument {
  const { id, title, updatedAt, claims, mentions } = article;
  return { articleId: id, title, updatedAt, claims, mentions };
}

export const createCorpusSlice: SliceCreator<CorpusSlice> = (deps) => (set, get) => ({
  centreView: 'article',
  corpusDocuments: null,
  corpusStatus: 'idle',
  corpusVersion: null,
  corpusFilter: {},
  rejectedSameClaims: [],
  linkFromCorpus: async (relation) => {
    try {
      const { added } = await deps.api.linkAnnotations({ relations: [relation] });
      set((s) => ({
        corpusDocuments:
          s.corpusDocuments?.map((d) =>
            d.articleId === relation.from.document
              ? { ...d, relations: [...(d.relations ?? []), ...added] }
              : d,
          ) ?? null,
      }));
      return true;
    } catch (err) {
      get().notify('error', `Could not link the claims: ${errorMessage(err)}`);
      return false;
    }
  },
  rejectSameClaim: (key) => set((s) => ({ rejectedSameClaims: [...s.rejectedSameClaims, key] })),
  find: { open: false, query: '', from: 0, focusRequest: 0 },
  openCorpus: async () => {
    set({ centreView: 'corpus', corpusStatus: 'loading' });
    try {
      // The documents already here are kept when no article file changed since.
      const known = get().corpusDocuments ? get().corpusVersion : null;
      const answer = await deps.api.getCorpus(known ? { unlessVersion: known } : {});
      const { problems } = answer;
      if (answer.unchanged && get().corpusDocuments) set({ corpusStatus: 'ready' });
      else {
        set({
          corpusDocuments: answer.documents,
          corpusVersion: answer.version ?? null,
          corpusStatus: 'ready',
        });
      }
      for (const problem of problems ?? []) get().notify('error', problem.message);
    } catch (err) {
      set({ corpusStatus: 'failed' });
      get().notify('error', `Could not read the claims of the library: ${errorMessage(err)}`);
    }
  },
  closeCorpus: () => set({ centreView: 'article' }),
  setCorpusFilter: (patch) =>
    set((s) => {
      const next: CorpusFilter = { ...s.corpusFilter, ...patch };
      // An emptied criterion is no criterion.
      for (const key of Object.keys(next) as Array<keyof CorpusFilter>) {
        if (!next[key]) delete next[key];
      }
      return { corpusFilter: next };
    }),
  showClaimInArticle: async (articleId, claimId) => {
    const opened = await get().openArticle(articleId);
    if (!opened || get().article?.id !== articleId) return false;
    const exists = get().article!.claims.some((c) => c.id === claimId);
    set({ centreView: 'article', activeClaimId: exists ? claimId : null });
    return exists;
  },
  readLibraryAnnotations: async () => {
    const { documents } = await deps.api.getCorpus({});
    const { unsavedArticles, article } = get();
    const newer = new Map<string, CorpusDocument>();
    for (const a of [...Object.values(unsavedArticles), ...(article ? [article] : [])]) {
      newer.set(a.id, asCorpusDocument(a));
    }
    return documents.map((d) => newer.get(d.articleId) ?? d);
  },
  searchLibrary: async (query) => (await deps.api.searchLibrary({ query })).hits,
  openFind: (query, from) =>
    set((s) => ({
      centreView: 'article',
      find: {
        open: true,
        query: query ?? s.find.query,
        from: from ?? s.find.from,
        focusRequest: s.find.focusRequest + 1,
      },
    })),
  setFindQuery: (query) => set((s) => ({ find: { ...s.find, query } })),
  closeFind: () => set((s) => ({ find: { ...s.find, open: false } })),
});
