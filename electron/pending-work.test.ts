import { describe, expect, it } from 'vitest';
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
    const pending = new PendingWork();
    pending.track(new Promise(() => {}));
    const started = Date.now();
    await pending.settled(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('hands the tracked promise back unchanged', async () => {
    const pending = new PendingWork();
    await expect(pending.track(Promise.resolve(42))).resolves.toBe(42);
    await expect(pending.track(Promise.reject(new Error('no')))).rejects.toThrow('no');
  });
});
