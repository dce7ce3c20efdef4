import { describe, expect, it } from 'vitest';
import {
  fitContext,
  sameSentenceRest,
  sentenceAround,
  sentenceRest,
  storedContext,
} from './passage';
import { salientTokens } from './similarity';

const TEXT =
  'Background\nMeta said on Monday that Maverick scores 73.5% on MMLU, ahead of GPT-4o. Shares rose.';
const QUOTE = 'Maverick scores 73.5% on MMLU';
const AT = TEXT.indexOf(QUOTE);

function fit(prefix: string, suffix: string) {
  return fitContext(TEXT, AT, AT + QUOTE.length, storedContext(prefix, suffix));
}

describe('fitContext', () => {
  it.each([
    ['the same context', 'Meta said on Monday that ', ', ahead of GPT-4o. Shares', true, true],
    [
      'a typo fixed in the context',
      'Meta siad on Monday that ',
      ', ahead of GPT-4o. Shares',
      true,
      true,
    ],
    ['one side changed', 'The company announced that ', ', ahead of GPT-4o. Shares', false, true],
    ['both sides changed', 'The company announced that ', ' in a new test run by', false, false],
    // A paragraph break in the stored context: only the part inside the paragraph counts, so a
    // paragraph that moved under another heading still fits.
    [
      'a different paragraph before',
      'Costs\nMeta said on Monday that ',
      ', ahead of GPT-4o. Shares',
      true,
      true,
    ],
  ])('%s', (_label, prefix, suffix, strong, partial) => {
    const result = fit(prefix, suffix);
    expect(result.strong).toBe(strong);
    expect(result.partial).toBe(partial);
  });

  it('scores each side from 0 to 1', () => {
    const same = fit('Meta said on Monday that ', ', ahead of GPT-4o. Shares');
    expect(same.prefix).toBe(1);
    expect(same.suffix).toBe(1);
    expect(fit('zzzzzzzzzz', 'zzzzzzzzzz').prefix).toBe(0);
  });
});

describe('sentenceRest', () => {
  it('is the rest of the sentence around a span, within its paragraph', () => {
    expect(sentenceRest(TEXT, AT, AT + QUOTE.length)).toBe(
      'Meta said on Monday that  , ahead of GPT-4o.',
    );
    const shares = TEXT.indexOf('Shares');
    expect(sentenceRest(TEXT, shares, shares + 6)).toBe('  rose.');
    expect(sentenceRest(TEXT, 0, 10)).toBe(' ');
    expect(sentenceAround(TEXT, AT, AT + QUOTE.length)).toEqual({
      from: TEXT.indexOf('Meta'),
      to: TEXT.indexOf(' Shares'),
    });
  });

  it.each([
    ['the same', 'Meta said that , in 2024', 'Meta said that , in 2024', true],
    ['another year', 'Meta said that , in 2024', 'Meta said that , in 2025', false],
    ['another company', 'Meta said that , in 2024', 'Google said that , in 2024', false],
    ['other plain words', 'Meta said that , in 2024', 'Meta claimed that , in 2024', true],
  ])('sameSentenceRest: %s', (_label, a, b, same) => {
    expect(sameSentenceRest(salientTokens(a), b)).toBe(same);
  });
});
