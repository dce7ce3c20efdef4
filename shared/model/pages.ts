// The page of a paged source (a PDF) that a span of canonical text starts on, from the pages
// its blocks carry. Articles from unpaged sources (web pages, Markdown) have no pages.
import type { Block } from './blocks';
import { PositionMap } from '../text/position-map';

/**
 * A lookup from a canonical code-point offset to the page of the block holding it (the block
 * before, for an offset in a separator); undefined when that block has no page.
 */
export function pageFinder(blocks: readonly Block[]): (offset: number) => number | undefined {
  if (!blocks.some((b) => b.page !== undefined)) return () => undefined;
  const map = new PositionMap(blocks);
  return (offset) => blocks[map.blockAtOffset(offset)]?.page;
}
