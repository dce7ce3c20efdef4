// Searchbox `Search library`: finds words in every article's title and text (through the host,
// which keeps the library indexed); a result opens its article at the match, highlighted.
import { useEffect, useId, useRef, useState } from 'react';
import type { LibrarySearchHit } from '../../shared/corpus/corpus-document';
import { useFactmarkStore } from '../store/hooks';
import { errorMessage } from '../store/types';
import { plural } from './format';

/** Pause in typing before searching, so a search runs per word rather than per key. */
const SEARCH_DELAY_MS = 200;

type SearchState =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; query: string; hits: LibrarySearchHit[] }
  | { state: 'failed'; message: string };

export function LibrarySearch() {
  const store = useFactmarkStore();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchState>({ state: 'idle' });
  const latest = useRef(0);
  const resultsId = useId();

  useEffect(() => {
    const trimmed = query.trim();
    const ticket = ++latest.current;
    if (!trimmed) return;
    const timer = setTimeout(() => {
      setResult({ state: 'searching' });
      store
        .getState()
        .searchLibrary(trimmed)
        .then((hits) => {
          if (ticket === latest.current) setResult({ state: 'done', query: trimmed, hits });
        })
        .catch((err: unknown) => {
          if (ticket === latest.current) setResult({ state: 'failed', message: errorMessage(err) });
        });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, store]);

  const openHit = async (hit: LibrarySearchHit, searched: string) => {
    const state = store.getState();
    if (state.centreView === 'corpus') state.closeCorpus();
    if (!(await state.openArticle(hit.articleId))) return;
    // The find bar shows every match of the search in the article, starting at this one.
    store.getState().openFind(searched, hit.start);
  };

  return (
    <div className="fm-library-search">
      <input
        type="search"
        aria-label="Search library"
        placeholder="Search library"
        aria-controls={resultsId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <div id={resultsId} hidden={!query.trim()}>
        {result.state === 'searching' && <p className="fm-empty">Searching…</p>}
        {result.state === 'failed' && (
          <p className="fm-empty" role="alert">
            Search failed: {result.message}
          </p>
        )}
        {result.state === 'done' && (
          <>
            <p className="fm-library-search-count" role="status">
              {result.hits.length === 0
                ? `Nothing found for “${result.query}”`
                : plural(result.hits.length, 'match', 'matches')}
            </p>
            {result.hits.length > 0 && (
              <ul aria-label="Search results" className="fm-search-results">
                {result.hits.map((hit) => (
                  <li key={`${hit.articleId}:${hit.start}:${hit.end}`}>
                    <button
                      type="button"
                      className="fm-search-hit"
                      onClick={() => void openHit(hit, result.query)}
                    >
                      <span className="fm-search-hit-title">{hit.title || 'Untitled'}</span>
                      <span className="fm-search-hit-snippet">{hit.snippet}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
