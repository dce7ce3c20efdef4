// Turns an HTML element tree (Readability's article content, or a whole page body) into the
// block model: block elements become blocks, inline elements become marks, the rest is text.
import { makeBlock, safeHref, textRun } from '../../../shared/model/blocks';
import type { Block, BlockAttrs, BlockType, Mark, TextRun } from '../../../shared/model/blocks';
import { columnSpan, rowCells, tableCaption, tableRows } from './html-tables';

export interface BlockWalkOptions {
  /** Further elements to leave out, e.g. page chrome when the whole body is read. */
  skip?: (element: Element) => boolean;
  /** Where relative links point when the document itself has no web address (a saved page). */
  baseUrl?: string;
}

/** Elements whose content is never article text (or never safe to show as text). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'form', 'button', 'input', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output',
  'nav', 'aside', 'footer', 'dialog', 'menu',
  'img', 'picture', 'source', 'track', 'video', 'audio', 'canvas', 'map', 'area', 'svg',
  // MathML keeps its visible text; its TeX source annotations are not for reading
  'annotation', 'annotation-xml',
]); // prettier-ignore

/** Elements that end the text before them and start a block of their own. */
const CONTAINERS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'hgroup', 'address', 'center',
  'figure', 'figcaption', 'details', 'summary', 'dl', 'dt', 'dd', 'fieldset', 'legend',
  'caption', 'hr', 'body', 'html',
]); // prettier-ignore

const INLINE_MARKS: Record<string, Mark> = {
  b: { type: 'bold' },
  strong: { type: 'bold' },
  i: { type: 'italic' },
  em: { type: 'italic' },
  cite: { type: 'italic' },
  dfn: { type: 'italic' },
  var: { type: 'italic' },
  code: { type: 'code' },
  kbd: { type: 'code' },
  samp: { type: 'code' },
  tt: { type: 'code' },
};

/** Where inline text currently flows: the block it will become, with the marks in force. */
interface Flow {
  type: BlockType;
  /** Shared by every block of one list item or cell, so later blocks can drop the number. */
  attrs: BlockAttrs;
  marks: readonly Mark[];
  /** depth the next nested list gets */
  listDepth: number;
}

/**
 * Past this depth of nested elements the rest of a subtree is read as plain text, without
 * recursion: hostile or broken pages nest thousands deep, which would overflow the stack.
 */
export const MAX_NESTING = 400;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Reads the blocks of `root`, in document order. Links are kept only if `safeHref` allows. */
export function blocksFromElement(root: Element, options: BlockWalkOptions = {}): Block[] {
  return new BlockWalker(options).read(root);
}

class BlockWalker {
  private readonly blocks: Block[] = [];
  private runs: TextRun[] = [];
  private depth = 0;
  private baseUrl: URL | undefined;

  constructor(private readonly options: BlockWalkOptions) {}

  read(root: Element): Block[] {
    const documentBase = parseUrl(root.ownerDocument.baseURI);
    this.baseUrl = /^https?:$/.test(documentBase?.protocol ?? '')
      ? documentBase
      : (parseUrl(this.options.baseUrl ?? '') ?? documentBase);
    const flow: Flow = { type: 'paragraph', attrs: {}, marks: [], listDepth: 0 };
    this.element(root, flow);
    this.flush(flow);
    return this.blocks;
  }

  /** Ends the text collected so far as a block of `flow`'s type. */
  private flush(flow: Flow): void {
    if (this.runs.length === 0) return;
    const block = makeBlock(flow.type, this.runs, flow.attrs);
    this.runs = [];
    if (!block) return;
    this.blocks.push(block);
    // A list item's later paragraphs continue it: only the first carries the number.
    if (flow.type === 'listItem') delete flow.attrs.number;
  }

  private children(parent: Node, flow: Flow): void {
    for (let child = parent.firstChild; child; child = child.nextSibling) this.node(child, flow);
  }

