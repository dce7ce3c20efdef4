// Asks for the whole library (completeLibrary) once its first screen shows and the user has
// paused: listing 10,000 articles costs the host a `stat` per file and the page a parse of every
// summary, work that must not land in the middle of opening articles right after the start.
// Scrolling past the first screen or exporting the library asks for it at once instead.
import type { StoreApi } from 'zustand/vanilla';
import type { FactmarkState } from './types';

export interface QuietOptions {
  /** How long nothing may have been opened before the list is asked for. */
  quietMs?: number;
  /** The longest it waits after the first screen shows, however busy the user is. */
  maxWaitMs?: number;
}

/** Starts waiting for a pause; answers a function that stops waiting. */
export function completeLibraryWhenQuiet(
  store: StoreApi<FactmarkState>,
  { quietMs = 1000, maxWaitMs = 10_000 }: QuietOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownAt: number | null = null;
  const stop = () => {
    clearTimeout(timer);
    unsubscribe();
  };
  const run = () => {
    stop();
    void store.getState().completeLibrary();
  };
  const arm = () => {
    shownAt ??= Date.now();
    clearTimeout(timer);
    const left = maxWaitMs - (Date.now() - shownAt);
    timer = setTimeout(run, Math.max(0, Math.min(quietMs, left)));
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.libraryComplete) return stop();
    if (state.libraryStatus !== 'ready') return;
    const shown = previous.libraryStatus !== 'ready';
    if (shown || state.opening !== previous.opening || state.article !== previous.article) arm();
  });
  const state = store.getState();
  if (state.libraryComplete) stop();
  else if (state.libraryStatus === 'ready') arm();
  return stop;
}
