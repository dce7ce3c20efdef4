// Work that must not hold up the frame showing an edit: the panels listing every annotation
// (Claims, Entities, Claim details) take a new version of the article only once the frame
// showing the edit (a highlight, a closed dialog, a status) has been painted, all in one
// interruptible background render. React's useDeferredValue alone may render before that
// paint, and one long component in it would then delay the frame.
import { startTransition, useEffect, useRef, useState } from 'react';
import { shallow } from 'zustand/vanilla/shallow';
import { useFactmarkStore } from '../store/hooks';
import type { FactmarkState } from '../store/types';

/** Longest wait when no frame comes (a hidden page runs no animation frames). */
const FALLBACK_MS = 100;

let queue: (() => void)[] = [];

function flush(): void {
  const run = queue;
  queue = [];
  // One transition for every panel waiting: one background render, interrupted by input.
  if (run.length > 0) startTransition(() => run.forEach((task) => task()));
}

/**
 * Runs `task` in a task after the next frame is painted (an animation frame runs before the
 * paint; a timeout set there runs after it), together with every other task waiting for it.
 */
export function afterNextPaint(task: () => void): void {
  queue.push(task);
  if (queue.length > 1) return;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    flush();
  };
  const fallback = setTimeout(once, FALLBACK_MS);
  requestAnimationFrame(() => setTimeout(once, 0));
}

/**
 * A value selected from the store as it was at the last paint. Unlike `useFactmark`, a change
 * does not render the component in the update that made it (the one that must paint fast):
 * it renders it in the background render after the paint. Selected objects and arrays are
 * compared shallowly.
 */
export function useFactmarkAfterPaint<T>(selector: (state: FactmarkState) => T): T {
  const store = useFactmarkStore();
  const [shown, setShown] = useState(() => selector(store.getState()));
  const select = useRef(selector);
  useEffect(() => {
    select.current = selector;
  });
  useEffect(() => {
    let waiting = false;
    const update = () => {
      waiting = false;
      const next = select.current(store.getState());
      setShown((previous) => (shallow(previous, next) ? previous : next));
    };
    const changed = (state: FactmarkState, previous: FactmarkState) => {
      if (waiting || shallow(select.current(state), select.current(previous))) return;
      waiting = true;
      afterNextPaint(update);
    };
    // A change between the first render and this subscription is caught up at once.
    update();
    return store.subscribe(changed);
  }, [store]);
  return shown;
}
