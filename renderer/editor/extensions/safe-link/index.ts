// `safe-link`: the link mark of the reading view. Only http(s) and mailto targets become
// `<a href>` (with rel="noopener noreferrer"); anything else renders as plain text. A click
// never navigates the page: it asks the host to open the link in the system browser.
import { Mark } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { safeHref } from '../../../../shared/model/blocks';

export interface SafeLinkOptions {
  /**
   * Opens a link the user clicked (in the app: the host's `openExternal` call).
   * @default a function that does nothing
   */
  openExternal: (url: string) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    safeLink: {
      /** Opens the link at a document position, if there is one. */
      openLinkAt: (pos: number) => ReturnType;
    };
  }
}

export const safeLinkPluginKey = new PluginKey('safeLink');

/** The href of the link mark at `pos`, if it is safe to open. */
function hrefAt(view: EditorView, pos: number): string | undefined {
  const $pos = view.state.doc.resolve(pos);
  const mark = [...$pos.marks(), ...($pos.nodeAfter?.marks ?? [])].find(
    (m) => m.type.name === 'link',
  );
  return safeHref(mark?.attrs.href as string | undefined);
}

/** True while the user has text selected: a click that ends a selection is not a link click. */
function selecting(view: EditorView): boolean {
  const selection = view.dom.ownerDocument.getSelection();
  return !!selection && !selection.isCollapsed;
}

export const SafeLink = Mark.create<SafeLinkOptions>({
  name: 'link',
  inclusive: false,

  addOptions() {
    return { openExternal: () => {} };
  },

  addAttributes() {
    return { href: { default: null, rendered: false } };
  },

  parseHTML() {
    return [
      { tag: 'a[href]', getAttrs: (dom) => ({ href: safeHref(dom.getAttribute('href')) ?? null }) },
    ];
  },

  renderHTML({ mark }) {
    const href = safeHref(mark.attrs.href as string | undefined);
    return href
      ? ['a', { href, rel: 'noopener noreferrer', class: 'fm-link' }, 0]
      : ['span', { class: 'fm-link-unsafe' }, 0];
  },

  addCommands() {
    return {
      openLinkAt:
        (pos) =>
        ({ view }) => {
          const href = hrefAt(view, pos);
          if (href) this.options.openExternal(href);
          return !!href;
        },
    };
  },

  addProseMirrorPlugins() {
    const open = (href: string) => this.options.openExternal(href);
    return [
      new Plugin({
        key: safeLinkPluginKey,
        props: {
          handleDOMEvents: {
            click: (view, event) => {
              const link = (event.target as Element | null)?.closest?.('a[href]');
              if (!link || !view.dom.contains(link)) return false;
              // The page itself never follows a link from an article.
              event.preventDefault();
              const href = safeHref(link.getAttribute('href'));
              if (href && event.button === 0 && !selecting(view)) open(href);
              return true;
            },
            auxclick: (view, event) => {
              const link = (event.target as Element | null)?.closest?.('a[href]');
              if (!link || !view.dom.contains(link)) return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
