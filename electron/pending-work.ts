// Keeps count of work under way (a contract call saving, the window state being written) so
// that a host can wait for it before it quits: a write cut short is an annotation lost.
export class PendingWork {
  private count = 0;
  private waiters: (() => void)[] = [];

  /** Counts `work` until it settles; answers it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.count++;
    const done = () => {
      this.count--;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    };
    work.then(done, done);
    return work;
  }

  get size(): number {
    return this.count;
  }

  /** Resolves once nothing is under way, or after `timeoutMs`, whichever comes first. */
  settled(timeoutMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
