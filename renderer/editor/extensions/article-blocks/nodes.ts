// The flat textblock nodes of the reading document that StarterKit lacks: the title, list
// items, quotes, code and table cells. Each holds text directly (no nesting), so positions stay
// arithmetic over block lengths (shared/text/position-map.ts). Structure lives in attributes,
// shown by CSS (markers, indentation, table rows).
import { Node } from '@tiptap/core';

/** Bullets by nesting depth, repeating. */
export const DEFAULT_BULLETS: readonly string[] = ['•', '◦', '▪'];

interface ListItemOptions {
  bullets: readonly string[];
}

export const TitleNode = Node.create({
  name: 'title',
  group: 'block',
  content: 'inline*',
  parseHTML: () => [{ tag: 'h1.fm-title' }],
  renderHTML: () => ['h1', { class: 'fm-block fm-title' }, 0],
});

export const ListItemNode = Node.create<ListItemOptions>({
  name: 'listItem',
  addOptions: () => ({ bullets: DEFAULT_BULLETS }),
  group: 'block',
  content: 'inline*',
  addAttributes: () => ({
    ordered: { default: false, rendered: false },
    depth: { default: 0, rendered: false },
    number: { default: null, rendered: false },
  }),
  parseHTML: () => [{ tag: 'p.fm-list-item' }],
  renderHTML({ node }) {
    const depth = Math.min(Number(node.attrs.depth) || 0, 8);
    const number = node.attrs.number as number | null;
    const { bullets } = this.options;
    const marker = node.attrs.ordered
      ? `${number ?? 1}.`
      : (bullets[depth % bullets.length] ?? '•');
    return [
      'p',
      {
        class: 'fm-block fm-list-item',
        'data-depth': String(depth),
        'data-ordered': node.attrs.ordered ? 'true' : 'false',
        // The marker is drawn by CSS (::before), so it is never part of a text selection.
        'data-marker': marker,
      },
      0,
    ];
  },
});

export const QuoteNode = Node.create({
  name: 'quote',
  group: 'block',
  content: 'inline*',
  parseHTML: () => [{ tag: 'blockquote' }],
  renderHTML: () => ['blockquote', { class: 'fm-block fm-quote' }, 0],
});

export const CodeNode = Node.create({
  name: 'codeText',
  group: 'block',
  content: 'inline*',
  code: true,
  parseHTML: () => [{ tag: 'pre', preserveWhitespace: 'full' as const }],
  renderHTML: () => ['pre', { class: 'fm-block fm-code' }, ['code', 0]],
});

export const TableCellNode = Node.create({
  name: 'tableCell',
  group: 'block',
  content: 'inline*',
  addAttributes: () => ({
    row: { default: 0, rendered: false },
    column: { default: 0, rendered: false },
    header: { default: false, rendered: false },
  }),
  parseHTML: () => [{ tag: 'div.fm-cell' }],
  renderHTML: ({ node }) => [
    'div',
    {
      class: node.attrs.header ? 'fm-block fm-cell fm-cell-header' : 'fm-block fm-cell',
      'data-row': String(node.attrs.row),
      'data-column': String(node.attrs.column),
    },
    0,
  ],
});

/**
 * A paragraph that stands in for an image (`placeholder: 'image'`): its text is the image's
 * description (`[Image: alt text]`), kept as text so offsets stay those of the canonical text.
 * Nothing is fetched; CSS draws the frame and the icon (outside the selectable text).
 */
export const ImagePlaceholderNode = Node.create({
  name: 'imagePlaceholder',
  group: 'block',
  content: 'inline*',
  parseHTML: () => [{ tag: 'p.fm-image-placeholder' }],
  renderHTML: () => [
    'p',
    { class: 'fm-block fm-image-placeholder', 'data-placeholder': 'image' },
    0,
  ],
});
