// Parses a page's HTML into an inert Document: linkedom's DOM over htmlparser2, with nothing to
// run scripts, fetch or lay out. It replaced jsdom, whose spec parser and DOM made a 1 MB page
// take seconds (parsing alone took about ten times as long; Readability on its DOM, more).
import { DOMParser } from 'linkedom';
import { ensurePageSkeleton } from './page-skeleton';

/**
 * Parses `html` as a page at `url`: its `baseURI` is the page's `<base href>` resolved against
 * that address, or the address. Without an http(s) address it is `about:blank`, so relative
 * links stay unresolved. Always has a head and a body, as an HTML5 parser gives.
 */
export function parseHtmlDocument(html: string, url?: string): Document {
  const document = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  ensurePageSkeleton(document);
  // A template's content is inert, out of the page's tree in a browser (and in jsdom, which
  // parsed pages before): Readability must not score it, nor the reader show it.
  for (const template of Array.from(document.getElementsByTagName('template'))) {
    while (template.firstChild) template.removeChild(template.firstChild);
  }
  const address = url && /^https?:\/\//i.test(url) ? url : 'about:blank';
  define(document, 'URL', address);
  define(document, 'documentURI', address);
  define(document, 'baseURI', baseAddress(document, address));
  // An HTML document's element names are lower case whatever a caller passes (Readability
  // creates "P" and "DIV"); linkedom keeps the case given, which readers of localName miss.
  const createElement = document.createElement.bind(document);
  define(document, 'createElement', (name: string, options?: ElementCreationOptions) =>
    createElement(name.toLowerCase(), options),
  );
  // The title as the DOM defines it: the first <title> anywhere, white space collapsed.
  define(document, 'title', pageTitle(document));
  return document;
}

function define(document: Document, name: string, value: unknown): void {
  Object.defineProperty(document, name, { value, configurable: true });
}

/** The page's first `<base href>`, resolved against its address, as browsers use it. */
function baseAddress(document: Document, address: string): string {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  if (href === null || href === undefined) return address;
  try {
    return new URL(href, address).href;
  } catch {
    return address;
  }
}

/** The text of the first title element: its own text children, ASCII white space collapsed. */
function pageTitle(document: Document): string {
  const title = document.getElementsByTagName('title')[0];
  if (!title) return '';
  let text = '';
  for (let child = title.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
  }
  return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}
