// Spares Readability its copy of the whole page's markup: it reads `body.innerHTML` before it
// looks for the article, only to put the page back when an attempt finds too little text and it
// tries again with looser rules. Serialising a long page took a sixth of its reading; here the
// copy is a marker, and putting the page back parses the page again, prepared the same way.

/** What Readability reads as the page's markup: no page's markup is this. */
const PAGE_AS_IT_WAS = '\u0000factmark: the page as it was\u0000';

const ELEMENT_NODE = 1;

/**
 * Runs `grab` (Readability's `_grabArticle` on `body`'s page) with `body.innerHTML` reading as a
 * marker, and setting the marker putting back the children of the body of `pageAgain()`: the same
 * page, parsed and prepared again as it was when `grab` began.
 */
export function withPageCacheMarker<T>(body: Element, pageAgain: () => Document, grab: () => T): T {
  const markup = innerHtmlProperty(body);
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => PAGE_AS_IT_WAS,
    set(html: string) {
      if (html !== PAGE_AS_IT_WAS) markup.set!.call(body, html);
      else body.replaceChildren(...adopted(pageAgain().body.childNodes, body.ownerDocument));
    },
  });
  try {
    return grab();
  } finally {
    delete (body as { innerHTML?: string }).innerHTML;
  }
}

function innerHtmlProperty(element: Element): PropertyDescriptor {
  for (let proto: object | null = element; proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (descriptor) return descriptor;
  }
  throw new Error('the page parser gives elements no innerHTML');
}

/**
 * `nodes`, taken from another document, as `document`'s: the page parser keeps a node's document
 * in a plain property, which moving does not update (its own innerHTML setter sets it so too).
 */
function adopted(nodes: NodeListOf<ChildNode>, document: Document): ChildNode[] {
  const list = Array.from(nodes);
  const stack: Node[] = list.slice();
  for (let node = stack.pop(); node; node = stack.pop()) {
    (node as { ownerDocument: Document }).ownerDocument = document;
    // One push per child: spreading a node's children as arguments overflows the stack when
    // it has a hundred thousand of them.
    if (node.nodeType === ELEMENT_NODE) for (const child of node.childNodes) stack.push(child);
  }
  return list;
}
