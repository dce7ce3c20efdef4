// Runs Mozilla Readability on a parsed page, with its element lookup replaced by a faster one
// that finds the same elements in the same order.
import { Readability } from '@mozilla/readability';

export type ReadabilityArticle = NonNullable<ReturnType<Readability<Node>['parse']>>;

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const DOCUMENT_NODE = 9;
const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT, without the DOM's globals in Node

/**
 * The elements under `root` whose tag is one of `tagNames`, in document order: what
 * `root.querySelectorAll(tagNames.join(','))` returns, as a static list. As in a selector, a
 * tag name matches HTML elements whatever its case and other elements (SVG, MathML) exactly.
 */
export function elementsWithTags(root: Document | Element, tagNames: readonly string[]): Element[] {
  const html = new Set(tagNames.map((t) => t.toLowerCase()));
  const foreign = new Set(tagNames);
  const found: Element[] = [];
  // One walk through the tree rather than jsdom's selector engine, which took most of
  // Readability's time (thousands of calls on a long page). Not getElementsByTagName('*'):
  // jsdom recomputes that collection's length on every read.
  const document = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const walker = document.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    const names = element.namespaceURI === HTML_NAMESPACE ? html : foreign;
    if (names.has(element.localName)) found.push(element);
  }
  return found;
}

/** The part of Readability's internals this module replaces (pinned version 0.6.0). */
interface TagLookup {
  _getAllNodesWithTag(root: Document | Element, tagNames: string[]): ArrayLike<Element>;
}

/** Readability's article of `document` (which it rewrites as it goes), or null if none. */
export function readArticle(document: Document): ReadabilityArticle | null {
  const reader = new Readability<Node>(document, { serializer: (node) => node });
  (reader as unknown as TagLookup)._getAllNodesWithTag = elementsWithTags;
  return reader.parse();
}
