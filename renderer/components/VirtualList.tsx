// A list that renders only the rows near the visible part of its scroll container, for long
// lists of rows of varying height (thousands of claims). Row heights are measured once shown
// and estimated until then; padding stands in for the rows above and below. The list can
// bring any row into view (the active claim) without rendering the rows before it.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/** Pixels of rows rendered beyond each edge of the visible area. */
export const OVERSCAN = 600;
/** The list's gap between rows (styles/panels.css, .fm-claim-list). */
export const ROW_GAP = 8;

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  /** Renders one row: an `<li>`. */
  renderItem: (item: T) => ReactNode;
  /** Height assumed for a row not yet measured. */
  estimate: number;
  /** Index of a row to bring into view when it changes (-1: none). */
  revealIndex: number;
  className?: string;
}

/** The nearest ancestor that scrolls vertically. */
export function scrollParent(element: HTMLElement): HTMLElement {
  for (let el = element.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') return el;
  }
  return document.documentElement;
}

/** First index whose row ends after `y`. */
function rowAt(ends: readonly number[], y: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  estimate,
  revealIndex,
  className,
}: VirtualListProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState({ top: 0, height: 1000 });

  // The scroll container, found once: looking it up reads computed styles, which on a scroll
  // or right after a long article is inserted forces a style pass over the whole page.
  const scrollerRef = useRef<HTMLElement | null>(null);
  const scrollerOf = useCallback((element: HTMLElement) => {
    if (!scrollerRef.current?.contains(element)) scrollerRef.current = scrollParent(element);
    return scrollerRef.current;
  }, []);

  /** Where the visible area is, relative to the top of the list. */
  const readView = useCallback(() => {
    const element = list.current;
    if (!element) return;
    const scroller = scrollerOf(element);
    const top = scroller.getBoundingClientRect().top - element.getBoundingClientRect().top;
    setView((v) =>
      Math.abs(v.top - top) < 40 && v.height === scroller.clientHeight
        ? v
        : { top, height: scroller.clientHeight },
    );
  }, [scrollerOf]);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const scroller = scrollerOf(element);
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(readView);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(scroller);
    // Geometry is read in a frame, where the layout is done anyway: read now, it would force a
    // layout of the whole page (a long article) in the middle of an update.
    onScroll();
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, [readView, scrollerOf]);

  // Where each row ends, from measured heights (or the estimate).
  const ends = useMemo(() => {
    const result = new Array<number>(items.length);
    let y = 0;
    items.forEach((item, i) => {
      y += heights.get(getKey(item)) ?? estimate;
      result[i] = y;
    });
    return result;
  }, [items, getKey, estimate, heights]);

  const total = ends.at(-1) ?? 0;
  const start = Math.min(rowAt(ends, view.top - OVERSCAN), items.length);
  const end = Math.min(rowAt(ends, view.top + view.height + OVERSCAN) + 1, items.length);
  const before = start > 0 ? ends[start - 1]! : 0;
  const after = total - (end > 0 ? ends[end - 1]! : 0);

  // Rows report their height when first laid out and whenever it changes (a note grows); the
  // layout is redone when an estimate was off.
  const [keyOf] = useState(() => new WeakMap<Element, string>());
  const [rowObserver] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const updates: [string, number][] = [];
          for (const entry of entries) {
            const key = keyOf.get(entry.target);
            const size = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
            if (key !== undefined && size > 0) updates.push([key, size + ROW_GAP]);
          }
          if (updates.length === 0) return;
          setHeights((prev) =>
            updates.every(([key, height]) => Math.abs((prev.get(key) ?? -1) - height) <= 1)
              ? prev
              : new Map([...prev, ...updates]),
          );
        }),
  );
  useEffect(() => () => rowObserver?.disconnect(), [rowObserver]);

  useLayoutEffect(() => {
    const element = list.current;
    if (!element || !rowObserver) return;
    Array.from(element.children).forEach((row, i) => {
      const item = items[start + i];
      if (!item || keyOf.has(row)) return;
      keyOf.set(row, getKey(item));
      rowObserver.observe(row);
    });
  }, [items, start, end, getKey, rowObserver, keyOf]);

  // Bring the row to reveal into view, if it is not already (in the next frame, as above).
  useEffect(() => {
    const element = list.current;
    if (!element || revealIndex < 0 || revealIndex >= ends.length) return;
    const rowStart = revealIndex > 0 ? ends[revealIndex - 1]! : 0;
    const rowEnd = ends[revealIndex]!;
    const frame = requestAnimationFrame(() => {
      const scroller = scrollerOf(element);
      const listTop =
        element.getBoundingClientRect().top -
        scroller.getBoundingClientRect().top +
        scroller.scrollTop;
      const rowTop = listTop + rowStart;
      const rowBottom = listTop + rowEnd;
      if (rowTop < scroller.scrollTop || rowBottom > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = rowTop - scroller.clientHeight / 3;
      }
    });
    return () => cancelAnimationFrame(frame);
    // Only a new row to reveal scrolls; measuring must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealIndex]);

  return (
    <ul
      ref={list}
      className={className}
      // Padding set through the CSSOM (React style), which the page's CSP allows.
      style={{ paddingTop: before, paddingBottom: after }}
    >
      {items.slice(start, end).map(renderItem)}
    </ul>
  );
}
