import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterPaint,
  coalesced,
  nextFrame,
  NO_FRAME_FALLBACK_MS,
  whenIdle,
  type SchedulingHost,
} from './scheduling';

/** A page with animation frames and idle callbacks run by hand; timers are vitest's fakes. */
function fakePage() {
  let frames: Array<FrameRequestCallback | null> = [];
  let idle: Array<(() => void) | null> = [];
  const page: Required<SchedulingHost> = {
    requestAnimationFrame: (callback) => frames.push(callback),
    cancelAnimationFrame: (handle) => void (frames[handle - 1] = null),
    requestIdleCallback: (callback) => idle.push(callback),
    cancelIdleCallback: (handle) => void (idle[handle - 1] = null),
  };
  return {
    page,
    frame() {
      const run = frames;
      frames = [];
      run.forEach((callback) => callback?.(0));
    },
    idle() {
      const run = idle;
      idle = [];
      run.forEach((callback) => callback?.());
    },
  };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

type Step = 'frame' | 'task' | 'idle' | 'fallback';

/** Runs `steps` one by one; after each, what had run. */
function after(steps: readonly Step[], schedule: (page: SchedulingHost, ran: () => void) => void) {
  const fake = fakePage();
  let runs = 0;
  schedule(fake.page, () => runs++);
  const seen: number[] = [runs];
  for (const step of steps) {
    if (step === 'frame') fake.frame();
    else if (step === 'idle') fake.idle();
    else if (step === 'task') vi.advanceTimersByTime(0);
    else vi.advanceTimersByTime(NO_FRAME_FALLBACK_MS);
    seen.push(runs);
  }
  return seen;
}

describe('when each function runs its task', () => {
  it.each<[string, (page: SchedulingHost, ran: () => void) => void, Step[], number[]]>([
    [
      'nextFrame: in the next frame, not before',
      (p, ran) => nextFrame(ran, p),
      ['task', 'frame'],
      [0, 0, 1],
    ],
    ['nextFrame: cancelled, never', (p, ran) => nextFrame(ran, p)(), ['frame', 'task'], [0, 0, 0]],
    [
      'afterPaint: in the task after the frame',
      (p, ran) => afterPaint(ran, p),
      ['task', 'frame', 'task'],
      [0, 0, 0, 1],
    ],
    [
      'afterPaint: without frames, after the fallback',
      (p, ran) => afterPaint(ran, p),
      ['task', 'fallback', 'frame', 'task'],
      [0, 0, 1, 1, 1],
    ],
    [
      'afterPaint: cancelled, never',
      (p, ran) => afterPaint(ran, p)(),
      ['frame', 'task', 'fallback'],
      [0, 0, 0, 0],
    ],
    [
      'whenIdle: when idle',
      (p, ran) => whenIdle(ran, 300, p),
      ['frame', 'task', 'idle'],
      [0, 0, 0, 1],
    ],
    ['whenIdle: cancelled, never', (p, ran) => whenIdle(ran, 300, p)(), ['idle'], [0, 0]],
    [
      'whenIdle: with no idle callbacks, at once',
      (_p, ran) => whenIdle(ran, 300, {}),
      ['idle'],
      [1, 1],
    ],
  ])('%s', (_label, schedule, steps, expected) => {
    expect(after(steps, schedule)).toEqual(expected);
  });
});

describe('afterPaint', () => {
  it('runs every task waiting for one paint together, in order, with one frame asked for', () => {
    const fake = fakePage();
    const asked = vi.spyOn(fake.page, 'requestAnimationFrame');
    const ran: string[] = [];
    afterPaint(() => ran.push('claims'), fake.page);
    afterPaint(() => ran.push('entities'), fake.page);
    expect(asked).toHaveBeenCalledOnce();
    fake.frame();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['claims', 'entities']);
    vi.advanceTimersByTime(1_000);
    expect(ran).toEqual(['claims', 'entities']);
  });

  it('waits for a new frame for a task asked for after a paint', () => {
    const fake = fakePage();
    const second = vi.fn();
    afterPaint(() => afterPaint(second, fake.page), fake.page);
    fake.frame();
    vi.advanceTimersByTime(0);
    expect(second).not.toHaveBeenCalled();
    fake.frame();
    vi.advanceTimersByTime(0);
    expect(second).toHaveBeenCalledOnce();
  });
});

describe('coalesced', () => {
  it('runs a burst of requests once, and again for a later burst', () => {
    const fake = fakePage();
    const task = vi.fn();
    const request = coalesced((t) => whenIdle(t, 300, fake.page), task);
    request.request();
    request.request();
    expect(task).not.toHaveBeenCalled();
    fake.idle();
    expect(task).toHaveBeenCalledOnce();
    request.request();
    fake.idle();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('forgets a cancelled request, and takes a new one', () => {
    const fake = fakePage();
    const task = vi.fn();
    const request = coalesced((t) => nextFrame(t, fake.page), task);
    request.request();
    request.cancel();
    fake.frame();
    expect(task).not.toHaveBeenCalled();
    request.request();
    fake.frame();
    expect(task).toHaveBeenCalledOnce();
  });

  it('asks again after a schedule that ran the task at once', () => {
    const task = vi.fn();
    const request = coalesced((t) => whenIdle(t, 300, {}), task);
    request.request();
    request.request();
    expect(task).toHaveBeenCalledTimes(2);
  });
});
