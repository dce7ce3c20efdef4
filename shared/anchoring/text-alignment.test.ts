import { describe, expect, it } from 'vitest';
import { TextAlignment } from './text-alignment';

const TITLE = 'Meta releases Llama 4';
const A = 'Meta released Llama 4 Scout and Maverick on Saturday, two open-weight models.';
const B = 'Maverick scores 73.5% on MMLU, ahead of GPT-4o, according to the company.';
const C = 'Chief AI Officer Yann LeCun has long criticised scale-only approaches to intelligence.';
const D = 'Several cloud providers, including AWS and Azure, already host Llama 4 variants.';
const OLD = [TITLE, A, B, C, D].join('\n');

/** Where `word` (the `nth` occurrence) of the old text is expected in the new text. */
function mapped(newText: string, word: string, nth = 0) {
  const alignment = TextAlignment.between(OLD, newText);
  let start = -1;
  for (let k = 0; k <= nth; k++) start = OLD.indexOf(word, start + 1);
  return {
    start: alignment.mapStart(start),
    end: alignment.mapEnd(start + word.length),
    unchanged: alignment.isUnchanged(start, start + word.length, 16),
    alignment,
  };
}

describe('TextAlignment', () => {
  it.each([
    ['identical', OLD],
    ['a paragraph inserted before', [TITLE, 'Breaking news.', A, B, C, D].join('\n')],
    ['a paragraph deleted before', [TITLE, B, C, D].join('\n')],
    [
      'a word inserted in the paragraph',
      [TITLE, A, B.replace('ahead', 'well ahead'), C, D].join('\n'),
    ],
    ['the paragraph moved', [TITLE, A, C, D, B].join('\n')],
    ['the paragraph moved and edited', [TITLE, A, C, D, B.replace('company', 'firm')].join('\n')],
    ['every paragraph edited', [TITLE, A, B, C, D].map((p) => `${p} Yes.`).join('\n')],
  ])('maps a word exactly when its paragraph is %s', (_label, newText) => {
    const { start, end } = mapped(newText, '73.5% on MMLU');
    expect(newText.slice(start, end)).toBe('73.5% on MMLU');
  });

  it('keeps an inserted sentence whole when it starts like the one after it', () => {
    const oldText = 'Hard to compare. Tencent did not respond.\nNext.';
    const newText =
      'Hard to compare. Tencent said on Tuesday it won. Tencent did not respond.\nNext.';
    const alignment = TextAlignment.between(oldText, newText);
    // The old "Tencent" is the one that did not respond, not the one the new sentence starts with.
    expect(alignment.mapStart(oldText.indexOf('Tencent'))).toBe(newText.lastIndexOf('Tencent'));
  });

  it('keeps it whole too when the paragraph changed elsewhere as well', () => {
    const oldText = 'Costs are hard to compare. Tencent did not respond. Shares fell.\nNext.';
    const newText =
      'Costs are hard to compare. Tencent said on Tuesday it won. Tencent did not respond. Shares dropped.\nNext.';
    const alignment = TextAlignment.between(oldText, newText);
    expect(alignment.mapStart(oldText.indexOf('Tencent'))).toBe(newText.lastIndexOf('Tencent'));
  });

  it('knows which spans were carried over unchanged, with their context', () => {
    expect(mapped([TITLE, 'New.', A, B, C, D].join('\n'), 'Yann LeCun').unchanged).toBe(true);
    expect(mapped(OLD.replace('Chief AI', 'Chef AI'), 'Yann LeCun').unchanged).toBe(false);
    expect(mapped(OLD.replace('LeCun', 'Le Cun'), 'Yann LeCun').unchanged).toBe(false);
  });

  it('expects a rewritten sentence where the new one is', () => {
    const rewritten = 'Independent tests put Maverick at 73.5% on MMLU, beating GPT-4o.';
    const newText = [TITLE, A, rewritten, C, D].join('\n');
    const alignment = TextAlignment.between(OLD, newText);
    const expected = alignment.expectedRange(OLD.indexOf(B), OLD.indexOf(B) + B.length, 32);
    expect(expected.start).toBeLessThanOrEqual(newText.indexOf(rewritten));
    expect(expected.end).toBeGreaterThanOrEqual(newText.indexOf(rewritten) + rewritten.length);
    expect(alignment.changedRanges).toEqual([
      { start: newText.indexOf(rewritten), end: newText.indexOf(rewritten) + rewritten.length + 1 },
    ]);
  });

  it('tells old text carried over from elsewhere from new text', () => {
    const added = 'Analysts were not convinced by the numbers.';
    const newText = [TITLE, A, added, B, C, D].join('\n');
    const alignment = TextAlignment.between(OLD, newText);
    const own = (p: string) => [OLD.indexOf(p), OLD.indexOf(p) + p.length] as const;
    const at = (p: string) => [newText.indexOf(p), newText.indexOf(p) + p.length] as const;
    // Seen from a passage of C, D is someone else's text; the added sentence is nobody's.
    expect(alignment.foreignShare(...at(D), ...own(C))).toBe(1);
    expect(alignment.foreignShare(...at(added), ...own(C))).toBe(0);
    // Seen from D, D is its own text.
    expect(alignment.foreignShare(...at(D), ...own(D))).toBe(0);
    // A repeated paragraph is nobody's: which copy went where cannot be known.
    const copied = [TITLE, A, D, B, C, D].join('\n');
    const copiedAlignment = TextAlignment.between(OLD, copied);
    const lastD = copied.lastIndexOf(D);
    expect(copiedAlignment.foreignShare(lastD, lastD + D.length, ...own(C))).toBe(0);
  });
});
