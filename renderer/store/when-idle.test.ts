import { describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  it('asks the host for an idle callback with the timeout', () => {
    const requestIdleCallback = vi.fn((task: () => void) => {
      task();
      return 1;
    });
    const task = vi.fn();
    whenIdle(task, 300, { requestIdleCallback });
    expect(requestIdleCallback).toHaveBeenCalledWith(task, { timeout: 300 });
    expect(task).toHaveBeenCalledOnce();
  });

  it.each([
    ['now', 1],
    ['later', 0],
  ] as const)('without idle callbacks runs %s', (otherwise, runsAtOnce) => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle(task, 300, {}, otherwise);
    expect(task).toHaveBeenCalledTimes(runsAtOnce);
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});
