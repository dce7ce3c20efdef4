// Answers Readability's lookups of "every <tag> in the article" while it prepares the article
// (`_prepArticle`) from one walk, rather than a walk through the whole article for each tag.

/**
 * The tags Readability may create while it prepares an article (empty paragraphs' and single-cell
 * tables' replacements, headings turned into h2, images for lazy figures, spans): an index made
 * before they appear would miss them, so lookups of them still walk the tree.
 */
const CREATED_WHILE_PREPARING = new Set(['p', 'div', 'span', 'img', 'h2']);

const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT, without the DOM's globals in Node

/**
 * The article's elements by tag, as it was when preparing began. Preparing only removes
 * elements, or moves them within the article, and creates only the tags above; so the elements
 * of any other tag that are still in the article are those of the index still under its root,
 * in the same order.
 */
export class PrepIndex {
  private readonly byTag = new Map<string, Element[]>();

  constructor(readonly root: Element) {
    const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const tag = (node as Element).localName;
      if (CREATED_WHILE_PREPARING.has(tag)) continue;
      const elements = this.byTag.get(tag);
      if (elements) elements.push(node as Element);
      else this.byTag.set(tag, [node as Element]);
    }
  }

  /**
   * The elements with tag `tagNames[0]` now under the root, in document order; undefined when the
   * index cannot tell (several tags, or one preparing may create), for the caller to walk.
   */
  lookup(tagNames: readonly string[]): Element[] | undefined {
    if (tagNames.length !== 1) return undefined;
    const tag = tagNames[0]!.toLowerCase();
    if (CREATED_WHILE_PREPARING.has(tag)) return undefined;
    return (this.byTag.get(tag) ?? []).filter((element) => this.isUnderRoot(element));
  }

  /** Whether `element` is still in the root's tree (a removed one's ancestors end elsewhere). */
  private isUnderRoot(element: Element): boolean {
    for (let parent = element.parentNode; parent; parent = parent.parentNode) {
      if (parent === this.root) return true;
    }
    return false;
  }
}
