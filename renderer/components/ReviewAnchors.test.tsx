// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { createFactmarkStore } from '../store/create-store';
import { fakeApi } from '../testing/fake-api';
import { rootPerTest } from '../testing/react-root';
import { DriftedBadge } from './ReviewAnchors';

describe('DriftedBadge', () => {
  const mounted = rootPerTest();

  const show = (previousQuote: string, quote: string) => {
    const store = createFactmarkStore({ api: fakeApi([]) });
    act(() =>
      mounted.root.render(
        createElement(DriftedBadge, { spanId: 'clm_1', quote, previousQuote, store }),
      ),
    );
    return mounted.container.querySelector('[aria-label="Drifted"]')!.textContent;
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
