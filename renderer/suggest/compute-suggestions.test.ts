// The suggestion worker's deadline: a request the worker does not answer in time fails with a
// message, the worker is ended, and the next request gets a fresh one.
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { SuggestionRequest } from './types';

/** A worker that never answers, as one stuck on a text the engine cannot cope with. */
class SilentWorker {
  static made: SilentWorker[] = [];
  terminated = false;
  constructor() {
    SilentWorker.made.push(this);
  }
  addEventListener(): void {}
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

vi.stubGlobal('Worker', SilentWorker);
vi.useFakeTimers();
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const request = {
  text: 'x',
  registry: {},
  gazetteer: false,
  rejected: [],
} as unknown as SuggestionRequest;

describe('computeSuggestions past its deadline', () => {
  it('fails with a message, ends the worker, and starts a fresh one for the next request', async () => {
    const { computeSuggestions, SUGGESTION_DEADLINE_MS } = await import('./compute-suggestions');
    const first = computeSuggestions(request).catch((e: Error) => e.message);
    vi.advanceTimersByTime(SUGGESTION_DEADLINE_MS - 1);
    expect(SilentWorker.made[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await first).toBe('they took longer than 60 s — stopped');
    expect(SilentWorker.made[0]!.terminated).toBe(true);

    void computeSuggestions(request).catch(() => undefined);
    expect(SilentWorker.made).toHaveLength(2);
  });
});
