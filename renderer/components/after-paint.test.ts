import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[] = [];
  const runFrame = () => {
    const run = frames;
    frames = [];
    run.forEach((callback) => callback(performance.now()));
  };

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs nothing before the frame, and every waiting task in the task after it', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('claims'));
    afterNextPaint(() => ran.push('entities'));
    expect(frames).toHaveLength(1); // one frame asked for, however many wait
    runFrame();
    expect(ran).toEqual([]); // the animation frame comes before the paint
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['claims', 'entities']);
    vi.advanceTimersByTime(1_000);
    expect(ran).toEqual(['claims', 'entities']); // once each
  });

  it('still runs the tasks when no frame comes (a hidden page)', () => {
    const task = vi.fn();
    afterNextPaint(task);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledOnce();
    runFrame();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledOnce();
  });

  it('waits for a new frame for a task added after a flush', () => {
    const first = vi.fn();
    const second = vi.fn();
    afterNextPaint(first);
    runFrame();
    vi.advanceTimersByTime(0);
    afterNextPaint(second);
    vi.advanceTimersByTime(0);
    expect(second).not.toHaveBeenCalled();
    runFrame();
    vi.advanceTimersByTime(0);
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
  });
});
