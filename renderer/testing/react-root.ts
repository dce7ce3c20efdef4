// A React root on a fresh element for each jsdom test of a describe block, unmounted after it.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  readonly container: HTMLElement;
  readonly root: Root;
}

/** Call inside `describe`: the returned object holds the current test's container and root. */
export function rootPerTest(): TestRoot {
  const current = {} as { container: HTMLElement; root: Root };
  beforeEach(() => {
    current.container = document.createElement('div');
    document.body.append(current.container);
    current.root = createRoot(current.container);
  });
  afterEach(() => {
    act(() => current.root.unmount());
    current.container.remove();
  });
  return current;
}
