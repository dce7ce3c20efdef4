// Gives a parsed page the html > head + body shape an HTML5 parser gives every page. The fast
// parser (htmlparser2, through linkedom) builds only the elements the markup names, so a copied
// fragment or a page without <html>, <head> or <body> would otherwise have no body to read.

/** Elements the HTML parser puts in the head while they come before any content. */
const HEAD_CONTENT = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style',
  'script', 'template',
]); // prettier-ignore

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/**
 * Rebuilds `document`'s top level as `<html><head>…</head><body>…</body></html>`, keeping the
 * attributes of the page's own html, head and body elements. As an HTML5 parser does, the head
 * keeps the head elements that open the page, the first piece of content starts the body, and
 * whatever follows it (a late `<body>`'s children, content after `</html>`) goes into the body.
 */
export function ensurePageSkeleton(document: Document): void {
  const topLevel = Array.from(document.childNodes).filter((n) => n.nodeType !== 10);
  const pageHtml = topLevel.find((n): n is Element => isElement(n, 'html'));
  const html = pageHtml ?? document.createElement('html');
  // The nodes of the page in order, with the html element replaced by its children.
  const nodes = topLevel.flatMap((n) => (n === pageHtml ? Array.from(n.childNodes) : [n]));
  const pageHead = nodes.find((n): n is Element => isElement(n, 'head'));
  const pageBody = nodes.find(
    (n): n is Element => isElement(n, 'body') || isElement(n, 'frameset'),
  );
  const head = pageHead ?? document.createElement('head');
  const body = pageBody ?? document.createElement('body');
  // The body's own children stay where they are; what comes before it in the page is placed
  // before them, what comes after, after them.
  const bodyStart = body.firstChild;
  const intoBody = (node: Node, afterBody: boolean) =>
    afterBody ? body.appendChild(node) : body.insertBefore(node, bodyStart);

  let inBody = false;
  let afterBody = false;
  const place = (node: Node): void => {
    if (node === body) {
      inBody = true;
      afterBody = true;
      return;
    }
    if (node === head) {
      // A parser that never closed the head may have put content (or the body) inside it.
      for (const child of Array.from(head.childNodes)) {
        if (inBody || !belongsInHead(child)) place(child);
      }
      return;
    }
    if (!inBody && belongsInHead(node)) {
      if (!isWhiteSpace(node)) head.appendChild(node);
      return;
    }
    inBody = true;
    intoBody(node, afterBody);
  };
  for (const node of nodes) place(node);

  html.appendChild(head);
  html.appendChild(body);
  if (html.parentNode !== document) document.appendChild(html);
  // Anything left beside the new structure (white space, a stray html's empty shell) goes.
  for (const node of Array.from(html.childNodes)) {
    if (node !== head && node !== body) html.removeChild(node);
  }
  for (const node of Array.from(document.childNodes)) {
    if (node !== html && node.nodeType !== 10) document.removeChild(node);
  }
}

/** Head elements, comments and white space: what may come before the body starts. */
function belongsInHead(node: Node): boolean {
  if (node.nodeType === ELEMENT_NODE) return HEAD_CONTENT.has((node as Element).localName);
  return node.nodeType === COMMENT_NODE || isWhiteSpace(node);
}

function isWhiteSpace(node: Node): boolean {
  return node.nodeType === TEXT_NODE && /^[\t\n\f\r ]*$/.test((node as CharacterData).data);
}

function isElement(node: Node, localName: string): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).localName === localName;
}
