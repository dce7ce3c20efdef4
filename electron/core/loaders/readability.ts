// Runs Mozilla Readability on a parsed page, with its element lookup and visibility test replaced
// by faster ones that give the same answers.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { withPageCacheMarker } from './readability-page-cache';
import { PrepIndex } from './readability-prep-index';

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
  _prepArticle(articleContent: Element): void;
  _grabArticle(page?: Element | null): Element | null;
  _unwrapNoscriptImages(document: Document): void;
  _removeScripts(document: Document): void;
  _prepDocument(): void;
}

/** A Readability of `document` with its element lookup and visibility test replaced. */
function newReader(document: Document): Readability<Node> & ReplacedInternals {
  const reader = new Readability<Node>(document, { serializer: (node) => node });
  const internals = reader as Readability<Node> & ReplacedInternals;
  internals._getAllNodesWithTag = elementsWithTags;
  internals._isProbablyVisible = isProbablyVisible;
  return internals;
}

/**
 * Readability's article of `document` (which it rewrites as it goes), or null if none.
 * `parseAgain` parses the same page again: given it, Readability need not copy the page's markup
 * in case it has to start over (see readability-page-cache.ts).
 */
export function readArticle(
  document: Document,
  parseAgain?: () => Document,
): ReadabilityArticle | null {
  const reader = newReader(document);
  // Preparing the article looks up a dozen tags in the whole article, most of them absent (forms,
  // iframes, buttons…): one index answers them, where a walk each took a tenth of a long page.
  let prep: PrepIndex | null = null;
  reader._getAllNodesWithTag = (root, tagNames) =>
    (root === prep?.root ? prep.lookup(tagNames) : undefined) ?? elementsWithTags(root, tagNames);
  const prepArticle = reader._prepArticle.bind(reader);
  reader._prepArticle = (articleContent) => {
    prep = new PrepIndex(articleContent);
    try {
      prepArticle(articleContent);
    } finally {
      prep = null;
    }
  };
  const grabArticle = reader._grabArticle.bind(reader);
  const body = document.body;
  reader._grabArticle = (page) => {
    const article =
      parseAgain && body && !page
        ? withPageCacheMarker(
            body,
            () => preparedAgain(parseAgain()),
            () => grabArticle(page),
          )
        : grabArticle(page);
    if (article) skipLoggedMarkup(article);
    return article;
  };
  return reader.parse();
}

/**
 * Readability logs the article's whole markup when it has found it (`"Grabbed: " + innerHTML`),
 * building the string even with logging off: on a long page, a copy of nearly a megabyte. The
 * next read of `article`'s markup, that one, gets an empty string; later reads the markup.
 */
function skipLoggedMarkup(article: Element): void {
  const own = article as { innerHTML?: string };
  Object.defineProperty(article, 'innerHTML', {
    configurable: true,
    get: () => {
      delete own.innerHTML;
      return '';
    },
    set: (html: string) => {
      delete own.innerHTML;
      own.innerHTML = html;
    },
  });
}

/** `document` as Readability has it when it starts looking for the article. */
function preparedAgain(document: Document): Document {
  const reader = newReader(document);
  reader._unwrapNoscriptImages(document);
  reader._removeScripts(document);
  reader._prepDocument();
  return document;
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
    // Not /\s*!…/: a leading \s* is retried from every space of a long run of them.
    const bang = /!\s*important$/i.exec(raw);
    if (important && !bang) continue;
    important = Boolean(bang);
    value = (bang ? raw.slice(0, bang.index).trimEnd() : raw).toLowerCase();
  }
  return value;
}
