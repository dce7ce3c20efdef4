// Blocks for an imported text that comes without them: paragraphs split at the blank lines
// that join blocks, so the canonical text of the result is the text, exactly.
import { BLOCK_SEPARATOR, type Block } from '../model/blocks';

/**
 * Splits `text` at each `\n\n` into blocks; a piece that would be empty (three or more line
 * breaks in a row, or a break at an edge) stays joined to its neighbour, since a block is never
 * empty. The first block is the title when it equals `title`.
 */
export function blocksFromText(text: string, title?: string): Block[] {
  if (text === '') return [];
  const pieces: string[] = [];
  for (const part of text.split(BLOCK_SEPARATOR)) {
    const last = pieces.length - 1;
    if (last >= 0 && (part === '' || pieces[last] === '')) {
      pieces[last] += BLOCK_SEPARATOR + part;
    } else {
      pieces.push(part);
    }
  }
  return pieces.map((piece, i) => ({
    type: i === 0 && piece === title ? 'title' : 'paragraph',
    runs: [{ text: piece }],
  }));
}
