// Long lists (thousands of claims, a library of 10,000 articles) render their first rows at
// once and more as the user scrolls toward the end, so opening stays fast and the page stays
// light. Short lists are rendered whole.
import { useCallback, useEffect, useRef, useState } from 'react';

/** Rows rendered at first, and how many more each time the end comes near. */
const FIRST_ROWS = 120;
const MORE_ROWS = 240;
/** How far below the visible area the end of the list starts loading more. */
const LOOKAHEAD = '800px';

/** How many of `total` rows to render. Put `sentinel` on an element just after the list. */
export function useIncrementalList(total: number): {
  count: number;
  sentinel: (element: HTMLElement | null) => void;
} {
  const [count, setCount] = useState(FIRST_ROWS);
  const near = useRef(false);
  const observer = useRef<IntersectionObserver | null>(null);

  const sentinel = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver(
      ([entry]) => {
        near.current = !!entry?.isIntersecting;
        if (near.current) setCount((c) => c + MORE_ROWS);
      },
      { rootMargin: `0px 0px ${LOOKAHEAD} 0px` },
    );
    observer.current.observe(element);
  }, []);

  // Still near the end after rows were added (they were short): keep going, a frame at a time.
  useEffect(() => {
    if (!near.current || count >= total) return;
    const frame = requestAnimationFrame(() => near.current && setCount((c) => c + MORE_ROWS));
    return () => cancelAnimationFrame(frame);
  }, [count, total]);

  const all = typeof IntersectionObserver === 'undefined';
  return { count: all ? total : Math.min(total, count), sentinel };
}
