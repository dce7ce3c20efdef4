import { describe, expect, it } from 'vitest';
import { canonicalText, makeBlock, type Block } from './blocks';
import { pageFinder } from './pages';

const pdfBlocks: Block[] = [
  makeBlock('title', [{ text: 'Llama 4 report' }], { page: 1 })!,
  makeBlock('paragraph', [{ text: 'Scout 🦙 fits on one GPU.' }], { page: 1 })!,
  makeBlock('paragraph', [{ text: 'Maverick achieves 73.5% on MMLU.' }], { page: 2 })!,
  makeBlock('paragraph', [{ text: 'Behemoth is still training.' }], { page: 7 })!,
];
const canonical = canonicalText(pdfBlocks);
const text = [...canonical];
/** The code-point offset of `quote` in the canonical text. */
const offsetOf = (quote: string) => [...canonical.slice(0, canonical.indexOf(quote))].length;

describe('pageFinder', () => {
  const pageOf = pageFinder(pdfBlocks);
  it.each([
    ['the title', 0, 1],
    ['a claim on the first page', offsetOf('Scout'), 1],
    ['a claim starting on page 2', offsetOf('Maverick'), 2],
    ['the last word of page 2', offsetOf('MMLU'), 2],
    ['a separator before page 7 (counts the block before)', offsetOf('Behemoth') - 1, 2],
    ['the last block', offsetOf('training'), 7],
    ['the end of the text', text.length, 7],
  ])('%s → page %i', (_label, offset, page) => {
    expect(pageOf(offset)).toBe(page);
  });

  it('counts code points, not UTF-16 units (an emoji before the span)', () => {
    // 'Maverick' starts after the llama emoji: one code point, two UTF-16 units
    const cpOffset = text.indexOf('M', text.indexOf('🦙'));
    expect(pageOf(cpOffset)).toBe(2);
  });

  it('answers undefined for an unpaged article', () => {
    const page = pageFinder([makeBlock('paragraph', [{ text: 'Web page.' }])!]);
    expect(page(0)).toBeUndefined();
    expect(pageFinder([])(0)).toBeUndefined();
  });
});
