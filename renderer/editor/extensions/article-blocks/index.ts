// `article-blocks`: the nodes of the flat reading document, and a command that loads an
// article's blocks into the editor. It has no plugin: the document is static once loaded.
import { Extension } from '@tiptap/core';
import type { Block } from '../../../../shared/model/blocks';
import { ChunkNode } from './chunk';
import { articleDocument } from './document';
import {
  CodeNode,
  DEFAULT_BULLETS,
  ImagePlaceholderNode,
  ListItemNode,
  QuoteNode,
  TableCellNode,
  TitleNode,
} from './nodes';

export { articleDocument, documentBlockTexts } from './document';
export { CHUNK_NODE } from './chunk';

export interface ArticleBlocksOptions {
  /**
   * Markers of bulleted list items by nesting depth, repeating when lists nest deeper.
   * @default ['•', '◦', '▪']
   */
  bullets: readonly string[];
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    articleBlocks: {
      /** Replaces the whole document with these blocks (one textblock each). */
      setArticleBlocks: (blocks: readonly Block[]) => ReturnType;
    };
  }
}

export const ArticleBlocks = Extension.create<ArticleBlocksOptions>({
  name: 'articleBlocks',

  addOptions() {
    return { bullets: DEFAULT_BULLETS };
  },

  addExtensions() {
    return [
      ChunkNode,
      TitleNode,
      ListItemNode.configure({ bullets: this.options.bullets }),
      QuoteNode,
      CodeNode,
      TableCellNode,
      ImagePlaceholderNode,
    ];
  },

  addCommands() {
    return {
      setArticleBlocks:
        (blocks) =>
        ({ commands }) =>
          commands.setContent(articleDocument(blocks), { emitUpdate: false }),
    };
  },
});
