import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveSchedule } from './save-schedule';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function schedule() {
  const due = vi.fn();
  const s = new SaveSchedule({ delayMs: 400, retryDelaysMs: [2000, 5000], maxWaitMs: 1000, due });
  return { s, due };
}

describe('SaveSchedule', () => {
  it('is due after a pause in changes', () => {
    const { s, due } = schedule();
    s.changed();
    vi.advanceTimersByTime(300);
    s.changed();
    vi.advanceTimersByTime(300);
    expect(due).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(due).toHaveBeenCalledTimes(1);
  });

  it('is due at most maxWaitMs after the first change, however busy', () => {
    const { s, due } = schedule();
    for (let t = 0; t < 1000; t += 200) {
      s.changed();
      vi.advanceTimersByTime(200);
    }
    expect(due).toHaveBeenCalledTimes(1);
  });

  it('counts the wait again from the first change a save has not taken', async () => {
    const { s, due } = schedule();
    for (let t = 0; t < 1000; t += 200) {
      s.changed();
      vi.advanceTimersByTime(200);
    }
    expect(due).toHaveBeenCalledTimes(1);
    await s.run(async () => {});
    s.changed();
    vi.advanceTimersByTime(399);
    expect(due).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(due).toHaveBeenCalledTimes(2);
  });

  it('retries after a failure, waiting longer each time, and tells when it recovers', () => {
    const { s, due } = schedule();
    expect(s.failed()).toBe(1);
    vi.advanceTimersByTime(1999);
    expect(due).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(due).toHaveBeenCalledTimes(1);
    expect(s.failed()).toBe(2);
    expect(s.failed()).toBe(3);
    vi.advanceTimersByTime(4999);
    expect(due).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(due).toHaveBeenCalledTimes(2);
    expect(s.succeeded()).toBe(true);
    expect(s.succeeded()).toBe(false);
  });

  it('runs saves one after another, and a flush cancels the one due', async () => {
    const { s, due } = schedule();
    const order: string[] = [];
    let finishFirst = () => {};
    const first = s.run(
      () =>
        new Promise<void>((resolve) => {
          order.push('first starts');
          finishFirst = () => {
            order.push('first ends');
            resolve();
          };
        }),
    );
    s.changed();
    const second = s.flush(async () => void order.push('second'));
    await vi.advanceTimersByTimeAsync(0);
    finishFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
    vi.advanceTimersByTime(5000);
    expect(due).not.toHaveBeenCalled();
  });
});
