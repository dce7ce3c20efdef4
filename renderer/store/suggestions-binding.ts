// Keeps the open article's suggestions current: the engine runs again when an article opens,
// its text or the entity registry changes; annotation edits (accept, undo, a claim marked by
// hand) only re-filter what is shown, which needs no engine.
import type { FactmarkStore } from './create-store';
import type { FactmarkState } from './types';
import { coalesced, whenIdle } from '../scheduling';

function needsEngine(state: FactmarkState, prev: FactmarkState): boolean {
  if (!state.article) return prev.article !== null;
  if (state.entitiesStatus === 'loading') return false;
  return (
    state.article.id !== prev.article?.id ||
    state.article.text !== prev.article.text ||
    state.registry !== prev.registry ||
    state.entitiesStatus !== prev.entitiesStatus
  );
}

/** A request for `task` when the page is idle (at most 300 ms later), once per burst. */
function whenIdleOnce(task: () => void): () => void {
  const idle = coalesced((t) => whenIdle(t, 300), task);
  return () => idle.request();
}

/** Subscribes `store` to itself for suggestions; returns the function that stops it. */
export function bindSuggestions(
  store: FactmarkStore,
  defer: (task: () => void) => () => void = whenIdleOnce,
): () => void {
  const first = store.getState();
  if (first.article && first.entitiesStatus !== 'loading') void first.refreshSuggestions();
  // Hiding suggestions that a new annotation covers is not on the path of painting that
  // annotation: it waits until the frame is out, so marking a claim stays within one frame.
  const refilter = defer(() => store.getState().updateVisibleSuggestions());
  return store.subscribe((state, prev) => {
    const article = state.article;
    const before = prev.article;
    const annotated =
      article &&
      before &&
      article.id === before.id &&
      (article.claims !== before.claims || article.mentions !== before.mentions);
    // One update may both edit annotations and the registry (an undo of a tag that created an
    // entity): what is shown is re-filtered at once while the engine runs again.
    if (annotated) refilter();
    if (needsEngine(state, prev)) void state.refreshSuggestions();
  });
}
