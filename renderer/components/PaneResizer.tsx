// The handle between two panes: drag it, or focus it and press the arrow keys, to change the
// width of the pane it belongs to (remembered in the store's preferences).
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_LIMITS, type PaneWidths } from '../store/ui-slice';
import { useFactmark, useFactmarkStore } from '../store/hooks';

const KEY_STEP = 16;

export function PaneResizer({ pane, label }: { pane: keyof PaneWidths; label: string }) {
  const store = useFactmarkStore();
  const width = useFactmark((s) => s.paneWidths[pane]);
  const drag = useRef<{ x: number; width: number } | null>(null);
  // The library grows to the right of its handle, the side panel to the left.
  const direction = pane === 'library' ? 1 : -1;
  const setWidth = (w: number) => store.getState().setPaneWidth(pane, w);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) setWidth(start.width + direction * (event.clientX - start.x));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, number> = { ArrowLeft: -KEY_STEP, ArrowRight: KEY_STEP };
    const step = steps[event.key];
    if (event.key === 'Home') setWidth(PANE_LIMITS[pane][0]);
    else if (event.key === 'End') setWidth(PANE_LIMITS[pane][1]);
    else if (step !== undefined) setWidth(width + direction * step);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className={`fm-pane-resizer fm-pane-resizer-${pane}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={PANE_LIMITS[pane][0]}
      aria-valuemax={PANE_LIMITS[pane][1]}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
