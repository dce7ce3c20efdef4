// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFactmarkStore } from '../store/create-store';
import { StoreContext } from '../store/hooks';
import { fakeApi } from '../testing/fake-api';
import { useFactmarkAfterPaint } from './after-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('useFactmarkAfterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  const paint = () =>
    act(() => {
      const run = frames;
      frames = [];
      run.forEach((callback) => callback(0));
      vi.advanceTimersByTime(0);
    });

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

  it('shows a change only after the next paint, and renders nothing in the update itself', () => {
    const store = createFactmarkStore({ api: fakeApi([]) });
    const renders: (string | null)[] = [];
    function Probe() {
      const id = useFactmarkAfterPaint((s) => s.activeClaimId);
      renders.push(id);
      return createElement('span', null, id ?? 'none');
    }
    const container = document.createElement('div');
    const root = createRoot(container);
    act(() =>
      root.render(createElement(StoreContext.Provider, { value: store }, createElement(Probe))),
    );
    expect(container.textContent).toBe('none');
    const before = renders.length;

    act(() => store.getState().setActiveClaim('clm_1'));
    expect(renders.length).toBe(before); // the update that made the change renders nothing
    expect(container.textContent).toBe('none');

    paint();
    expect(container.textContent).toBe('clm_1');

    // Changes in a row end at the latest value; an unrelated change renders nothing.
    act(() => {
      store.getState().setActiveClaim('clm_2');
      store.getState().setActiveClaim('clm_3');
    });
    paint();
    expect(container.textContent).toBe('clm_3');
    const settled = renders.length;
    act(() => store.getState().toggleTheme());
    paint();
    expect(renders.length).toBe(settled);
    act(() => root.unmount());
  });
});
