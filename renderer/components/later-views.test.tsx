// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { rootPerTest } from '../testing/react-root';
import { laterView } from './later-views';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A chunk that arrives when the test says so. */
function deferredChunk() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<typeof Greeting>((resolve, reject) => {
    arrive = () => resolve(Greeting);
    fail = reject;
  });
  return { load: vi.fn(() => promise), arrive, fail };
}

describe('laterView', () => {
  const mounted = rootPerTest();

  it('shows its fallback until the chunk arrives, then the view, loading once', async () => {
    const chunk = deferredChunk();
    const View = laterView(chunk.load, <p>Loading…</p>);
    act(() => mounted.root.render(<View name="Ana" />));
    expect(mounted.container.textContent).toBe('Loading…');
    await act(async () => chunk.arrive());
    expect(mounted.container.textContent).toBe('Hello Ana');
    act(() => mounted.root.render(<View name="Ben" />));
    expect(mounted.container.textContent).toBe('Hello Ben');
    expect(chunk.load).toHaveBeenCalledTimes(1);
  });

  it('renders in the same commit once preloaded: no fallback frame', async () => {
    const chunk = deferredChunk();
    const View = laterView(chunk.load, <p>Loading…</p>);
    const preloaded = View.preload();
    chunk.arrive();
    await preloaded;
    act(() => mounted.root.render(<View name="Ana" />));
    expect(mounted.container.textContent).toBe('Hello Ana');
  });

  it('says so when the chunk fails, and tries again on the next mount', async () => {
    const chunk = deferredChunk();
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockImplementationOnce(chunk.load)
      .mockResolvedValue(Greeting);
    const View = laterView(load, <p>Loading…</p>);
    act(() => mounted.root.render(<View name="Ana" />));
    await act(async () => chunk.fail(new Error('network down')));
    expect(mounted.container.querySelector('[role="alert"]')?.textContent).toContain(
      'network down',
    );
    act(() => mounted.root.render(<></>));
    await act(async () => mounted.root.render(<View name="Ana" />));
    expect(mounted.container.textContent).toBe('Hello Ana');
  });
});
