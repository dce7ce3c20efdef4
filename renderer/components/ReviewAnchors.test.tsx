// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFactmarkStore } from '../store/create-store';
import { fakeApi } from '../testing/fake-api';
import { DriftedBadge } from './ReviewAnchors';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('DriftedBadge', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const show = (previousQuote: string, quote: string) => {
    const store = createFactmarkStore({ api: fakeApi([]) });
    act(() =>
      root.render(createElement(DriftedBadge, { spanId: 'clm_1', quote, previousQuote, store })),
    );
    return container.querySelector('[aria-label="Drifted"]')!.textContent;
  };

  it('leads with the figure when only a figure changed', () => {
    const text = show('Maverick scores 86.3% on MMLU', 'Maverick scores 79.1% on MMLU');
    expect(text).toContain('Figure86.3% → 79.1%');
    expect(text).toContain('Was“Maverick scores 86.3% on MMLU”');
  });

  it('shows no figure when words changed', () => {
    const text = show('Maverick outperforms GPT-4o', 'Maverick clearly outperforms GPT-4o');
    expect(text).not.toContain('Figure');
    expect(text).toContain('Now“Maverick clearly outperforms GPT-4o”');
  });
});
