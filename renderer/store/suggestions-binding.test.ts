import { describe, expect, it, vi } from 'vitest';
import { afterPaint } from './suggestions-binding';

describe('afterPaint', () => {
  it('runs a burst of requests once, later, and again for a later burst', async () => {
    const task = vi.fn();
    const request = afterPaint(task);
    request();
    request();
    request();
    expect(task).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
    request();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(2));
  });
});
