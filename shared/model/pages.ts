// The page of a paged source (a PDF) that a span of canonical text starts on, from the pages
// its blocks carry. Articles from unpaged sources (web pages, Markdown) have no pages.
import { blockText, BLOCK_SEPARATOR, type Block } from './blocks';
import { codePointLength } from '../text/code-points';

const SEPARATOR_LENGTH = codePointLength(BLOCK_SEPARATOR);

/**
 * A lookup from a canonical code-point offset to the page of the block holding it (the block
 * before, for an offset in a separator); undefined when that block has no page.
 */
export function pageFinder(blocks: readonly Block[]): (offset: number) => number | undefined {
  if (!blocks.some((b) => b.page !== undefined)) return () => undefined;
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += codePointLength(blockText(block)) + SEPARATOR_LENGTH;
  }
  return (offset) => {
    // the last block starting at or before `offset`
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return blocks[low]?.page;
  };
}