  private node(node: Node, flow: Flow): void {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const text = (node as CharacterData).data;
      if (text) this.runs.push(textRun(text, flow.marks));
    } else if (node.nodeType === ELEMENT_NODE) {
      this.element(node as Element, flow);
    }
  }

  /** A block of its own: what came before ends, the element's text becomes `inner`. */
  private block(element: Element, outer: Flow, inner: Flow): void {
    this.flush(outer);
    this.children(element, inner);
    this.flush(inner);
  }

  private element(element: Element, flow: Flow): void {
    if (this.depth >= MAX_NESTING) {
      this.runs.push({ text: ` ${flatText(element)} ` });
      return;
    }
    this.depth++;
    try {
      this.elementWithin(element, flow);
    } finally {
      this.depth--;
    }
  }

  private elementWithin(element: Element, flow: Flow): void {
    const tag = element.localName;
    if (tag === 'img' || tag === 'picture') {
      this.image(element, flow);
      return;
    }
    if (SKIPPED.has(tag) || isHidden(element) || this.options.skip?.(element)) return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      // The title is the only level-1 heading; an h1 in the body ranks just below it.
      const level = Math.max(2, Number(heading[1]));
      this.block(element, flow, { ...flow, type: 'heading', attrs: { level } });
    } else if (CONTAINERS.has(tag)) {
      this.block(element, flow, flow);
    } else if (tag === 'ul' || tag === 'ol') {
      this.list(element, flow, tag === 'ol');
    } else if (tag === 'li') {
      // A list item outside a list: read it as an unnumbered item.
      this.block(element, flow, this.listItemFlow(flow, false, undefined));
    } else if (tag === 'blockquote') {
      this.block(element, flow, { ...flow, type: 'quote', attrs: {} });
    } else if (tag === 'pre') {
      this.flush(flow);
      const code = makeBlock('code', [{ text: preformattedText(element) }]);
      if (code) this.blocks.push(code);
    } else if (tag === 'table') {
      this.table(element, flow);
    } else if (tag === 'br') {
      // Only code keeps line breaks; in prose a break reads as a space.
      this.runs.push({ text: ' ' });
    } else {
      this.children(element, this.inlineFlow(element, tag, flow));
    }
  }

  /**
   * An image that stands on its own becomes a placeholder block with its alt text; it is never
   * fetched. Images without alt text (decoration) and images inside a line of text (icons,
   * emoji) are left out.
   */
  private image(element: Element, flow: Flow): void {
    const img = element.localName === 'img' ? element : element.querySelector('img');
    if (!img || isHidden(element) || isHidden(img) || this.options.skip?.(element)) return;
    const alt = img.getAttribute('alt')?.trim();
    if (!alt || img.getAttribute('role') === 'presentation' || isInline(element)) return;
    this.flush(flow);
    const block = makeBlock('paragraph', [{ text: `[Image: ${alt}]` }], { placeholder: 'image' });
    if (block) this.blocks.push(block);
  }

  private inlineFlow(element: Element, tag: string, flow: Flow): Flow {
    // Own keys only: an element named like an Object member (<constructor>) is no mark.
    const mark: Mark | undefined = Object.hasOwn(INLINE_MARKS, tag) ? INLINE_MARKS[tag] : undefined;
    if (tag === 'a') {
      const href = this.linkTarget(element.getAttribute('href'));
      if (!href) return flow;
      // A link inside a link cannot be followed in a browser either: the inner one wins.
      return {
        ...flow,
        marks: [...flow.marks.filter((m) => m.type !== 'link'), { type: 'link', href }],
      };
    }
    if (!mark || flow.marks.some((m) => m.type === mark.type)) return flow;
    return { ...flow, marks: [...flow.marks, mark] };
  }

  /**
   * Resolves a link with Node's URL rather than the element's `href`, whose pure-JS parser
   * took most of the time of reading a page with thousands of links.
   */
  private linkTarget(href: string | null): string | undefined {
    const raw = href?.trim();
    if (!raw) return undefined;
    if (safeHref(raw)) return raw;
    return safeHref(this.baseUrl && parseUrl(raw, this.baseUrl)?.href);
  }

  private listItemFlow(flow: Flow, ordered: boolean, number: number | undefined): Flow {
    const attrs: BlockAttrs = { ordered, depth: flow.listDepth };
    if (number !== undefined) attrs.number = number;
    return { ...flow, type: 'listItem', attrs, listDepth: flow.listDepth + 1 };
  }

  private list(list: Element, flow: Flow, ordered: boolean): void {
    this.flush(flow);
    let number = ordered ? Number.parseInt(list.getAttribute('start') ?? '1', 10) : undefined;
    if (number !== undefined && !Number.isFinite(number)) number = 1;
    for (let child = list.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE && (child as Element).localName === 'li') {
        const item = child as Element;
        const value = Number.parseInt(item.getAttribute('value') ?? '', 10);
        if (number !== undefined && Number.isFinite(value)) number = value;
        this.block(item, flow, this.listItemFlow(flow, ordered, number));
        if (number !== undefined) number++;
      } else {
        // Stray content between items (text, a nested list without its <li>, a wrapper div).
        this.node(child, { ...flow, listDepth: flow.listDepth + 1 });
      }
    }
    this.flush(flow);
  }

  private table(table: Element, flow: Flow): void {
    this.flush(flow);
    const caption = tableCaption(table);
    if (caption) this.block(caption, flow, { ...flow, type: 'paragraph', attrs: {} });
    let row = 0;
    for (const tr of tableRows(table)) {
      let column = 0;
      const cells = rowCells(tr);
      for (const cell of cells) {
        const attrs: BlockAttrs = { row, column };
        if (cell.localName === 'th') attrs.header = true;
        this.block(cell, flow, { ...flow, type: 'tableCell', attrs });
        column += columnSpan(cell);
      }
      if (cells.length > 0) row++;
    }
  }
}

/** The text of a subtree, read without recursion, leaving out what is never article text. */
function flatText(root: Element): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!SKIPPED.has(node.parentElement?.localName ?? '')) parts.push((node as CharacterData).data);
  }
  return parts.join(' ');
}

/** An element with text beside it in its parent: an image there is part of a line of text. */
function isInline(element: Element): boolean {
  for (let node = element.parentNode?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && (node as CharacterData).data.trim()) return true;
  }
  return false;
}

/** Text a browser would not show (Readability drops it too; a page read whole needs this). */
function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

function parseUrl(url: string, base?: URL): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** The text of a `<pre>`, with `<br>` as a line break (textContent drops it). */
function preformattedText(pre: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        parts.push((child as CharacterData).data);
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).localName;
        if (tag === 'br') parts.push('\n');
        else if (!SKIPPED.has(tag)) visit(child);
      }
    }
  };
  visit(pre);
  return parts.join('');
}
