// The candidate measured against renderer/components/VirtualList.tsx: the same props and the
// same markup (a `<ul>` whose padding stands in for the rows not rendered), on
// @tanstack/react-virtual. Rows are `<li>`s rendered by the caller, so they are measured by
// walking the list's children after each render rather than through a ref on each row.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  OVERSCAN,
  ROW_GAP,
  scrollParent,
  type VirtualListProps,
} from '../../renderer/components/VirtualList';

export function TanstackVirtualList<T>(props: VirtualListProps<T>) {
  const { items, getKey, renderItem, estimate, revealIndex, className } = props;
  const list = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);

  // Where the list starts inside its scroller, read in a frame (as VirtualList does).
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const frame = requestAnimationFrame(() => {
      const parent = scrollParent(element);
      setScroller(parent);
      setMargin(
        element.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop,
      );
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    getItemKey: (index) => getKey(items[index]!),
    overscan: Math.ceil(OVERSCAN / estimate),
    gap: ROW_GAP,
    scrollMargin: margin,
    initialRect: { width: 0, height: 1000 },
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const before = first ? first.start - margin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;

  useLayoutEffect(() => {
    const element = list.current;
    if (!element || !first) return;
    Array.from(element.children).forEach((row, i) => {
      row.setAttribute('data-index', String(first.index + i));
      virtualizer.measureElement(row);
    });
  });

  useEffect(() => {
    if (revealIndex >= 0 && revealIndex < items.length) {
      virtualizer.scrollToIndex(revealIndex, { align: 'auto' });
    }
    // Only a new row to reveal scrolls.
  }, [revealIndex]);

  return (
    <ul
      ref={list}
      className={className}
      style={{ paddingTop: before, paddingBottom: Math.max(0, after) }}
    >
      {rows.map((row) => renderItem(items[row.index]!))}
    </ul>
  );
}
