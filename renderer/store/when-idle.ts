// Background work of the store (autosave, the journal, suggestions) waits for an idle moment,
// so it never lands in the frame that shows the user's edit.

type IdleRequest = (task: () => void, options: { timeout: number }) => number;

/**
 * Runs `task` when `host` (the page) is idle, and at the latest after `timeoutMs`. Where there
 * is no requestIdleCallback (Node), it runs at once, or in a task of its own when `otherwise`
 * is 'later'.
 */
export function whenIdle(
  task: () => void,
  timeoutMs: number,
  host: object = globalThis,
  otherwise: 'now' | 'later' = 'now',
): void {
  const idle = (host as { requestIdleCallback?: IdleRequest }).requestIdleCallback;
  if (idle) idle.call(host, task, { timeout: timeoutMs });
  else if (otherwise === 'later') setTimeout(task, 0);
  else task();
}
