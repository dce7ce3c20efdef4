// Builds the reading document from an article's blocks as ProseMirror JSON (never from HTML,
// whose parser collapses white space), and reads the block texts back to check the result.
import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Block, Mark } from '../../../../shared/model/blocks';

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

/** The flat reading document: one textblock per block, in order. */
export function articleDocument(blocks: readonly Block[]): JSONContent {
  return {
    type: 'doc',
    content: blocks.map((block) => ({
      ...blockNode(block),
      content: block.runs.map((run) =>
        run.marks?.length
          ? { type: 'text', text: run.text, marks: run.marks.map(markJson) }
          : { type: 'text', text: run.text },
      ),
    })),
  };
}

/** The text of each top-level block of a document, in order. */
export function documentBlockTexts(doc: ProseMirrorNode): string[] {
  const texts: string[] = [];
  doc.forEach((block) => texts.push(block.textContent));
  return texts;
}
