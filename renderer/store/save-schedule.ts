// When autosave runs: after a pause in editing, at most `maxWaitMs` after the first unsaved
// change however busy the user is, and after a failure again and again, waiting longer each
// time. Saves run one after another, never two at once.
export interface SaveScheduleOptions {
  /** A pause in editing this long makes the save due. */
  delayMs: number;
  /** Waits before each retry after a failure; the last one repeats. */
  retryDelaysMs: readonly number[];
  /** However busy the user is, a change waits no longer than this. */
  maxWaitMs: number;
  /** Called when a save is due (the caller runs it, typically when the page is idle). */
  due: () => void;
  now?: () => number;
}

export class SaveSchedule {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet taken by a save was queued. */
  private firstPendingAt: number | null = null;
  /** Saves failed in a row. */
  private failures = 0;
  /** The save running or last run: the next one starts after it. */
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: SaveScheduleOptions) {}

  /** A change was queued. */
  changed(): void {
    const now = (this.options.now ?? Date.now)();
    this.firstPendingAt ??= now;
    this.after(
      Math.min(
        this.options.delayMs,
        Math.max(0, this.firstPendingAt + this.options.maxWaitMs - now),
      ),
    );
  }

  /** Runs `save` after the one before it; the changes pending now are its to take. */
  run(save: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(() => {
      this.firstPendingAt = null;
      return save();
    });
    return this.chain;
  }

  /** Runs `save` now (after any running one), instead of when it was due. */
  flush(save: () => Promise<void>): Promise<void> {
    this.cancel();
    return this.run(save);
  }

  /** A save failed: tries again later. Answers how many failed in a row. */
  failed(): number {
    this.failures++;
    const delays = this.options.retryDelaysMs;
    this.after(delays[Math.min(this.failures - 1, delays.length - 1)] ?? this.options.delayMs);
    return this.failures;
  }

  /** A save succeeded; true when it ended a run of failures. */
  succeeded(): boolean {
    const recovered = this.failures > 0;
    this.failures = 0;
    return recovered;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private after(delay: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.options.due();
    }, delay);
  }
}
