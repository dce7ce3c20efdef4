// A list of thousands of rows of varying height (claims, corpus rows) that renders only the rows
// near the visible part of its scroll container, on @tanstack/react-virtual. The list sits in a
// larger scroller (the side panel, the corpus view) below other content; padding stands in for
// the rows not rendered, so the rows keep the list's own layout and gap. Row heights are
// measured once shown and estimated until then. The list can bring any row into view (the
// active claim) without rendering the rows before it.
import { useVirtualizer, observeElementOffset } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { scrollParent } from '../scroll-parent';

/** Pixels of rows rendered beyond each edge of the visible area. */
const OVERSCAN_PX = 600;
/** The lists' gap between rows (styles/panels.css, styles/corpus.css). */
const ROW_GAP = 8;

export interface LongListProps<T> {
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

/** Where the list starts in its scroller's content. */
function offsetIn(scroller: HTMLElement, list: HTMLElement): number {
  return (
    list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
  );
}

interface Scroller {
  element: HTMLElement;
  /** The scroller's `scroll-padding` (a sticky title above): a revealed row clears it. */
  paddingStart: number;
  paddingEnd: number;
}

export function LongList<T>({
  items,
  getKey,
  renderItem,
  estimate,
  revealIndex,
  className,
}: LongListProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<Scroller | null>(null);
  const [margin, setMargin] = useState(0);

  const readMargin = useCallback(() => {
    const element = list.current;
    const parent = scroller?.element;
    if (!element || !parent) return;
    const top = offsetIn(parent, element);
    setMargin((m) => (Math.abs(m - top) < 1 ? m : top));
  }, [scroller]);

  // The scroller is found in a frame, where the layout is done anyway: reading styles and
  // geometry now would force a pass over the whole page (a long article) in the middle of an
  // update.
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const frame = requestAnimationFrame(() => {
      const parent = scrollParent(element) ?? document.documentElement;
      const style = getComputedStyle(parent);
      setScroller({
        element: parent,
        paddingStart: parseFloat(style.scrollPaddingTop) || 0,
        paddingEnd: parseFloat(style.scrollPaddingBottom) || 0,
      });
      setMargin(offsetIn(parent, element));
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  // What stands above the list (filters, suggestions, other controls) can change its height:
  // where the list starts is read again after each render (in a frame, as above) and on scroll.
  useEffect(() => {
    const frame = requestAnimationFrame(readMargin);
    return () => cancelAnimationFrame(frame);
  });

  const itemKey = useCallback((index: number) => getKey(items[index]!), [items, getKey]);
  const size = useCallback(() => estimate, [estimate]);
  // The virtualizer is read afresh on each render here (no memoised children take it), which is
  // what the rule warns about; the app is not built with the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: items.length,
    getScrollElement: () => scroller?.element ?? null,
    estimateSize: size,
    getItemKey: itemKey,
    overscan: Math.ceil(OVERSCAN_PX / estimate),
    gap: ROW_GAP,
    scrollMargin: margin,
    scrollPaddingStart: scroller?.paddingStart ?? 0,
    scrollPaddingEnd: scroller?.paddingEnd ?? 0,
    initialRect: { width: 0, height: 1000 },
    observeElementOffset: (instance, onOffset) =>
      observeElementOffset(instance, (offset, scrolling) => {
        // On scroll the layout is clean: reading where the list starts costs nothing.
        readMargin();
        onOffset(offset, scrolling);
      }),
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const before = first ? first.start - margin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;

  // The rows are `<li>`s the caller renders, so they are numbered and handed to the measurer
  // here rather than through a ref on each. Their place in the whole list is also told to
  // assistive technology, which otherwise sees only the rows rendered.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element || !first) return;
    Array.from(element.children).forEach((row, i) => {
      const index = first.index + i;
      setAttributeIfChanged(row, 'data-index', String(index));
      setAttributeIfChanged(row, 'aria-posinset', String(index + 1));
      setAttributeIfChanged(row, 'aria-setsize', String(items.length));
      virtualizer.measureElement(row);
    });
  });

  useEffect(() => {
    if (scroller && revealIndex >= 0 && revealIndex < items.length) {
      virtualizer.scrollToIndex(revealIndex, { align: 'auto' });
    }
    // Only a new row to reveal scrolls (or the first, once the scroller is known); measuring
    // and new rows must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealIndex, scroller]);

  return (
    <ul
      ref={list}
      className={className}
      // Padding set through the CSSOM (React style), which the page's CSP allows.
      style={{ paddingTop: before, paddingBottom: Math.max(0, after) }}
    >
      {rows.map((row) => renderItem(items[row.index]!))}
    </ul>
  );
}

function setAttributeIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
