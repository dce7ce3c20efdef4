// When deferred work runs, said by the name of the function that schedules it. The renderer
// defers work for one reason: to keep it out of the frame that shows the user's edit. So:
// - `nextFrame`: at the start of the next animation frame, before its style, layout and paint
//   (reading what the last frame laid out, or changing what this one paints);
// - `afterPaint`: in a task after the next frame has been painted (work the edit's frame must
//   not wait for, such as panels that list every annotation);
// - `whenIdle`: when the page has nothing else to do, or after a timeout (saving, the journal,
//   re-filtering suggestions).
// `coalesced` turns any of them into a request that runs its task once per burst.

/** Stops a scheduled task from running (nothing happens once it has run). */
export type Cancel = () => void;

/** The page's scheduling functions (a fake in tests). */
export interface SchedulingHost {
  requestAnimationFrame?: (callback: FrameRequestCallback) => number;
  cancelAnimationFrame?: (handle: number) => void;
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
}

/** Longest wait for a frame that does not come (a hidden page runs no animation frames). */
export const NO_FRAME_FALLBACK_MS = 100;

const host = (given?: SchedulingHost): SchedulingHost => given ?? (globalThis as SchedulingHost);

/**
 * Runs `task` at the start of the next animation frame (before that frame's style, layout and
 * paint). Where there are no animation frames (Node), in a task of its own.
 */
export function nextFrame(task: (time: number) => void, on?: SchedulingHost): Cancel {
  const page = host(on);
  if (typeof page.requestAnimationFrame !== 'function') {
    const timer = setTimeout(() => task(performance.now()), 0);
    return () => clearTimeout(timer);
  }
  const frame = page.requestAnimationFrame.call(page, task);
  return () => page.cancelAnimationFrame?.call(page, frame);
}

interface PaintWait {
  tasks: Array<(() => void) | null>;
  ran: boolean;
}

/** The tasks waiting for the next paint: one frame and one timer for all of them. */
let waiting: PaintWait | null = null;

/**
 * Runs `task` in a task after the next frame has been painted (a timeout set in an animation
 * frame runs after that frame's paint), together and in order with every other task waiting for
 * the same paint; after NO_FRAME_FALLBACK_MS when no frame comes.
 */
export function afterPaint(task: () => void, on?: SchedulingHost): Cancel {
  if (!waiting) {
    const wait: PaintWait = { tasks: [], ran: false };
    waiting = wait;
    const run = () => {
      if (wait.ran) return;
      wait.ran = true;
      clearTimeout(fallback);
      if (waiting === wait) waiting = null;
      for (const t of wait.tasks) t?.();
    };
    const fallback = setTimeout(run, NO_FRAME_FALLBACK_MS);
    nextFrame(() => setTimeout(run, 0), on);
  }
  const wait = waiting;
  const at = wait.tasks.push(task) - 1;
  return () => {
    wait.tasks[at] = null;
  };
}

/**
 * Runs `task` when the page is idle, and at the latest after `timeoutMs`. Where nothing reports
 * idle time (Node, unit tests), it runs at once.
 */
export function whenIdle(task: () => void, timeoutMs: number, on?: SchedulingHost): Cancel {
  const page = host(on);
  if (typeof page.requestIdleCallback !== 'function') {
    task();
    return () => {};
  }
  const handle = page.requestIdleCallback.call(page, task, { timeout: timeoutMs });
  return () => page.cancelIdleCallback?.call(page, handle);
}

/** A request that runs its task once per burst, then can be asked again. */
export interface CoalescedTask {
  /** Asks for the task to run; more requests before it has run add nothing. */
  request(): void;
  /** Forgets a request not yet run. */
  cancel(): void;
}

/**
 * `task` behind a request that schedules it with `schedule` (`nextFrame`, `afterPaint`,
 * `(t) => whenIdle(t, 300)`…), once however many requests come before it runs.
 */
export function coalesced(schedule: (task: () => void) => Cancel, task: () => void): CoalescedTask {
  let pending: Cancel | null = null;
  return {
    request() {
      if (pending) return;
      let ran = false;
      const cancel = schedule(() => {
        ran = true;
        pending = null;
        task();
      });
      // a schedule that ran the task at once leaves nothing pending
      if (!ran) pending = cancel;
    },
    cancel() {
      pending?.();
      pending = null;
    },
  };
}
