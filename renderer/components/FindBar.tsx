// The find bar (Ctrl/Cmd+F): textbox `Find in article`, next and previous, "3 of 12", Escape
// closes. Case, accents and curly quotes aside; matches highlighted in the reading view.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SearchableText, type TextMatch } from '../../shared/corpus/searchable-text';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useCommandContext } from './command-context';

/** More matches than anyone steps through; highlighting stays cheap below it. */
const MAX_MATCHES = 5_000;

/** Calls `show` once the reading view is there (it mounts after an article opens). */
function whenSurface(show: () => boolean, framesLeft = 60): () => void {
  let frame = 0;
  const attempt = (left: number) => {
    if (show() || left === 0) return;
    frame = requestAnimationFrame(() => attempt(left - 1));
  };
  attempt(framesLeft);
  return () => cancelAnimationFrame(frame);
}

/** The searchable form of the last text searched, kept while find is closed and reopened. */
let lastSearched: { text: string; searchable: SearchableText } | null = null;
function searchableTextOf(text: string): SearchableText {
  if (lastSearched?.text !== text) lastSearched = { text, searchable: new SearchableText(text) };
  return lastSearched.searchable;
}

export function FindBar() {
  const store = useFactmarkStore();
  const { surface } = useCommandContext();
  const find = useFactmark(useShallow((s) => s.find));
  const text = useFactmark((s) => s.article?.text ?? null);
  const input = useRef<HTMLInputElement>(null);
  // Built when find is first used on this text (it takes a pass over the whole article), not
  // when the article opens.
  const searchable = useMemo(
    () => (find.open && text !== null ? searchableTextOf(text) : null),
    [find.open, text],
  );
  const matches = useMemo<TextMatch[]>(
    () => (find.open && searchable ? searchable.find(find.query, MAX_MATCHES) : []),
    [find.open, find.query, searchable],
  );
  // Stepping moves from the match we start at; a new query or starting place starts over.
  const [cursor, setCursor] = useState<{ matches: TextMatch[]; from: number; index: number }>();
  const first = useMemo(
    () =>
      Math.max(
        0,
        matches.findIndex((m) => m.end > find.from),
      ),
    [matches, find.from],
  );
  const current =
    cursor && cursor.matches === matches && cursor.from === find.from ? cursor.index : first;

  useEffect(() => {
    if (!find.open) {
      surface.current?.showFindMatches?.([], -1);
      return;
    }
    return whenSurface(() => {
      if (!surface.current?.showFindMatches) return false;
      surface.current.showFindMatches(matches, matches.length > 0 ? current : -1);
      return true;
    });
  }, [find.open, matches, current, surface]);

  useEffect(() => {
    if (!find.open) return;
    input.current?.focus();
    input.current?.select();
  }, [find.open, find.focusRequest]);

  if (!find.open || text === null) return null;

  const step = (by: number) => {
    if (matches.length === 0) return;
    setCursor({
      matches,
      from: find.from,
      index: (current + by + matches.length) % matches.length,
    });
  };
  const close = () => {
    store.getState().closeFind();
    document.querySelector<HTMLElement>('.fm-reading-text')?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key.toLowerCase() === 'f' && (event.ctrlKey || event.metaKey)) {
      // Already here: select the query rather than open the browser's own find.
      event.preventDefault();
      input.current?.select();
    }
  };
  const status =
    find.query.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${current + 1} of ${matches.length}${matches.length >= MAX_MATCHES ? '+' : ''}`;

  return (
    <div className="fm-find-bar" role="search" aria-label="Find">
      <input
        ref={input}
        type="text"
        aria-label="Find in article"
        placeholder="Find in article"
        value={find.query}
        spellCheck={false}
        onChange={(e) => store.getState().setFindQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="fm-find-count" role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="fm-button fm-icon-button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={matches.length === 0}
        onClick={() => step(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="fm-button fm-icon-button"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={matches.length === 0}
        onClick={() => step(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="fm-button fm-icon-button"
        aria-label="Close find"
        title="Close (Escape)"
        onClick={close}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
