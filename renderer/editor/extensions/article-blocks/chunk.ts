// The chunk node: a run of blocks of a long article that the browser skips (style, layout,
// paint) while it is far from the screen, sized meanwhile by an estimate from its text. A
// plain `div`, so headings and paragraphs inside stay what they are to screen readers.
import { Node } from '@tiptap/core';
import type { Block } from '../../../../shared/model/blocks';

export const CHUNK_NODE = 'articleChunk';

/**
 * Characters in a line of the reading column (68ch of the reading font: prose averages
 * narrower than the `0` that `ch` measures; 92 matched the benchmark article's real height
 * within a few per cent), and the lines a block's bottom margin takes (1em under a 1.6 line
 * height). Only an estimate: a chunk that has been shown keeps its real height
 * (`contain-intrinsic-size: auto`).
 */
const CHARS_PER_LINE = 92;
const MARGIN_LINES = 0.625;

/** Lines of the reading column that these blocks are expected to fill. */
export function estimatedLines(blocks: readonly Block[]): number {
  let lines = 0;
  for (const block of blocks) {
    let chars = 0;
    for (const run of block.runs) chars += run.text.length;
    lines += Math.max(1, Math.ceil(chars / CHARS_PER_LINE)) + MARGIN_LINES;
  }
  return Math.round(lines);
}

export const ChunkNode = Node.create({
  name: CHUNK_NODE,
  group: 'block',
  content: 'block+',
  addAttributes: () => ({ lines: { default: 1, rendered: false } }),
  parseHTML: () => [{ tag: 'div.fm-chunk' }],
  renderHTML: () => ['div', { class: 'fm-chunk' }, 0],
  addNodeView() {
    // The estimate goes in through the CSSOM: a `style` attribute would break the CSP.
    return ({ node, view }) => {
      const dom = view.dom.ownerDocument.createElement('div');
      dom.className = 'fm-chunk';
      dom.style.containIntrinsicSize = `auto ${Number(node.attrs.lines) || 1}lh`;
      return { dom, contentDOM: dom };
    };
  },
});
