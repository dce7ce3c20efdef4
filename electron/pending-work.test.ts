import { describe, expect, it, vi } from 'vitest';
import { PendingWork } from './pending-work';

function deferred() {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('PendingWork', () => {
  it('settles at once when nothing is under way', async () => {
    await expect(new PendingWork().settled(10_000)).resolves.toBeUndefined();
  });

  it('waits for every tracked piece of work, failed ones included', async () => {
    const pending = new PendingWork();
    const save = deferred();
    const write = deferred();
    pending.track(save.promise);
    pending.track(write.promise).catch(() => {});
    let settled = false;
    const waiting = pending.settled(10_000).then(() => (settled = true));
    expect(pending.size).toBe(2);
    save.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    write.reject(new Error('disk full'));
    await waiting;
    expect(pending.size).toBe(0);
  });

  it('gives up waiting after the timeout', async () => {
    vi.useFakeTimers();
    try {
      const pending = new PendingWork();
      pending.track(new Promise(() => {}));
      let settled = false;
      const waiting = pending.settled(30).then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(29);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands the tracked promise back unchanged', async () => {
    const pending = new PendingWork();
    await expect(pending.track(Promise.resolve(42))).resolves.toBe(42);
    await expect(pending.track(Promise.reject(new Error('no')))).rejects.toThrow('no');
  });
});
