// The list `Library`: saved articles, newest first; a click opens one. Collapsible for room.
import { memo, useEffect } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import type { FactmarkStore } from '../store/create-store';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { hostName, plural } from './format';
import { useIncrementalList } from './incremental-list';
import { LibrarySearch } from './LibrarySearch';

const LibraryItem = memo(function LibraryItem({
  summary,
  current,
  store,
}: {
  summary: ArticleSummary;
  current: boolean;
  store: FactmarkStore;
}) {
  const site = summary.siteName ?? hostName(summary.source.url) ?? summary.source.fileName ?? null;
  const remove = () => {
    if (window.confirm(`Delete “${summary.title}” and its annotations from the library?`)) {
      void store.getState().deleteArticle(summary.id);
    }
  };
  return (
    <li className={current ? 'fm-library-item fm-library-item-current' : 'fm-library-item'}>
      <button
        type="button"
        className="fm-library-open"
        aria-current={current ? 'page' : undefined}
        onClick={() => {
          const state = store.getState();
          // The article shows where the corpus was (no store update when it already does).
          if (state.centreView !== 'article') state.closeCorpus();
          void state.openArticle(summary.id);
        }}
      >
        <span className="fm-library-title">{summary.title || 'Untitled'}</span>
        <span className="fm-library-meta">
          {site && <span>{site}</span>}
          <span>
            {plural(summary.claimCount, 'claim')} · {plural(summary.mentionCount, 'mention')}
          </span>
        </span>
      </button>
      <button
        type="button"
        className="fm-library-delete"
        aria-label={`Delete “${summary.title}”`}
        title="Delete from library"
        onClick={remove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
});

export function LibraryPane() {
  const store = useFactmarkStore();
  const summaries = useFactmark((s) => s.summaries);
  // Until the whole list is in, the first screen's rows stand for a longer library.
  const total = useFactmark((s) => Math.max(s.libraryTotal, s.summaries.length));
  const status = useFactmark((s) => s.libraryStatus);
  const currentId = useFactmark((s) => s.article?.id ?? null);
  const collapsed = useFactmark((s) => s.libraryCollapsed);
  const complete = useFactmark((s) => s.libraryComplete);
  const { count, sentinel } = useIncrementalList(total);
  // Scrolled past the first screen before the whole list came: ask for it now.
  const wantsMore = !complete && count > summaries.length && summaries.length > 0;
  useEffect(() => {
    if (wantsMore) void store.getState().completeLibrary();
  }, [wantsMore, store]);
  return (
    <nav id="fm-library" aria-label="Saved articles" className="fm-library" hidden={collapsed}>
      <h2 className="fm-panel-title">
        Library <span className="fm-count">{total}</span>
      </h2>
      <LibrarySearch />
      {status === 'loading' && summaries.length === 0 && <p className="fm-empty">Loading…</p>}
      {status === 'ready' && summaries.length === 0 && (
        <p className="fm-empty">Articles you open are kept here with their annotations.</p>
      )}
      <ul aria-label="Library" className="fm-library-list">
        {summaries.slice(0, count).map((summary) => (
          <LibraryItem
            key={summary.id}
            summary={summary}
            current={summary.id === currentId}
            store={store}
          />
        ))}
      </ul>
      {count < total && (
        <p ref={sentinel} className="fm-more">
          Showing {Math.min(count, summaries.length)} of {total} articles…
        </p>
      )}
    </nav>
  );
}
