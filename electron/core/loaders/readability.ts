// Runs Mozilla Readability on a parsed page, with its element lookup and visibility test replaced
// by faster ones that give the same answers.
import { isProbablyReaderable, Readability } from '@mozilla/readability';

export type ReadabilityArticle = NonNullable<ReturnType<Readability<Node>['parse']>>;

const DOCUMENT_NODE = 9;
const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT, without the DOM's globals in Node

/**
 * The elements under `root` whose tag is one of `tagNames` (in any case), in document order, as
 * a static list: what Readability's `querySelectorAll(tagNames.join(','))` found when pages were
 * parsed by jsdom. The page parser gives every element, SVG and MathML ones included, a lower-case
 * name, so names compare in lower case.
 */
export function elementsWithTags(root: Document | Element, tagNames: readonly string[]): Element[] {
  const names = new Set(tagNames.map((t) => t.toLowerCase()));
  const found: Element[] = [];
  // One walk through the tree rather than a selector engine, which took most of Readability's
  // time on a long page (it looks elements up thousands of times).
  const document = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const walker = document.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (names.has((node as Element).localName)) found.push(node as Element);
  }
  return found;
}

/** The parts of Readability's internals this module replaces (pinned version 0.6.0). */
interface ReplacedInternals {
  _getAllNodesWithTag(root: Document | Element, tagNames: string[]): ArrayLike<Element>;
  _isProbablyVisible(node: Element): boolean;
}

/** Readability's article of `document` (which it rewrites as it goes), or null if none. */
export function readArticle(document: Document): ReadabilityArticle | null {
  const reader = new Readability<Node>(document, { serializer: (node) => node });
  const internals = reader as unknown as ReplacedInternals;
  internals._getAllNodesWithTag = elementsWithTags;
  internals._isProbablyVisible = isProbablyVisible;
  return reader.parse();
}

/**
 * Firefox's test for offering its reader view (Readability's `isProbablyReaderable`), with the
 * two element lookups it makes answered by `elementsWithTags` rather than the selector engine,
 * which took a tenth of a long page's reading.
 */
export function isReaderable(document: Document): boolean {
  const lookups = {
    querySelectorAll(selector: string): ArrayLike<Element> {
      if (selector === 'p, pre, article')
        return elementsWithTags(document, ['p', 'pre', 'article']);
      if (selector === 'div > br') {
        return elementsWithTags(document, ['br']).filter(
          (br) => br.parentElement?.localName === 'div',
        );
      }
      return document.querySelectorAll(selector); // a selector of a later Readability
    },
  };
  return isProbablyReaderable(lookups as unknown as Document, { visibilityChecker: isNodeVisible });
}

/**
 * Readability's own visibility test, reading the two properties from the style attribute
 * rather than through `element.style`: linkedom builds a style object (a Proxy over a Map) for
 * every element asked, which took a tenth of Readability's time on a long page.
 */
export function isProbablyVisible(element: Element): boolean {
  return (
    isNodeVisible(element) && inlineStyle(element.getAttribute('style'), 'visibility') !== 'hidden'
  );
}

/** `isProbablyReaderable`'s visibility test (no `visibility`), reading the style the same way. */
export function isNodeVisible(node: Node): boolean {
  const element = node as Element; // it is only ever given elements
  if (inlineStyle(element.getAttribute('style'), 'display') === 'none') return false;
  if (element.hasAttribute('hidden')) return false;
  return (
    element.getAttribute('aria-hidden') !== 'true' ||
    (element.getAttribute('class') ?? '').includes('fallback-image')
  );
}

/**
 * The value a style attribute gives `property`, in lower case, as jsdom's `element.style` read it
 * when it parsed pages: the last declaration wins, an `!important` one over any other, and the
 * property's name is matched exactly.
 */
export function inlineStyle(style: string | null, property: string): string | undefined {
  if (!style || !style.includes(property)) return undefined;
  let value: string | undefined;
  let important = false;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0 || declaration.slice(0, colon).trim() !== property) continue;
    const raw = declaration.slice(colon + 1).trim();
    const bang = /\s*!\s*important$/i.exec(raw);
    if (important && !bang) continue;
    important = Boolean(bang);
    value = (bang ? raw.slice(0, bang.index) : raw).toLowerCase();
  }
  return value;
}
