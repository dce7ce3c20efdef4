// How the reading view groups a long article's blocks into chunks: runs of blocks that the
// browser lays out and paints only near the screen (CSS content-visibility on each chunk, not
// on each block: per-block containment costs every scrolled frame more than it saves).
// Pure, so the document builder and the position map (position-map.ts) agree on it.
import type { Block } from '../model/blocks';

/**
 * Characters (UTF-16 units) after which a chunk ends at the next place it may: small enough
 * that laying out a chunk as it scrolls near fits in a frame, large enough that the browser
 * tracks few of them (~60 for a 100,000-word article).
 */
export const CHUNK_CHARS = 12_000;

/**
 * Whether a chunk may end between these two blocks without the page looking different: only
 * between plain paragraphs (top margin 0), whose spacing does not depend on margins
 * collapsing across the chunk's edge, and never inside a table's run of floated cells.
 */
function mayBreakBetween(before: Block, after: Block): boolean {
  const plain = (b: Block) => b.type === 'paragraph' && b.placeholder === undefined;
  return plain(before) && plain(after);
}

/**
 * The index of the first block of each chunk, ascending and starting with 0; empty when the
 * article fits in one chunk, which then is not wrapped at all (the document stays flat).
 */
export function chunkStarts(blocks: readonly Block[], size = CHUNK_CHARS): number[] {
  const starts = [0];
  let chars = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (chars >= size && i > 0 && mayBreakBetween(blocks[i - 1]!, blocks[i]!)) {
      starts.push(i);
      chars = 0;
    }
    for (const run of blocks[i]!.runs) chars += run.text.length;
  }
  return starts.length > 1 ? starts : [];
}
