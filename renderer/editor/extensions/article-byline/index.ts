// `article-byline`: shows the article's byline under its title. The title is the first block
// of the text (claims can be made on headlines), so the byline cannot sit outside the editor;
// it is a widget, outside the document and the canonical text, that selections skip.
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { CHUNK_NODE } from '../article-blocks/chunk';

export interface ArticleBylineOptions {
  /**
   * Who wrote the article ("Dana Whitfield"); nothing is shown when null.
   * @default null
   */
  byline: string | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    articleByline: {
      /** Changes the byline shown under the title (null hides it). */
      setArticleByline: (byline: string | null) => ReturnType;
    };
  }
}

export const articleBylineKey = new PluginKey<DecorationSet>('articleByline');

function bylineWidget(doc: ProseMirrorNode, byline: string | null): DecorationSet {
  if (!byline) return DecorationSet.empty;
  // The first block, inside the first chunk when the article is chunked (article-blocks).
  const inChunk = doc.firstChild?.type.name === CHUNK_NODE;
  const first = inChunk ? doc.firstChild?.firstChild : doc.firstChild;
  const top = inChunk ? 1 : 0;
  // After the title when the text starts with one, else at the very top.
  const pos = first?.type.name === 'title' ? top + first.nodeSize : top;
  const render = (view: { dom: HTMLElement }) => {
    const element = view.dom.ownerDocument.createElement('p');
    element.className = 'fm-byline';
    element.contentEditable = 'false';
    element.textContent = byline;
    return element;
  };
  return DecorationSet.create(doc, [
    Decoration.widget(pos, render, { side: -1, ignoreSelection: true, key: `byline:${byline}` }),
  ]);
}

export const ArticleByline = Extension.create<ArticleBylineOptions>({
  name: 'articleByline',

  addOptions() {
    return { byline: null };
  },

  addCommands() {
    return {
      setArticleByline:
        (byline) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(articleBylineKey, { byline });
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { byline } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: articleBylineKey,
        state: {
          init: (_config, state) => bylineWidget(state.doc, byline),
          apply(tr, set) {
            const meta = tr.getMeta(articleBylineKey) as { byline: string | null } | undefined;
            if (meta) return bylineWidget(tr.doc, meta.byline);
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: { decorations: (state) => articleBylineKey.getState(state) },
      }),
    ];
  },
});
