// Builds the reading document from an article's blocks as ProseMirror JSON (never from HTML,
// whose parser collapses white space), and reads the block texts back to check the result.
// A long article's blocks are grouped in chunks (shared/text/reading-chunks.ts).
import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Block, Mark } from '../../../../shared/model/blocks';
import { chunkStarts } from '../../../../shared/text/reading-chunks';
import { CHUNK_NODE, estimatedLines } from './chunk';

function markJson(mark: Mark): { type: string; attrs?: Record<string, unknown> } {
  return mark.type === 'link' ? { type: 'link', attrs: { href: mark.href } } : { type: mark.type };
}

function blockNode(block: Block): Pick<JSONContent, 'type' | 'attrs'> {
  switch (block.type) {
    case 'title':
      return { type: 'title' };
    case 'heading':
      return { type: 'heading', attrs: { level: Math.min(Math.max(block.level ?? 2, 1), 6) } };
    case 'paragraph':
      return { type: block.placeholder === 'image' ? 'imagePlaceholder' : 'paragraph' };
    case 'listItem':
      return {
        type: 'listItem',
        attrs: {
          ordered: block.ordered ?? false,
          depth: block.depth ?? 0,
          number: block.number ?? null,
        },
      };
    case 'quote':
      return { type: 'quote' };
    case 'code':
      return { type: 'codeText' };
    case 'tableCell':
      return {
        type: 'tableCell',
        attrs: { row: block.row ?? 0, column: block.column ?? 0, header: block.header ?? false },
      };
  }
}

function textblockJson(block: Block): JSONContent {
  return {
    ...blockNode(block),
    content: block.runs.map((run) =>
      run.marks?.length
        ? { type: 'text', text: run.text, marks: run.marks.map(markJson) }
        : { type: 'text', text: run.text },
    ),
  };
}

/**
 * The reading document: one textblock per block, in order; grouped in chunks starting at the
 * blocks `chunks` names (the same the position map uses; empty: flat).
 */
export function articleDocument(
  blocks: readonly Block[],
  chunks: readonly number[] = chunkStarts(blocks),
): JSONContent {
  if (chunks.length === 0) return { type: 'doc', content: blocks.map(textblockJson) };
  return {
    type: 'doc',
    content: chunks.map((first, c) => {
      const members = blocks.slice(first, chunks[c + 1] ?? blocks.length);
      return {
        type: CHUNK_NODE,
        attrs: { lines: estimatedLines(members) },
        content: members.map(textblockJson),
      };
    }),
  };
}

/** The text of each block (textblock) of a document, in order, chunked or not. */
export function documentBlockTexts(doc: ProseMirrorNode): string[] {
  const texts: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    texts.push(node.textContent);
    return false;
  });
  return texts;
}
