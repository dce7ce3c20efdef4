// Work that must not hold up the frame showing an edit: the panels listing every annotation
// (Claims, Entities, Claim details) take a new version of the article only once the frame
// showing the edit (a highlight, a closed dialog, a status) has been painted, all in one
// interruptible background render. React's useDeferredValue alone may render before that
// paint, and one long component in it would then delay the frame.
import { startTransition, useEffect, useRef, useState } from 'react';
import { shallow } from 'zustand/vanilla/shallow';
import { afterPaint } from '../scheduling';
import { useFactmarkStore } from '../store/hooks';
import type { FactmarkState } from '../store/types';

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
      // Every panel waiting runs in the same task after the paint: React renders them together,
      // in one interruptible background render.
      afterPaint(() => startTransition(update));
    };
    // A change between the first render and this subscription is caught up at once.
    update();
    return store.subscribe(changed);
  }, [store]);
  return shown;
}
